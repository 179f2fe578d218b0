/**
 * Identity: users, sessions, one-time tokens, passwords (argon2id) and TOTP. Other modules create sessions
 * and look users up here; nothing else touches those tables.
 */
export { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords.ts';
export {
  consumeOneTimeToken,
  deleteExpired,
  findLiveSession,
  findUserByEmail,
  findUserById,
  insertOneTimeToken,
  membershipsOf,
  touchSession,
} from './repository.ts';
export { stageFor, startSession } from './service.ts';
export { currentTotp } from './totp.ts';
export { authRoutes } from './routes.ts';
export { deleteSetupTokens, insertUser } from './repository.ts';
