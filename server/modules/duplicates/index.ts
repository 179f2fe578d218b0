/**
 * Possible duplicates (name + birth date, or CPR by keyed hash) and merging them: the intake asks for
 * candidates here; the merge moves each module's history through that module's own function.
 */
export { presentCandidate } from './presenter.ts';
export { duplicateCandidates } from './repository.ts';
export { duplicateRoutes } from './routes.ts';
