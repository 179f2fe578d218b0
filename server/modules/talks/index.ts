/**
 * Follow-up talks and their next steps (talks, next_steps). Placement follow-ups book talks here.
 */
export { presentTalk } from './presenter.ts';
export { findTalk, insertTalk, lastTalkOn, listNextSteps, listTalks, moveTalks, type NextStepRow, type TalkRow } from './repository.ts';
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { talkRoutes } from './routes.ts';

/** Its contribution to anonymisation (gdpr runs every module's in one transaction). */
export { talksAnonymise } from './anonymise.ts';
