/**
 * Place names from the shipped postal-code table. Owns no tables.
 */
export { postalCodeRoutes } from './routes.ts';
