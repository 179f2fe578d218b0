import { ageOn } from '../../../shared/domain/youth-rules/category.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Config } from '../../config.ts';
import {
  followUpLabel,
  label,
  longDate,
  notify,
  notifyPortal,
  type PortalEvent,
  portalLink,
  type Recipient,
  usersById,
  usersWithRole,
} from '../notifications/index.ts';
import * as repo from './repository.ts';

/**
 * Who hears about what happens to a placement, and what they are told. E-mails to employers and
 * mentors name the person by first name only (data minimisation); the person themselves and their
 * guardians hear about their own placement.
 */

/** The web page of a placement (staff and portal pages route on the id). */
export function placementLink(config: Config, programmeId: string, placementId: string): string {
  return `${config.PUBLIC_URL}/programmes/${programmeId}/placements/${placementId}`;
}

function coordinators(trx: Tx, programmeId: string) {
  return usersWithRole(trx, programmeId, ['coordinator']);
}

function employerContacts(trx: Tx, row: repo.PlacementRow) {
  return usersWithRole(trx, row.programme_id, ['employer_contact'], row.organisation_id);
}

async function personAndGuardians(trx: Tx, row: repo.PlacementRow): Promise<Recipient[]> {
  const guardians = row.participant_kind === 'youth' ? await repo.guardianUserIds(trx, row.programme_id, row.participant_id) : [];
  return usersById(trx, [row.participant_user_id, ...guardians]);
}

/** A new candidate for an employer's opening. */
export async function notifyProposed(
  trx: Tx,
  config: Config,
  row: repo.PlacementRow,
  programmeName: string,
  today: string,
  actorUserId: string | null,
) {
  await notify(
    trx,
    await employerContacts(trx, row),
    {
      programmeId: row.programme_id,
      template: 'placementProposed',
      subjectType: 'placement',
      subjectId: row.id,
      safety: false,
      vars: (_locale, r) => ({
        name: r.name,
        programme: programmeName,
        firstName: row.first_name,
        age: ageOn(row.birth_date, today),
        title: row.opening_title,
        link: placementLink(config, row.programme_id, row.id),
      }),
    },
    actorUserId,
  );
  await notifyPersonOf(trx, config, row, 'proposal', actorUserId);
}

/** The statuses the youth and their guardians must act on or know about, each with its own plain text. */
const PORTAL_EVENTS: Partial<Record<string, PortalEvent>> = {
  interview: 'interview',
  agreed: 'agreement',
  active: 'jobStarts',
  completed: 'jobEnds',
  ended_early: 'jobEnds',
};

/** The youth and their guardians, in words written for them, with a link to the portal page where they act. */
function notifyPersonOf(trx: Tx, config: Config, row: repo.PlacementRow, event: PortalEvent, actorUserId: string | null) {
  return notifyPortal(trx, {
    programmeId: row.programme_id,
    participantId: row.participant_id,
    event,
    subjectType: 'placement',
    subjectId: row.id,
    link: portalLink(config),
    except: actorUserId,
    vars: (locale) => ({
      title: row.opening_title,
      company: row.organisation_name,
      startsOn: row.starts_on ? longDate(row.starts_on, locale) : '',
    }),
  });
}

/**
 * A status change: everyone on the placement hears, except whoever made it. The youth and their
 * guardians get a text written for them when the step concerns them (see PORTAL_EVENTS).
 */
export async function notifyStatusChanged(
  trx: Tx,
  config: Config,
  row: repo.PlacementRow,
  from: string,
  party: string,
  actorUserId: string | null,
) {
  const mentor = await usersById(trx, [row.mentor_user_id]);
  const portalEvent = PORTAL_EVENTS[row.status];
  const recipients = [
    ...(await coordinators(trx, row.programme_id)),
    ...(await employerContacts(trx, row)),
    ...(portalEvent ? [] : await personAndGuardians(trx, row)),
    ...mentor,
  ];
  if (portalEvent) await notifyPersonOf(trx, config, row, portalEvent, actorUserId);
  await notify(
    trx,
    recipients,
    {
      programmeId: row.programme_id,
      template: 'placementStatusChanged',
      subjectType: 'placement',
      subjectId: row.id,
      safety: false,
      vars: (locale, r) => ({
        name: r.name,
        firstName: row.first_name,
        title: row.opening_title,
        from: label('placementStatuses', from, locale),
        status: label('placementStatuses', row.status, locale),
        actor: label('parties', party, locale),
        link: placementLink(config, row.programme_id, row.id),
      }),
    },
    actorUserId,
  );
}

/** The programme's coordinators: a follow-up has fallen due. */
export async function notifyFollowUpDue(
  trx: Tx,
  config: Config,
  f: {
    programme_id: string;
    placement_id: string;
    code: string;
    due_on: string;
    first_name: string;
    last_name: string;
    opening_title: string;
  },
) {
  await notify(trx, await coordinators(trx, f.programme_id), {
    programmeId: f.programme_id,
    template: 'followUpDue',
    subjectType: 'placement',
    subjectId: f.placement_id,
    safety: false,
    vars: (locale, r) => ({
      name: r.name,
      firstName: f.first_name,
      lastName: f.last_name,
      title: f.opening_title,
      followUp: followUpLabel(f.code, locale),
      dueOn: longDate(f.due_on, locale),
      link: placementLink(config, f.programme_id, f.placement_id),
    }),
  });
}

/** Coordinators, the employer, the mentor and the person: the agreement's end date is near. */
export async function notifyContractEnding(trx: Tx, config: Config, row: repo.PlacementRow) {
  const mentor = await usersById(trx, [row.mentor_user_id]);
  const recipients = [
    ...(await coordinators(trx, row.programme_id)),
    ...(await employerContacts(trx, row)),
    ...(await personAndGuardians(trx, row)),
    ...mentor,
  ];
  await notify(trx, recipients, {
    programmeId: row.programme_id,
    template: 'contractEnding',
    subjectType: 'placement',
    subjectId: row.id,
    safety: false,
    vars: (locale, r) => ({
      name: r.name,
      firstName: row.first_name,
      title: row.opening_title,
      endsOn: longDate(row.ends_on!, locale),
      link: placementLink(config, row.programme_id, row.id),
    }),
  });
}
