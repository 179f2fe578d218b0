import type { Tx } from '../../../db/tenant.ts';
import type { Config } from '../../config.ts';
import type { Locale, PlacementMailTemplate } from '../../lib/mailer.ts';
import { notify } from './notify.ts';
import { personAndGuardians, type PortalPerson } from './repository.ts';

/**
 * What a youth or their guardian must hear about, each with a plain-language text addressed to the
 * youth ("du") and one to the guardian that names the child (`youth*` and `guardian*` templates).
 */
export type PortalEvent =
  'proposal' | 'interview' | 'agreement' | 'jobStarts' | 'jobEnds' | 'shiftRejected' | 'activityInvited' | 'safetyRequest';

/** Each event's text to the youth and to the guardian. */
const TEMPLATES: Record<PortalEvent, readonly [PlacementMailTemplate | null, PlacementMailTemplate]> = {
  proposal: ['youthProposal', 'guardianProposal'],
  interview: ['youthInterview', 'guardianInterview'],
  agreement: ['youthAgreement', 'guardianAgreement'],
  jobStarts: ['youthJobStarts', 'guardianJobStarts'],
  jobEnds: ['youthJobEnds', 'guardianJobEnds'],
  shiftRejected: ['youthShiftRejected', 'guardianShiftRejected'],
  activityInvited: ['youthActivityInvited', 'guardianActivityInvited'],
  // A safety matter about a minor is for their guardians; the coordinator talks with the youth.
  safetyRequest: [null, 'guardianSafetyRequest'],
};

/** The portal page where the person acts: `/mig` (jobs, proposals, agreements) or `/mig/timer` (hours). */
export function portalLink(config: Config, page: '' | '/timer' = ''): string {
  return `${config.PUBLIC_URL}/mig${page}`;
}

export interface PortalNotice {
  programmeId: string;
  participantId: string;
  event: PortalEvent;
  subjectType: string;
  subjectId: string | null;
  /** The portal page where they act. */
  link: string;
  /** Where a guardian acts, when it is not the youth's page (the hours page is the youth's own). */
  guardianLink?: string;
  safety?: boolean;
  /** Event values in the reader's language (titles, dates); `name`, `child` and `link` are added here. */
  vars: (locale: Locale) => Record<string, string | number>;
  /** Who caused it is not told about their own action. */
  except?: string | null;
}

/**
 * Tells the youth and their current guardians, in the app when they have a portal account and by
 * e-mail to the address on record, honouring each account's e-mail preference. Runs in the caller's
 * transaction, so the notice exists exactly when its cause committed.
 */
export async function notifyPortal(trx: Tx, n: PortalNotice): Promise<number> {
  const people = await personAndGuardians(trx, n.programmeId, n.participantId);
  const self = people.find((p) => p.role === 'self');
  if (!self) return 0;
  const [toYouth, toGuardian] = TEMPLATES[n.event];
  const send = (group: PortalPerson[], template: PlacementMailTemplate, link: string) =>
    notify(
      trx,
      group,
      {
        programmeId: n.programmeId,
        template,
        subjectType: n.subjectType,
        subjectId: n.subjectId,
        safety: n.safety ?? false,
        vars: (locale, r) => ({ ...n.vars(locale), name: r.name, child: r.child, link }),
      },
      n.except ?? null,
    );
  const guardians = people.filter((p) => p.role === 'guardian');
  return (
    (toYouth ? await send([self], toYouth, n.link) : 0) +
    (guardians.length ? await send(guardians, toGuardian, n.guardianLink ?? n.link) : 0)
  );
}
