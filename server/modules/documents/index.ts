/**
 * The employment statement and the letter to parents as tagged PDFs. Owns no tables: reads placements and
 * guardians through their faces.
 */
/** Whether a job's weekly hours call for an employment statement (the portal offers it only then). */
export { statementRequired } from './content.ts';
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { documentRoutes } from './routes.ts';
