/**
 * The first-run setup link for the first platform administrator.
 */
export { prepareFirstRun } from './service.ts';
export { setupRoutes } from './routes.ts';
