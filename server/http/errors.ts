/**
 * Every error the API returns is made here, so each has one stable `code` that clients (and the
 * web UI's translations under `errors.<code>`) can rely on. Codes are part of the API contract:
 * add new ones, never rename.
 *
 * | code                 | status | meaning |
 * |----------------------|--------|---------|
 * | validation_failed    | 400 | body, query or params failed the schema; `details.issues[]` has `path`, `code`, `message` |
 * |                      |     | participant codes include youth_age_range, adult_age_range, birth_date_future, cpr_format, |
 * |                      |     | cpr_date, cpr_birth_date_mismatch, cpr_reason_required, interest_unknown, availability_slot, |
 * |                      |     | site_unknown, organisation_not_partner, owner_not_member, guardian_unknown, date_in_future, |
 * |                      |     | ladder_no_change, ladder_date_before_last, step_youth_only (see shared/schemas/participants.ts) |
 * |                      |     | consent codes: consent_partners_required, consent_partners_all_or_some (shared/schemas/consents.ts) |
 * |                      |     | match rounds: round_openings_required, round_openings_all_or_some (shared/schemas/matching.ts) |
 * |                      |     | social return: reason_required, period_exceeds_horizon, sroi_input_invalid (path under parameters), |
 * |                      |     | duplicate_year, value_years_overlap; evaluation: table_required (CSV needs ?table=) |
 * |                      |     | outcome codes: period_reversed, period_too_long, figure_unknown, age_band_unknown, track_unknown, |
 * |                      |     | target_duplicate, rate_over_one, month_outside_period, site_unknown (see shared/schemas/outcomes.ts) |
 * |                      |     | activity codes: session_ends_before_start, sessions_required, datetime_format, site_unknown, company_unknown, |
 * |                      |     | capacity_below_registered, session_unknown, participant_unknown, participant_unavailable, participant_not_registered |
 * | bad_request          | 400 | the request could not be read: a malformed URL, body or request line (Fastify's own refusals; another 4xx it raises keeps its status) |
 * | input_not_storable   | 400 | text with a NUL character or a lone UTF-16 surrogate, or a date-shaped value whose year is outside |
 * |                      |     | 1900–2999 (server/http/input-guard.ts); `details.issues[]` as for validation_failed, with code |
 * |                      |     | nul_character, lone_surrogate or year_out_of_range; checked on every route before its schema |
 * | value_out_of_range   | 400 | a value passed the schema but not the database column it goes to: a number beyond the column's range |
 * |                      |     | (e.g. a version above 2147483647), a date or time the type cannot hold, text too long for the column |
 * |                      |     | (`details.sqlState`); mapped in one place by `fromDatabaseError`, like the 409s below |
 * | totp_invalid         | 400 | the one-time code is wrong, expired or already used |
 * | totp_not_set_up      | 400 | two-factor setup must be started before it can be confirmed |
 * | token_invalid        | 400 | a password-reset or setup token is unknown, used or expired |
 * | password_too_short   | 400 | a new password has fewer than 12 characters |
 * | unauthenticated      | 401 | no valid session; log in |
 * | invalid_credentials  | 401 | e-mail or password is wrong (never says which) |
 * | mfa_required         | 401 | the session has passed the password step but not two-factor |
 * | forbidden            | 403 | logged in, but this role may not do this here |
 * | csrf_rejected        | 403 | a state-changing request came from another site |
 * | not_found            | 404 | no such resource, or not visible to you |
 * | invitation_invalid   | 404 | the invitation link is unknown or already used |
 * | setup_not_available  | 404 | first-run setup is done, or the setup link is wrong |
 * | portal_code_invalid  | 404 | a portal code is unknown, already used or expired |
 * | conflict             | 409 | the resource already exists (details.field names the clash) |
 * | invitation_exists    | 409 | an open invitation for this e-mail and role exists |
 * | invalid_transition   | 409 | that status change is not allowed from the current status (`details.from`, `details.to`) |
 * | in_use               | 409 | cannot delete: other records refer to it (`details.by`) |
 * | possible_duplicate   | 409 | a participant with the same CPR, or name and birth date, exists; `details.candidates[]`; resend with `confirmNotDuplicate: true` |
 * | version_conflict     | 409 | someone changed the record since it was read; `details.currentVersion` |
 * | participant_anonymised | 409 | the participant has been anonymised and can no longer be changed |
 * | merge_not_allowed    | 409 | the two records cannot be merged; `details.reason`: same_record, kind_mismatch, merged, anonymised, placement_clash (both have a pending or running placement in the same opening; end one first) |
 * | portal_already_linked | 409 | the participant or guardian already has a portal account |
 * | placement_transition_not_allowed | 409 | the placement cannot move from its status to that one (`details.from`, `details.to`) |
 * | placement_transition_forbidden | 403 | that step belongs to another party (`details.from`, `details.to`, `details.party` = yours) |
 * | placement_awaiting_participant | 409 | the employer can invite to interview only after the person said yes |
 * | placement_exists     | 409 | a pending or running placement for this participant and opening exists (`details.placementId`) |
 * | opening_not_open     | 409 | placements are proposed only for open openings (`details.status`) |
 * | guardian_clearance_missing | 409 | an under-15 or pupil cannot start before a guardian was informed and co-signed (`details.missing[]`, `details.requiredBecause[]`) |
 * | schedule_not_legal   | 422 | the agreed weekly schedule breaks the young-worker rules for this person (`details.violations[]` with `rule`, `date`, `message` (Danish), `messageEn`) |
 * | placement_not_running | 409 | only a started placement can have mentor hours or follow-ups (`details.status`) |
 * | placement_starts_later | 409 | a placement cannot be started before its agreed start date (`details.startsOn`); change the agreement to start earlier |
 * | placement_not_agreed | 409 | a document needs the agreed terms (start, hours, pay); the placement has none yet (`details.status`) |
 * | statement_not_required | 409 | an employment statement is not required at 3 hours a week or less on average (`details.hoursPerWeek`, `details.threshold`); ask again with `?force=true` |
 * | parent_letter_not_required | 409 | the person is 18 or over; their parents are not informed (`details.age`) |
 * | match_round_not_ready | 409 | the round has not finished (or failed), so it cannot be published (`details.status`) |
 * | match_round_published | 409 | the round was published already; publishing twice is refused (`details.publishedAt`) |
 * | match_not_rankable   | 409 | the participant or opening is not in the ranking (inactive, merged, anonymised; filled or closed) (`details.subject`, `details.status`) |
 * | match_adjustment_exists | 409 | a live pin/hide/override of that kind exists for the pair (`details.adjustmentId`) |
 * | shift_rules_violated | 409 | approving the shift(s) would break the young-worker rules across all the person's shifts and no documented exception covers it (`details.violations[]` with `rule`, `date`, `limit`, `actual`, `unit`, `message` (Danish), `messageEn`, `excepted`) |
 * | state_changed        | 409 | someone else changed the record's state first; nothing was done (`details.subject`, `details.status` = the current state) |
 * | already_exists       | 409 | the database refused a duplicate (a unique rule; `details.constraint`), e.g. two simultaneous corrections of one shift |
 * | reference_conflict   | 409 | the record refers to one that is gone, or is still referred to (a foreign key; `details.constraint`) |
 * | constraint_violated  | 409 | the database refused the values (a check rule; `details.constraint`) |
 * | overlap_conflict     | 409 | the record overlaps another one it may not overlap (an exclusion rule; `details.constraint`) |
 * | concurrent_change    | 409 | a simultaneous change got in the way (serialisation failure or deadlock); try again |
 * | shift_not_pending    | 409 | only a submitted shift can be approved or rejected; approved shifts are final and only corrected (`details.status`) |
 * | week_already_recorded | 409 | "worked as planned" found no passed planned day without a shift; nothing changed |
 * | no_shift_approved    | 409 | "approve all valid" approved none of the shifts; nothing changed (`details.results[]`: per shift `shiftId`, `code`, `violations`) |
 * | shift_already_corrected | 409 | the shift already has a live correction; correct that one instead (`details.correctionId`) |
 * | placement_not_active | 409 | shifts are recorded only on an active placement (`details.status`) |
 * | activity_full        | 409 | registering would exceed the activity's capacity, which counts registered people (`details.capacity`, `details.registered`) |
 * | activity_cancelled   | 409 | the activity was cancelled; it can no longer be changed, nor people invited or registered |
 * | report_not_ready     | 409 | the report's PDF is not printed yet, or its job failed (`details.status`, `details.error`, e.g. chromium_unavailable when no Chromium is installed) |
 * | request_timeout      | 408 | the request did not arrive in time |
 * | payload_too_large    | 413 | the body is over 1 MiB |
 * | uri_too_long         | 414 | a path segment is longer than the router accepts |
 * | unsupported_media_type | 415 | the body's content type is not one the endpoint reads |
 * | headers_too_large    | 431 | the request headers are too large |
 * | invitation_expired   | 410 | the invitation link is older than its expiry |
 * | opening_not_legal    | 422 | the opening cannot legally employ its youngest age; `details.refusals[]` has `code`, `message` (Danish), `messageEn` |
 * | participant_merged   | 410 | the participant was merged into another record; `details.mergedInto` |
 * | account_locked       | 423 | too many failed logins; `details.lockedUntil` |
 * | rate_limited         | 429 | too many attempts from here; `details.retryAfterSeconds` |
 * | internal_error       | 500 | a bug; the request id is in `details.requestId` |
 */
export class AppError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export interface ValidationIssue {
  /** Which part of the request: body, querystring or params. */
  in?: string;
  path: (string | number)[];
  code: string;
  message: string;
}

export const errors = {
  validation: (issues: ValidationIssue[]) => new AppError(400, 'validation_failed', 'The request is not valid.', { issues }),
  badRequest: () => new AppError(400, 'bad_request', 'The request could not be read.'),
  requestTimeout: () => new AppError(408, 'request_timeout', 'The request took too long to arrive.'),
  payloadTooLarge: () => new AppError(413, 'payload_too_large', 'The request body is too large.'),
  uriTooLong: () => new AppError(414, 'uri_too_long', 'The address is too long.'),
  unsupportedMediaType: () =>
    new AppError(415, 'unsupported_media_type', 'The request body has a content type this endpoint does not read.'),
  headersTooLarge: () => new AppError(431, 'headers_too_large', 'The request headers are too large.'),
  inputNotStorable: (issues: ValidationIssue[]) =>
    new AppError(
      400,
      'input_not_storable',
      'The request contains a NUL character, a lone UTF-16 surrogate, or a date whose year is outside 1900–2999.',
      { issues },
    ),
  totpInvalid: () => new AppError(400, 'totp_invalid', 'The one-time code is not valid.'),
  totpNotSetUp: () => new AppError(400, 'totp_not_set_up', 'Start two-factor setup first.'),
  tokenInvalid: () => new AppError(400, 'token_invalid', 'The link is not valid or has expired.'),
  passwordTooShort: () =>
    new AppError(400, 'password_too_short', 'The password must have at least 12 characters.', {
      issues: [{ path: ['password'], code: 'password_too_short', message: 'At least 12 characters.' }],
    }),
  unauthenticated: () => new AppError(401, 'unauthenticated', 'Log in to continue.'),
  invalidCredentials: () => new AppError(401, 'invalid_credentials', 'E-mail or password is wrong.'),
  mfaRequired: () => new AppError(401, 'mfa_required', 'Complete two-factor authentication first.'),
  forbidden: (action?: string) => new AppError(403, 'forbidden', 'You do not have access to this.', action ? { action } : undefined),
  csrfRejected: () => new AppError(403, 'csrf_rejected', 'The request came from another site and was refused.'),
  notFound: (what = 'resource') => new AppError(404, 'not_found', `No such ${what}.`),
  invitationInvalid: () => new AppError(404, 'invitation_invalid', 'The invitation is not valid.'),
  setupNotAvailable: () => new AppError(404, 'setup_not_available', 'Setup is not available.'),
  conflict: (field: string) => new AppError(409, 'conflict', `That ${field} is already in use.`, { field }),
  invitationExists: () => new AppError(409, 'invitation_exists', 'An open invitation already exists.'),
  invalidTransition: (from: string, to: string) =>
    new AppError(409, 'invalid_transition', `The status cannot change from ${from} to ${to}.`, { from, to }),
  inUse: (by: string) => new AppError(409, 'in_use', `It cannot be deleted while ${by} refer to it.`, { by }),
  openingNotLegal: (refusals: readonly { code: string; message: string; messageEn: string }[]) =>
    new AppError(422, 'opening_not_legal', 'The opening cannot legally employ its youngest age.', { refusals }),
  invitationExpired: () => new AppError(410, 'invitation_expired', 'The invitation has expired.'),
  placementTransitionNotAllowed: (from: string, to: string) =>
    new AppError(409, 'placement_transition_not_allowed', `The placement cannot move from ${from} to ${to}.`, { from, to }),
  placementTransitionForbidden: (from: string, to: string, party: string) =>
    new AppError(403, 'placement_transition_forbidden', 'That step belongs to someone else on the placement.', { from, to, party }),
  placementAwaitingParticipant: (from: string, to: string) =>
    new AppError(409, 'placement_awaiting_participant', 'The participant has not said yes to the proposal yet.', { from, to }),
  placementExists: (placementId: string) =>
    new AppError(409, 'placement_exists', 'The participant already has a pending or running placement in this opening.', { placementId }),
  openingNotOpen: (status: string) => new AppError(409, 'opening_not_open', 'The opening is not open.', { status }),
  guardianClearanceMissing: (missing: readonly string[], requiredBecause: readonly string[]) =>
    new AppError(409, 'guardian_clearance_missing', 'A guardian must be informed and co-sign before the job starts.', {
      missing,
      requiredBecause,
    }),
  scheduleNotLegal: (violations: readonly { rule: string; date: string; message: string; messageEn: string }[]) =>
    new AppError(422, 'schedule_not_legal', 'The weekly schedule breaks the young-worker rules.', { violations }),
  placementNotRunning: (status: string) => new AppError(409, 'placement_not_running', 'The placement has not started.', { status }),
  placementStartsLater: (startsOn: string) =>
    new AppError(409, 'placement_starts_later', 'The placement cannot start before its agreed start date.', { startsOn }),
  placementNotAgreed: (status: string) => new AppError(409, 'placement_not_agreed', 'The placement has no agreed terms yet.', { status }),
  statementNotRequired: (hoursPerWeek: number, threshold: number) =>
    new AppError(
      409,
      'statement_not_required',
      `An employment statement is not required at ${threshold} hours a week or less; ask with force=true to make one anyway.`,
      { hoursPerWeek, threshold },
    ),
  parentLetterNotRequired: (age: number) =>
    new AppError(409, 'parent_letter_not_required', 'The person is 18 or over; there is no parent letter.', { age }),
  matchRoundNotReady: (status: string) =>
    new AppError(409, 'match_round_not_ready', 'The matching round is not ready to publish.', { status }),
  matchRoundPublished: (publishedAt: Date) =>
    new AppError(409, 'match_round_published', 'The matching round has already been published.', {
      publishedAt: publishedAt.toISOString(),
    }),
  matchNotRankable: (subject: 'participant' | 'opening', status: string) =>
    new AppError(409, 'match_not_rankable', `The ${subject} is not part of the ranking.`, { subject, status }),
  matchAdjustmentExists: (adjustmentId: string) =>
    new AppError(409, 'match_adjustment_exists', 'That adjustment already exists for the pair.', { adjustmentId }),
  shiftRulesViolated: (violations: readonly unknown[]) =>
    new AppError(409, 'shift_rules_violated', 'The shift breaks the young-worker rules.', { violations }),
  /** The loser of a race: its conditional update found the row no longer in the state it checked. */
  stateChanged: (subject: string, status: string | null) =>
    new AppError(409, 'state_changed', `The ${subject} was changed by someone else first.`, { subject, status }),
  shiftNotPending: (status: string) => new AppError(409, 'shift_not_pending', 'Only a submitted shift can be approved.', { status }),
  weekAlreadyRecorded: (week: string) =>
    new AppError(409, 'week_already_recorded', 'Every planned day of the week that has passed already has a shift.', { week }),
  noShiftApproved: (results: readonly unknown[]) =>
    new AppError(409, 'no_shift_approved', 'None of the shifts could be approved.', { results }),
  shiftAlreadyCorrected: (correctionId: string) =>
    new AppError(409, 'shift_already_corrected', 'The shift has already been corrected.', { correctionId }),
  placementNotActive: (status: string) =>
    new AppError(409, 'placement_not_active', 'Shifts are recorded only on an active placement.', { status }),
  activityFull: (capacity: number, registered: number) =>
    new AppError(409, 'activity_full', 'The activity is full.', { capacity, registered }),
  activityCancelled: () => new AppError(409, 'activity_cancelled', 'The activity was cancelled.'),
  reportNotReady: (status: string, error: string | null) =>
    new AppError(409, 'report_not_ready', 'The report is not ready.', { status, error }),
  /** Field problems found by a service (they need the database or today's date), shaped like schema errors. */
  invalidFields: (issues: Array<{ path: (string | number)[]; code: string }>) =>
    errors.validation(issues.map((i) => ({ in: 'body', path: i.path.map(String), code: i.code, message: i.code }))),
  possibleDuplicate: (candidates: unknown[]) =>
    new AppError(409, 'possible_duplicate', 'A participant with the same CPR number, or name and birth date, exists.', { candidates }),
  versionConflict: (currentVersion: number) =>
    new AppError(409, 'version_conflict', 'The record was changed by someone else. Reload and try again.', { currentVersion }),
  participantAnonymised: () => new AppError(409, 'participant_anonymised', 'The participant has been anonymised.'),
  participantMerged: (mergedInto: string) =>
    new AppError(410, 'participant_merged', 'The participant was merged into another record.', { mergedInto }),
  mergeNotAllowed: (reason: 'same_record' | 'kind_mismatch' | 'merged' | 'anonymised' | 'placement_clash') =>
    new AppError(409, 'merge_not_allowed', 'These records cannot be merged.', { reason }),
  portalCodeInvalid: () => new AppError(404, 'portal_code_invalid', 'The code is not valid or has expired.'),
  portalAlreadyLinked: () => new AppError(409, 'portal_already_linked', 'A portal account is already linked.'),
  accountLocked: (lockedUntil: Date) =>
    new AppError(423, 'account_locked', 'The account is temporarily locked.', { lockedUntil: lockedUntil.toISOString() }),
  rateLimited: (retryAfterSeconds: number) =>
    new AppError(429, 'rate_limited', 'Too many attempts. Try again later.', { retryAfterSeconds }),
  internal: (requestId: string) => new AppError(500, 'internal_error', 'Something went wrong on our side.', { requestId }),
};

function sqlState(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const own = (err as { code?: unknown }).code;
  if (typeof own === 'string' && /^[0-9A-Z]{5}$/.test(own)) return own;
  // A violation already mapped by `fromDatabaseError` keeps the driver's error as its cause.
  return err instanceof AppError ? sqlState(err.cause) : undefined;
}

/**
 * PostgreSQL's unique-violation code, mapped to `conflict` by the services that expect it. True
 * also for the `already_exists` error the transaction runner made of it, so those services still
 * name the clashing field.
 */
export function isUniqueViolation(err: unknown): boolean {
  return sqlState(err) === '23505';
}

/** PostgreSQL's foreign-key violation (still referred to, or refers to nothing), also once mapped. */
export function isForeignKeyViolation(err: unknown): boolean {
  return sqlState(err) === '23503';
}

const databaseErrors: Record<string, (constraint: string | undefined) => AppError> = {
  '23505': (constraint) => new AppError(409, 'already_exists', 'It already exists.', { constraint }),
  '23503': (constraint) =>
    new AppError(409, 'reference_conflict', 'It refers to a record that is gone, or is still referred to.', { constraint }),
  '23514': (constraint) => new AppError(409, 'constraint_violated', 'The database refused the values.', { constraint }),
  '23P01': (constraint) => new AppError(409, 'overlap_conflict', 'It overlaps a record it may not overlap.', { constraint }),
  // Data exceptions: the value reached the database but its column cannot hold it. The client sent it, so 400, not 500.
  ...Object.fromEntries(
    ['22003', '22008', '22007', '22001', '22P02', '22021', '22P05'].map((state) => [
      state,
      () => new AppError(400, 'value_out_of_range', 'A value is outside what can be stored.', { sqlState: state }),
    ]),
  ),
  '40001': () => new AppError(409, 'concurrent_change', 'A simultaneous change got in the way. Try again.'),
  '40P01': () => new AppError(409, 'concurrent_change', 'A simultaneous change got in the way. Try again.'),
};

/**
 * The one place a database refusal becomes an API error: constraint violations and serialisation
 * failures are what concurrent requests run into, so they answer 409 with a stable code instead of
 * a 500; a value its column cannot hold (a data exception the schema did not foresee) answers 400. The transaction runner (server/lib/access/runner.ts) passes every failure through it; a
 * service that expects a particular violation still catches it first and says more. Anything else
 * is returned unchanged.
 */
export function fromDatabaseError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  const state = sqlState(err);
  const make = state ? databaseErrors[state] : undefined;
  if (!make) return err;
  const mapped = make((err as { constraint?: string }).constraint);
  mapped.cause = err;
  return mapped;
}
