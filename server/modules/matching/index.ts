/**
 * Rankings, pins/hides/overrides, weight sets and batch match rounds (match_adjustments, match_preferences,
 * match_rounds, match_weight_sets); publishing a round creates proposed placements through the placements face.
 */
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { runMatchRound } from './round-job.ts';
export { matchingRoutes } from './routes.ts';

/** Its contribution to anonymisation (gdpr runs every module's in one transaction). */
export { matchingAnonymise } from './anonymise.ts';
