/**
 * The employment statement and the letter to parents as tagged PDFs. Owns no tables: reads placements and
 * guardians through their faces.
 */
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { documentRoutes } from './routes.ts';
