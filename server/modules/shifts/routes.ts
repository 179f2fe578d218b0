import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  approveValidBody,
  approveValidResult,
  asPlannedResult,
  correctShiftBody,
  pendingShifts,
  recordShiftBody,
  rejectShiftBody,
  ruleException,
  ruleExceptionBody,
  schoolCalendar,
  schoolCalendarQuery,
  schoolDayBody,
  shiftResult,
  timesheet,
  timesheetQuery,
  weekParam,
} from '../../../shared/schemas/shifts.ts';
import { getSchoolCalendar, setSchoolDay } from './school-calendar.ts';
import { addRuleException, approveShift, correctShift, recordShift } from './service.ts';
import { approveValidShifts, listPendingShifts, rejectShift } from './review.ts';
import { approveAsPlanned, getTimesheet } from './timesheet.ts';
import { routes } from '../../http/route.ts';
import { programmeParams as params } from '../../../shared/schemas/common.ts';

const tags = ['shifts'];
const placementParams = params.extend({ placementId: z.uuid() });
const shiftParams = params.extend({ shiftId: z.uuid() });

export const shiftRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, tags);
  route.post(
    '/api/programmes/:programmeId/placements/:placementId/shifts',
    'Record (or, as the participant, submit) a worked shift; `approve: true` approves at once',
    {
      description:
        'Runs the young-worker rules over all the person’s shifts (every employer) in the week. Violations are returned; they block approval (409 shift_rules_violated) unless a documented exception covers them.',
      params: placementParams,
      body: recordShiftBody,
      response: { 201: shiftResult },
    },
    (req) => recordShift(req.ctx, req.params.programmeId, req.params.placementId, req.body),
  );
  route.post(
    '/api/programmes/:programmeId/shifts/:shiftId/approve',
    'Approve a submitted shift (employer contact, mentor; coordinator for pocket-money jobs)',
    { params: shiftParams, response: { 200: shiftResult } },
    (req) => approveShift(req.ctx, req.params.programmeId, req.params.shiftId),
  );
  route.post(
    '/api/programmes/:programmeId/shifts/approve-valid',
    'Approve every listed shift that passes the checks of a single approval; one result per shift (the others stay waiting)',
    { params, body: approveValidBody, response: { 200: approveValidResult } },
    (req) => approveValidShifts(req.ctx, req.params.programmeId, req.body),
  );
  route.post(
    '/api/programmes/:programmeId/shifts/:shiftId/reject',
    'Turn a submitted shift down with a reason (approved shifts are corrected instead)',
    { params: shiftParams, body: rejectShiftBody, response: { 200: shiftResult } },
    (req) => rejectShift(req.ctx, req.params.programmeId, req.params.shiftId, req.body),
  );
  route.get(
    '/api/programmes/:programmeId/shifts/pending',
    'Shifts awaiting approval: the programme’s for coordinators, their own placements’ for employer contacts and mentors',
    { params, response: { 200: pendingShifts } },
    (req) => listPendingShifts(req.ctx, req.params.programmeId),
  );
  route.post(
    '/api/programmes/:programmeId/shifts/:shiftId/corrections',
    'Correct a shift with a new row that replaces it once approved',
    { params: shiftParams, body: correctShiftBody, response: { 201: shiftResult } },
    (req) => correctShift(req.ctx, req.params.programmeId, req.params.shiftId, req.body),
  );
  route.get(
    '/api/programmes/:programmeId/placements/:placementId/timesheet',
    'Planned (agreement) against recorded hours for an ISO week',
    { params: placementParams, querystring: timesheetQuery, response: { 200: timesheet } },
    (req) => getTimesheet(req.ctx, req.params.programmeId, req.params.placementId, req.query.week),
  );
  route.post(
    '/api/programmes/:programmeId/placements/:placementId/timesheet/:week/as-planned',
    'Record and approve the week’s planned shifts ("worked as planned")',
    { params: placementParams.extend({ week: weekParam }), response: { 200: asPlannedResult } },
    (req) => approveAsPlanned(req.ctx, req.params.programmeId, req.params.placementId, req.params.week),
  );
  route.post(
    '/api/programmes/:programmeId/participants/:participantId/rule-exceptions',
    'Document an exception to one young-worker rule on one date, with its legal basis',
    { params: params.extend({ participantId: z.uuid() }), body: ruleExceptionBody, response: { 201: ruleException } },
    (req) => addRuleException(req.ctx, req.params.programmeId, req.params.participantId, req.body),
  );
  const calendarParams = params.extend({ municipalityCode: z.string().regex(/^[0-9]{3,4}$/) });
  route.get(
    '/api/programmes/:programmeId/school-calendars/:municipalityCode',
    'School days of a municipality (default plus overrides)',
    { params: calendarParams, querystring: schoolCalendarQuery, response: { 200: schoolCalendar } },
    (req) => getSchoolCalendar(req.ctx, req.params.programmeId, req.params.municipalityCode, req.query),
  );
  route.put(
    '/api/programmes/:programmeId/school-calendars/:municipalityCode/days/:day',
    'Mark a date as a school day or not (coordinators)',
    { params: calendarParams.extend({ day: z.iso.date() }), body: schoolDayBody, response: { 200: schoolCalendar } },
    (req) => setSchoolDay(req.ctx, req.params.programmeId, req.params.municipalityCode, req.params.day, req.body),
  );
};
