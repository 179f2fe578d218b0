/**
 * Per-programme settings (retention, follow-up and placement settings): read by todo, gdpr and placements.
 */
export { placementSettingsFor, type PlacementSettings } from './placements.ts';
export { resolveSettings } from './presenter.ts';
export { getSettings } from './repository.ts';
export { placementSettingsRoutes } from './placement-routes.ts';
export { programmeSettingsRoutes } from './routes.ts';
