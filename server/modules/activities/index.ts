/**
 * Activities: courses, interview training, craftsman cafés, meetings and training tracks, their sessions,
 * invitations, registrations and attendance (tables activities, activity_*). Others read the attribution funnel.
 */
export { getFunnel } from './funnel.ts';
export { moveActivities } from './merge-repository.ts';
export { activityRoutes } from './routes.ts';
