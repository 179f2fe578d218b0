/**
 * Workplaces and workplace mentors of any employer organisation (workplaces, mentors): read by companies
 * (profile, employer portal) and openings (an opening is at a workplace).
 */
export { presentMentor, presentWorkplace } from './presenter.ts';
export { deleteWorkplacesOf, findWorkplace, listMentors, listWorkplaces, mentorRecordsOfUser } from './repository.ts';
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { workplaceRoutes } from './routes.ts';
