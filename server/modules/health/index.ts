/**
 * The liveness/readiness endpoint. Owns no tables.
 */
export { healthRoutes } from './routes.ts';
