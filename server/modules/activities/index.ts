/**
 * Activities: courses, interview training, craftsman cafés, meetings and training tracks, their sessions,
 * invitations, registrations and attendance (activities, activity_sessions, activity_participants,
 * activity_attendance). Others read the attribution funnel; a duplicate merge unites a person's rows here.
 */
export { getFunnel } from './funnel.ts';
export { moveActivities } from './merge-repository.ts';
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { activityRoutes } from './routes.ts';

/** Its contribution to anonymisation (gdpr runs every module's in one transaction). */
export { activitiesAnonymise } from './anonymise.ts';
