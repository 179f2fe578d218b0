/**
 * The coordinator's to-do list, computed from participants, talks and placement follow-ups. Owns no tables.
 */
export { programmeTodo } from './compute.ts';
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { todoRoutes } from './routes.ts';
