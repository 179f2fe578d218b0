/**
 * Possible duplicates (name + birth date, or CPR by keyed hash) and merging them. Owns no tables: the
 * intake asks for candidates here, and the merge moves each module's history through that module's face.
 */
export { presentCandidate } from './presenter.ts';
export { duplicateCandidates } from './repository.ts';
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { duplicateRoutes } from './routes.ts';
