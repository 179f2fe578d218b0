import type { DataCategory } from '../../../shared/domain/participants/constants.ts';
import type { PresentedConsent } from '../consents/index.ts';
import { presentGuardian, presentNotice } from '../guardians/index.ts';
import type { GuardianRow, NoticeRow } from '../guardians/index.ts';
import { presentTalk } from '../talks/index.ts';
import type { NextStepRow, TalkRow } from '../talks/index.ts';
import { presentLadderEvent, presentParticipant, type LadderEventRow, type ParticipantRow, type Viewer } from '../people/index.ts';

export interface ProfileParts {
  ladder: LadderEventRow[];
  talks: TalkRow[];
  nextSteps: NextStepRow[];
  consents: PresentedConsent[];
  guardians: GuardianRow[];
  notices: NoticeRow[];
}

type TimelineType = 'ladder' | 'talk' | 'consent_given' | 'consent_revoked' | 'guardian_added' | 'guardian_notice' | 'guardian_cosigned';

/** The journey: every dated thing that happened, oldest first (ties keep a stable type order). */
export function timeline(parts: ProfileParts, dateOf: (d: Date | string) => string) {
  const items: Array<{ date: string; type: TimelineType; ref: string; label: string }> = [];
  for (const e of parts.ladder)
    items.push({
      date: e.on_date,
      type: 'ladder',
      ref: e.id,
      label: e.kind === 'step' ? `step:${e.to_step}` : `track:${e.to_track ?? 'none'}`,
    });
  for (const t of parts.talks) items.push({ date: t.held_on, type: 'talk', ref: t.id, label: t.kind });
  for (const c of parts.consents) {
    items.push({ date: c.givenOn, type: 'consent_given', ref: c.id, label: c.purpose });
    if (c.revokedAt) items.push({ date: dateOf(c.revokedAt), type: 'consent_revoked', ref: c.id, label: c.purpose });
  }
  for (const g of parts.guardians) items.push({ date: dateOf(g.created_at), type: 'guardian_added', ref: g.id, label: g.relation });
  for (const n of parts.notices) {
    items.push({ date: n.informed_on, type: 'guardian_notice', ref: n.id, label: 'informed' });
    if (n.cosigned_on) items.push({ date: n.cosigned_on, type: 'guardian_cosigned', ref: n.id, label: 'cosigned' });
  }
  return items.sort((a, b) => a.date.localeCompare(b.date));
}

export function presentProfile(
  p: ParticipantRow,
  v: Viewer,
  categories: readonly DataCategory[],
  parts: ProfileParts,
  dateOf: (d: Date | string) => string,
) {
  return {
    ...presentParticipant(p, v, categories),
    ladder: parts.ladder.map(presentLadderEvent),
    talks: parts.talks.map((t) => presentTalk(t, parts.nextSteps)),
    consents: parts.consents,
    guardians: parts.guardians.map(presentGuardian),
    guardianNotices: parts.notices.map(presentNotice),
    timeline: timeline(parts, dateOf),
  };
}
