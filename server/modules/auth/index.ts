/**
 * Identity: users, sessions, one-time tokens, passwords (argon2id) and TOTP. Other modules create sessions
 * and look users up here; nothing else touches those tables.
 */
export { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords.ts';
export {
  consumeOneTimeToken,
  deleteExpired,
  deleteSetupTokens,
  findLiveSession,
  findUserByEmail,
  findUserById,
  insertOneTimeToken,
  insertUser,
  membershipsOf,
  touchSession,
} from './repository.ts';
export { stageFor, startSession } from './service.ts';
export { checkPassword } from './throttle.ts';
export { currentTotp } from './totp.ts';
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { authRoutes } from './routes.ts';

/** Anonymisation steps the portal's contribution asks the owner to take. */
export { scrubPortalUser } from './repository.ts';
