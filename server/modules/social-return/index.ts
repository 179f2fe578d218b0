/**
 * The social-return (SROI) calculator and its versioned parameter sets (sroi_parameter_sets,
 * sroi_parameter_set_versions).
 */
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { socialReturnRoutes } from './routes.ts';
