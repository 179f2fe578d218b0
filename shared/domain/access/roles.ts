/**
 * Roles are held per programme: one person can coordinate in Køge and be an evaluator in Viborg.
 * The platform administrator (users.is_platform_admin) is separate and programme-less.
 */
export const ROLES = [
  'administrator',
  'coordinator',
  'caseworker',
  'employer_contact',
  'mentor',
  'participant',
  'guardian',
  'evaluator',
  'funder',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that handle personal data broadly, so a stolen password alone must not be enough. */
export const TOTP_REQUIRED_ROLES: readonly Role[] = ['administrator', 'coordinator'];

/** Staff roles: may be invited by email and see the staff UI. */
export const STAFF_ROLES: readonly Role[] = ['administrator', 'coordinator', 'caseworker'];

export const ORGANISATION_KINDS = ['housing_association', 'municipality', 'job_centre', 'company', 'school', 'fund', 'evaluator'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
