/**
 * The log scan of the attack suite (issue #17): a server's log is for operators and must not become
 * a second copy of personal data. Scans text for the shapes personal data and secrets take in
 * Jobbro (CPR numbers, e-mail addresses, Danish phone numbers, one-time tokens) and reports every
 * hit with its line, so a failing run says what leaked where.
 *
 * The patterns are anchored so that what a log legitimately holds does not look like data: UUIDs
 * (hex runs joined by hyphens), epoch milliseconds (13 digits), durations with decimals, ports and
 * pids (at most 7 digits) and ISO timestamps never match.
 */

export type LeakKind = 'cpr' | 'email' | 'phone' | 'token';

export interface LogHit {
  kind: LeakKind;
  /** 1-based line number in the scanned text. */
  line: number;
  match: string;
}

/** A digit run's neighbours: not a word character, hyphen, dot or plus (so not a part of an id or a longer number). */
const NOT_BEFORE = String.raw`(?<![\w.+-])`;
const NOT_AFTER = String.raw`(?![\w.-])`;

const PATTERNS: Record<LeakKind, RegExp> = {
  // ddmmyy-xxxx or ten digits whose first six are a day (01–31) and month (01–12).
  cpr: new RegExp(String.raw`${NOT_BEFORE}(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}-?\d{4}${NOT_AFTER}`, 'g'),
  email: /[\w.+%-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g,
  // Danish numbers: eight digits, as one run or in pairs / groups, with or without +45 / 0045.
  phone: new RegExp(String.raw`${NOT_BEFORE}(?:(?:\+|00)45[ -]?)?(?:\d{8}|\d{2}(?:[ -]\d{2}){3}|\d{4}[ -]\d{4})${NOT_AFTER}`, 'g'),
  // newToken(): 32 random bytes in base64url (43 characters). A run that long mixing upper and lower
  // case is not a UUID, a hex hash or a word.
  token: /(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]{40,}(?![A-Za-z0-9_-]))(?=[A-Za-z0-9_-]*[A-Z])(?=[A-Za-z0-9_-]*[a-z])[A-Za-z0-9_-]{40,}/g,
};

/**
 * Addresses that are the product's own configuration, not a person's: the default sender of
 * MAIL_FROM. Anything else with an @ is treated as personal.
 */
const ALLOWED_EMAILS = new Set(['no-reply@jobbro.invalid']);

/** Every hit in `text`, line by line. */
export function scanLog(text: string): LogHit[] {
  const hits: LogHit[] = [];
  text.split('\n').forEach((content, i) => {
    for (const [kind, pattern] of Object.entries(PATTERNS) as Array<[LeakKind, RegExp]>) {
      for (const m of content.matchAll(pattern)) {
        const match = m[0].trim();
        if (kind === 'email' && ALLOWED_EMAILS.has(match.toLowerCase())) continue;
        hits.push({ kind, line: i + 1, match });
      }
    }
  });
  return hits;
}

/** Hits as readable lines for an assertion message (the matched text is shown masked by half). */
export function describeHits(hits: LogHit[]): string[] {
  return hits.map((h) => `${h.kind} on line ${h.line}: ${h.match.slice(0, Math.ceil(h.match.length / 2))}…`);
}

/** Counts for the suite's closing figures. */
export function lineCount(text: string): number {
  return text === '' ? 0 : text.split('\n').length;
}
