/**
 * Placements ("forløb"): the state machine, agreements, activation, follow-up plans, mentor hours and the
 * employer's minimised candidate view (placements, placement_events, placement_follow_ups, mentor_hours).
 * Others check a party's access to a placement here.
 */
export {
  allowedActions,
  loadForParty,
  loadForShifts,
  requireDocumentParty,
  requirePlacementAccess,
  requireSupportAccess,
  type Loaded,
  type PlacementDocument,
} from './access.ts';
export { candidateCategories } from './candidates.ts';
export { listCompanyPlacements, listEmployerCompanyPlacements } from './company-placements.ts';
export { placementTodoItems } from './follow-ups.ts';
export { listHours } from './mentor-hours-repository.ts';
export { createProposedPlacements } from './service.ts';
export { systemCtx } from './system.ts';
export { movePlacements } from './repository.ts';
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { placementFollowUpRoutes } from './follow-up-routes.ts';
export { runPlacementSchedule } from './jobs.ts';
export { placementRoutes } from './routes.ts';

/** Its contribution to anonymisation (gdpr runs every module's in one transaction). */
export { placementsAnonymise } from './anonymise.ts';
