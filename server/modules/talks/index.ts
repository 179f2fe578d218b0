/**
 * Follow-up talks and their next steps (talks, next_steps). Placement follow-ups book talks here.
 */
export { presentTalk } from './presenter.ts';
export { findTalk, insertTalk, listNextSteps, listTalks, moveTalks, type NextStepRow, type TalkRow } from './repository.ts';
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { talkRoutes } from './routes.ts';
