import type { Role } from './roles.ts';

/**
 * Every service call names one of these actions in its access check. Keeping the matrix in one
 * pure table makes "who may do what" reviewable in a single screen and testable without I/O.
 */
export const PERMISSIONS = {
  'programme.read': ['administrator', 'coordinator', 'caseworker', 'employer_contact', 'mentor', 'participant', 'guardian', 'evaluator', 'funder'],
  'programme.update': ['administrator'],
  'site.manage': ['administrator', 'coordinator'],
  'member.list': ['administrator', 'coordinator'],
  'invitation.create': ['administrator', 'coordinator'],
  'invitation.list': ['administrator', 'coordinator'],
  'audit.search': ['administrator'],
  'compliance.check': ['administrator', 'coordinator', 'caseworker', 'employer_contact', 'mentor'],
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
