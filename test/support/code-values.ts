import * as access from '../../shared/domain/access/roles.ts';
import * as activities from '../../shared/domain/activities/funnel.ts';
import * as reasons from '../../shared/domain/matching/ranking/reasons.ts';
import * as participants from '../../shared/domain/participants/constants.ts';
import * as sla from '../../shared/domain/placements/sla.ts';
import * as placements from '../../shared/domain/placements/states.ts';
import * as activitySchemas from '../../shared/schemas/activities.ts';
import * as audit from '../../shared/schemas/audit.ts';

/**
 * Every code of the code lists in shared/ (participant vocabularies, placement states and reasons,
 * support categories, activity kinds, roles, audit actions and subjects), gathered from the modules'
 * exported `as const` arrays rather than typed out, so a new list or code is checked without
 * anyone remembering to add it. Used to prove a document shows words, not codes.
 */
export function knownCodes(): Set<string> {
  const codes = new Set<string>();
  for (const mod of [participants, placements, sla, activities, activitySchemas, access, audit, reasons] as Array<
    Record<string, unknown>
  >) {
    for (const value of Object.values(mod)) {
      if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) for (const v of value) codes.add(v);
    }
  }
  return codes;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * The codes that appear as whole words in the values of an HTML document (its `<dd>` and `<td>`
 * cells, where data is shown; headings and captions are fixed text). Case-sensitive: codes are lower
 * case, the Danish words that spell alike ("Mentor", "Job") are capitalised.
 */
/** Codes that are also everyday Danish words the documents use in their own sentences ("et andet job"). */
const DANISH_WORDS = new Set(['job']);

export function codesShown(html: string, codes: ReadonlySet<string> = knownCodes()): string[] {
  const cells = [...html.matchAll(/<(dd|td)>([\s\S]*?)<\/\1>/g)].map((m) =>
    m[2]!.replace(/<[^>]+>/g, ' ').replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!),
  );
  const found = new Set<string>();
  for (const cell of cells) {
    for (const token of cell.split(/[\s,;:·()/→–]+/)) if (codes.has(token) && !DANISH_WORDS.has(token)) found.add(token);
  }
  return [...found].sort();
}
