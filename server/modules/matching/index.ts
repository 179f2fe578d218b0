/**
 * Rankings, pins/hides/overrides, weight sets and batch match rounds (match_* tables); publishing a round
 * creates proposed placements through the placements face.
 */
export { runMatchRound } from './round-job.ts';
export { matchingRoutes } from './routes.ts';
