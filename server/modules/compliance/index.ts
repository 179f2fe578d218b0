/**
 * The young-worker rule check over HTTP (`POST /api/compliance/check`). Owns no tables.
 */
export { complianceRoutes } from './routes.ts';
