/**
 * Congestion: if everyone is shown the same few openings, most of them queue for a handful of
 * places. A participant's list therefore down-weights openings that many others are also pointed
 * to, relative to the places they have:
 *
 *   multiplier = (1 − β) + β × places / (places + competitors)
 *
 * with β the weight set's `congestion` blend in [0, 1]. The multiplier lies in (1 − β, 1], equals 1
 * without competitors, and only ever lowers a score; the fit score itself is reported unchanged next
 * to the adjusted `rankScore`, with the competition count.
 */

export interface TopList {
  participantId: string;
  /** The openings shown to this participant (their top k). */
  openingIds: readonly string[];
}

/**
 * How many participants, other than `exceptParticipantId`, have each opening on their list. An
 * opening listed twice by one participant counts once.
 */
export function competitionCounts(lists: Iterable<TopList>, exceptParticipantId?: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of lists) {
    if (list.participantId === exceptParticipantId) continue;
    for (const id of new Set(list.openingIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** The congestion multiplier in (0, 1]; 1 when nobody else competes (or β = 0). */
export function congestionMultiplier(places: number, competitors: number, beta: number): number {
  if (competitors <= 0 || beta <= 0) return 1;
  const free = Math.max(0, places);
  return 1 - beta + (beta * free) / (free + competitors);
}
