/**
 * Openings at workplaces (openings): their legality check, status board, employer proposals and approval,
 * and the capacity placements fill.
 */
export { notifyProposed } from './notify.ts';
export { presentOpening } from './presenter.ts';
export { findOpening, flagsOf, listOpenings, lockOpening } from './repository.ts';
export { filledByPlacements, insertProposal, setStatusByPlacements } from './service.ts';
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { openingRoutes } from './routes.ts';
