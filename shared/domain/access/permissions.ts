import type { Role } from './roles.ts';

/**
 * Every service call names one of these actions in its access check. Keeping the matrix in one
 * pure table makes "who may do what" reviewable in a single screen and testable without I/O.
 */
export const PERMISSIONS = {
  'programme.read': [
    'administrator',
    'coordinator',
    'caseworker',
    'employer_contact',
    'mentor',
    'participant',
    'guardian',
    'evaluator',
    'funder',
  ],
  'programme.update': ['administrator'],
  'site.manage': ['administrator', 'coordinator'],
  'member.list': ['administrator', 'coordinator'],
  'invitation.create': ['administrator', 'coordinator'],
  'invitation.list': ['administrator', 'coordinator'],
  'audit.search': ['administrator'],
  // Participants. Caseworkers read only while a share_job_centre consent is in force (checked per
  // person in the service); employer contacts, mentors, evaluators and funders have no person-level access.
  'participant.list': ['administrator', 'coordinator', 'caseworker'],
  'participant.read': ['administrator', 'coordinator', 'caseworker'],
  'participant.write': ['administrator', 'coordinator'],
  'participant.priority': ['administrator', 'coordinator'],
  'participant.merge': ['administrator', 'coordinator'],
  'participant.cpr.reveal': ['administrator', 'coordinator'],
  'participant.export': ['administrator', 'coordinator'],
  'participant.anonymise': ['administrator', 'coordinator'],
  'participant.todo': ['administrator', 'coordinator'],
  'guardian.manage': ['administrator', 'coordinator'],
  'consent.manage': ['administrator', 'coordinator'],
  'talk.manage': ['administrator', 'coordinator'],
  'portal.code.create': ['administrator', 'coordinator'],
  'retention.preview': ['administrator', 'coordinator'],
  'retention.run': ['administrator'],
  'portal.use': ['participant', 'guardian'],
  'compliance.check': ['administrator', 'coordinator', 'caseworker', 'employer_contact', 'mentor'],
  // Employers (server/modules/companies, openings). Contacts and mentors reach their own company
  // through the employer portal, which also checks the organisation.
  'company.read': ['administrator', 'coordinator', 'caseworker'],
  'company.manage': ['administrator', 'coordinator'],
  'opening.read': ['administrator', 'coordinator', 'caseworker'],
  'opening.manage': ['administrator', 'coordinator'],
  'employer.portal': ['employer_contact'],
  'mentoring.read': ['mentor'],
  // Placements (server/modules/placements, support-requests). Taking part is checked per placement
  // (the opening's organisation, the linked portal account, the assigned mentor): see
  // shared/domain/placements/parties.ts.
  'placement.read': ['administrator', 'coordinator'],
  'placement.manage': ['administrator', 'coordinator'],
  'placement.take_part': ['employer_contact', 'mentor', 'participant', 'guardian'],
  'mentor_hours.log': ['administrator', 'coordinator', 'mentor'],
  'mentor_costs.read': ['administrator', 'coordinator', 'funder'],
  'shift.record': ['administrator', 'coordinator', 'employer_contact', 'mentor', 'participant'],
  'school_calendar.manage': ['administrator', 'coordinator'],
  'rule_exception.manage': ['administrator', 'coordinator'],
  'payroll.export': ['administrator', 'coordinator'],
  'support.raise': ['employer_contact', 'mentor'],
  'support.handle': ['administrator', 'coordinator'],
  'support.escalations': ['administrator'],
  // Matching (server/modules/matching): ranked lists name people, so staff only; managing covers
  // pins/hides/overrides, weight sets and batch rounds, whose publishing proposes placements.
  'matching.read': ['administrator', 'coordinator'],
  'matching.manage': ['administrator', 'coordinator'],
  // Activities (server/modules/activities): courses, interview training, craftsman cafés, meetings,
  // training tracks; attendance is taken by staff.
  'activity.read': ['administrator', 'coordinator', 'caseworker'],
  'activity.manage': ['administrator', 'coordinator'],
  'attendance.take': ['administrator', 'coordinator'],
  // Outcomes (server/modules/outcomes, reports, social-return, evaluation). Funders and evaluators see
  // aggregates only (cells under 5 suppressed); records behind a figure are for staff.
  'outcomes.read': ['administrator', 'coordinator', 'funder', 'evaluator'],
  'outcomes.records': ['administrator', 'coordinator'],
  'target.manage': ['administrator', 'coordinator'],
  'report.generate': ['administrator', 'coordinator', 'funder'],
  'sroi.read': ['administrator', 'coordinator', 'funder', 'evaluator'],
  'sroi.manage': ['administrator', 'coordinator'],
  'evaluation.export': ['evaluator'],
  'evaluation.key.manage': ['administrator'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

/** Which roles an inviter may hand out: coordinators cannot mint administrators. */
export const INVITABLE_ROLES: Record<Role, readonly Role[]> = {
  administrator: ['administrator', 'coordinator', 'caseworker', 'employer_contact', 'mentor', 'evaluator', 'funder'],
  coordinator: ['caseworker', 'employer_contact', 'mentor', 'evaluator', 'funder', 'coordinator'],
  caseworker: [],
  employer_contact: [],
  mentor: [],
  participant: [],
  guardian: [],
  evaluator: [],
  funder: [],
};

export function roleAllows(role: Role, action: Action): boolean {
  return (PERMISSIONS[action] as readonly Role[]).includes(role);
}
