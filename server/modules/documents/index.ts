/**
 * The employment statement and the letter to parents as tagged PDFs. Owns no tables: reads placements and
 * guardians through their faces.
 */
export { documentRoutes } from './routes.ts';
