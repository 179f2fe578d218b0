import { daysBetween } from '../calendar/local-time.ts';
import type { ParticipantKind } from './constants.ts';
import { consentsDue, type ConsentFacts, type RenewalReason } from './consent.ts';

export interface TodoParticipant {
  id: string;
  firstName: string;
  lastName: string;
  kind: ParticipantKind;
  birthDate: string;
  /** The intake date: contact is counted from here when there has been no talk. */
  createdOn: string;
  lastTalkOn: string | null;
}

export interface TodoNextStep {
  id: string;
  participantId: string;
  talkId: string;
  description: string;
  dueOn: string;
  ownerUserId: string;
}

export interface TodoConsent extends ConsentFacts {
  participantId: string;
}

export interface TodoInput {
  today: string;
  noContactWeeks: number;
  /** Active participants only (not merged, anonymised, completed or withdrawn). */
  participants: readonly TodoParticipant[];
  /** Open (not completed) next steps. */
  openNextSteps: readonly TodoNextStep[];
  consents: readonly TodoConsent[];
  /** Dates of real step changes, per participant. */
  stepChanges: ReadonlyMap<string, readonly string[]>;
}

export type AttentionReason = 'overdue_next_step' | 'consent_due' | 'no_contact';

type Named = { participantId: string; firstName: string; lastName: string };

export interface Todo {
  overdueNextSteps: Array<Named & { nextStepId: string; talkId: string; description: string; dueOn: string; ownerUserId: string }>;
  consentsDue: Array<Named & { consentId: string; purpose: string; dueOn: string; reason: RenewalReason }>;
  notContacted: Array<Named & { lastContactOn: string | null; weeksSinceContact: number }>;
}

/**
 * The coordinator's to-do list, as a pure function of the programme's facts: next steps past their
 * due date, consents due for renewal, and participants nobody has talked to for `noContactWeeks`.
 * Each list is oldest first, so the most neglected item is on top.
 */
export function computeTodo(input: TodoInput): Todo {
  const byId = new Map(input.participants.map((p) => [p.id, p]));
  const named = (p: TodoParticipant): Named => ({ participantId: p.id, firstName: p.firstName, lastName: p.lastName });

  const overdueNextSteps = input.openNextSteps
    .filter((s) => s.dueOn < input.today && byId.has(s.participantId))
    .map((s) => ({
      ...named(byId.get(s.participantId)!),
      nextStepId: s.id,
      talkId: s.talkId,
      description: s.description,
      dueOn: s.dueOn,
      ownerUserId: s.ownerUserId,
    }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));

  const consentsByParticipant = new Map<string, TodoConsent[]>();
  for (const c of input.consents) {
    const list = consentsByParticipant.get(c.participantId) ?? [];
    list.push(c);
    consentsByParticipant.set(c.participantId, list);
  }
  const due: Todo['consentsDue'] = [];
  for (const [participantId, consents] of consentsByParticipant) {
    const p = byId.get(participantId);
    if (!p) continue;
    for (const d of consentsDue(consents, p, input.stepChanges.get(participantId) ?? [], input.today)) {
      due.push({ ...named(p), consentId: d.consent.id, purpose: d.consent.purpose, dueOn: d.dueOn, reason: d.reason });
    }
  }
  due.sort((a, b) => a.dueOn.localeCompare(b.dueOn));

  const notContacted: Todo['notContacted'] = [];
  for (const p of input.participants) {
    const since = p.lastTalkOn ?? p.createdOn;
    const days = daysBetween(since, input.today);
    if (days >= input.noContactWeeks * 7)
      notContacted.push({ ...named(p), lastContactOn: p.lastTalkOn, weeksSinceContact: Math.floor(days / 7) });
  }
  notContacted.sort((a, b) => b.weeksSinceContact - a.weeksSinceContact);

  return { overdueNextSteps, consentsDue: due, notContacted };
}

/** Why each participant needs attention (the list's `needsAttention` filter and badges). */
export function attentionByParticipant(todo: Todo): Map<string, AttentionReason[]> {
  const out = new Map<string, AttentionReason[]>();
  const add = (id: string, r: AttentionReason) => {
    const list = out.get(id) ?? [];
    if (!list.includes(r)) list.push(r);
    out.set(id, list);
  };
  for (const s of todo.overdueNextSteps) add(s.participantId, 'overdue_next_step');
  for (const c of todo.consentsDue) add(c.participantId, 'consent_due');
  for (const n of todo.notContacted) add(n.participantId, 'no_contact');
  return out;
}
