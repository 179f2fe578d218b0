/**
 * Place names from the shipped postal-code table. Owns no tables.
 */
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { postalCodeRoutes } from './routes.ts';
