import type { Party, PlacementStatus } from './states.ts';

/**
 * The placement state machine and who owns each step. One table, so "who may move a placement
 * where" is reviewable on one screen and testable without I/O; the service only looks it up.
 *
 * - `accept`: the person says yes to a proposal (recorded, the status stays `proposed`);
 * - `invite` / `offer`: the employer takes the candidate to interview and makes an offer;
 * - `agree`: a coordinator confirms the agreement (dates, hours, schedule, wage, mentor);
 * - `activate`: a coordinator starts it (guardian clearance and young-worker rules permitting);
 * - `complete` / `end_early`: a coordinator closes a running placement;
 * - `decline`: anyone on the placement says no before it starts (a job closes stale proposals).
 * Coordinators may do every step (they act on someone's behalf, e.g. after a phone call).
 */
export const PLACEMENT_ACTIONS = {
  accept: { from: ['proposed'], to: 'proposed', parties: ['participant', 'guardian', 'coordinator'] },
  invite: { from: ['proposed'], to: 'interview', parties: ['employer', 'coordinator'] },
  offer: { from: ['interview'], to: 'offered', parties: ['employer', 'coordinator'] },
  agree: { from: ['offered'], to: 'agreed', parties: ['coordinator'] },
  activate: { from: ['agreed'], to: 'active', parties: ['coordinator'] },
  complete: { from: ['active'], to: 'completed', parties: ['coordinator'] },
  end_early: { from: ['active'], to: 'ended_early', parties: ['coordinator'] },
  decline: {
    from: ['proposed', 'interview', 'offered', 'agreed'],
    to: 'declined',
    parties: ['participant', 'guardian', 'employer', 'coordinator', 'system'],
  },
} as const satisfies Record<string, { from: readonly PlacementStatus[]; to: PlacementStatus; parties: readonly Party[] }>;

export type PlacementAction = keyof typeof PLACEMENT_ACTIONS;
export const ACTION_NAMES = Object.keys(PLACEMENT_ACTIONS) as PlacementAction[];

/** The action that moves a placement to `to` (every target status has exactly one). */
export function actionTo(to: PlacementStatus): Exclude<PlacementAction, 'accept'> | undefined {
  return ACTION_NAMES.find((a): a is Exclude<PlacementAction, 'accept'> => a !== 'accept' && PLACEMENT_ACTIONS[a].to === to);
}

/** Whether the machine has an edge `from → to`, whoever asks. */
export function isEdge(from: PlacementStatus, to: PlacementStatus): boolean {
  const action = actionTo(to);
  return action !== undefined && (PLACEMENT_ACTIONS[action].from as readonly PlacementStatus[]).includes(from);
}

/** The statuses reachable in one step from `from`. */
export function nextStatuses(from: PlacementStatus): PlacementStatus[] {
  return ACTION_NAMES.filter((a) => a !== 'accept' && (PLACEMENT_ACTIONS[a].from as readonly PlacementStatus[]).includes(from)).map(
    (a) => PLACEMENT_ACTIONS[a].to,
  );
}

/** Under 15, a guardian answers for the young person; from 15 they answer for themselves. */
export const GUARDIAN_ANSWERS_BELOW_AGE = 15;

export function personParty(ageToday: number): 'participant' | 'guardian' {
  return ageToday < GUARDIAN_ANSWERS_BELOW_AGE ? 'guardian' : 'participant';
}

export interface ActionInput {
  action: PlacementAction;
  from: PlacementStatus;
  party: Party;
  /** The person has said yes to the proposal (the employer may invite only then). */
  participantAccepted: boolean;
  /** The person's age today: decides whether they or a guardian speak for them. */
  personAge: number;
  /** Only the scheduled job declines with reason `stale`. */
  reason?: string;
}

export type ActionRefusal =
  | { code: 'placement_transition_not_allowed'; status: 409; from: PlacementStatus; to: PlacementStatus }
  | { code: 'placement_transition_forbidden'; status: 403; from: PlacementStatus; to: PlacementStatus; party: Party }
  | { code: 'placement_awaiting_participant'; status: 409; from: PlacementStatus; to: PlacementStatus };

/**
 * May `party` perform `action` on a placement in status `from`? The state comes first (409 when the
 * machine has no such step, whoever asks), then ownership (403), then the employer's wait for the
 * person's yes. Returns null when allowed.
 */
export function refuseAction(input: ActionInput): ActionRefusal | null {
  const spec = PLACEMENT_ACTIONS[input.action];
  const { from, party } = input;
  const to = spec.to;
  if (!(spec.from as readonly PlacementStatus[]).includes(from) || (input.action === 'accept' && input.participantAccepted)) {
    return { code: 'placement_transition_not_allowed', status: 409, from, to };
  }
  const forbidden = { code: 'placement_transition_forbidden', status: 403, from, to, party } as const;
  if (!(spec.parties as readonly Party[]).includes(party)) return forbidden;
  if ((party === 'participant' || party === 'guardian') && party !== personParty(input.personAge)) return forbidden;
  if (party === 'system' && input.reason !== 'stale') return forbidden;
  if (input.action === 'invite' && party === 'employer' && !input.participantAccepted) {
    return { code: 'placement_awaiting_participant', status: 409, from, to };
  }
  return null;
}
