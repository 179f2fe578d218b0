/**
 * The social-return (SROI) calculator and its versioned parameter sets.
 */
export { socialReturnRoutes } from './routes.ts';
