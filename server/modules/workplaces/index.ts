/**
 * Workplaces and workplace mentors of any employer organisation (workplaces, mentors): read by companies
 * (profile, employer portal) and openings (an opening is at a workplace).
 */
export { presentMentor, presentWorkplace } from './presenter.ts';
export { findWorkplace, listMentors, listWorkplaces, mentorRecordsOfUser } from './repository.ts';
export { workplaceRoutes } from './routes.ts';
export { deleteWorkplacesOf } from './repository.ts';
