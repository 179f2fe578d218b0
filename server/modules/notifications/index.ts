/**
 * In-app notifications and e-mail preferences (notifications, notification_preferences): other modules
 * send through `notify` with the labels and dates formatted here.
 */
export { activityWhen, followUpLabel, label, longDate, longDateTime } from './format.ts';
export { notify, type Addressee, type Recipient } from './notify.ts';
export { personAndGuardians, usersById, usersWithRole, type PortalPerson } from './repository.ts';
export { notifyPortal, portalLink, type PortalEvent } from './portal.ts';
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { notificationRoutes } from './routes.ts';
