/**
 * Per-programme settings (retention, follow-up and placement settings), kept in programmes.settings through
 * the programmes face: read by todo, gdpr and placements.
 */
export { placementSettingsFor, type PlacementSettings } from './placements.ts';
export { resolveSettings } from './presenter.ts';
export { getSettings } from './repository.ts';
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { placementSettingsRoutes } from './placement-routes.ts';
export { programmeSettingsRoutes } from './routes.ts';
