/**
 * Evaluation export keys (evaluation_keys) and the pseudonymised dataset for evaluators.
 */
export { evaluationRoutes } from './routes.ts';
