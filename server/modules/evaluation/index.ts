/**
 * Evaluation export keys (evaluation_keys) and the pseudonymised dataset for evaluators.
 */
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { evaluationRoutes } from './routes.ts';
