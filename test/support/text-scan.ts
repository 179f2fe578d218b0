import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * The text scan of issue #16, item 14: every page the browser suite visits is read as a person reads
 * it, and fails the test when it shows a developer value instead of text — a raw i18n key, a raw enum
 * code, a count of one with a plural noun ("1 pladser"), or (in Danish) a number with a decimal point. The rules are pure (`scanText`) so a unit test
 * can show each of them biting; the vocabulary they check against is derived from the catalogues and
 * from the enums in `shared/`, so a new enum or key is covered without editing this file.
 *
 * Times: the app writes clock times with a colon in both languages ("10:00–12:00"), the same form a
 * person types into its time fields; `web/src/ui/format.ts` turns Intl's Danish "10.00" into it. So
 * in Danish text every `d.d` that is neither a date (3.12.2026) nor a thousands group (1.234) is a
 * defect, which keeps this rule exact.
 */

export type ScanLocale = 'da' | 'en';

export interface Finding {
  kind: 'raw-key' | 'raw-code' | 'decimal-point' | 'plural';
  value: string;
  /** The text around the value, so a failure says where it stood. */
  context: string;
}

export interface Vocabulary {
  /** Every key of the web catalogues, plural forms also under their base key. */
  keys: Set<string>;
  /** The catalogues' top-level namespaces ("placements", "hours", …). */
  namespaces: Set<string>;
  /** The enum values declared in `shared/` (zod enums and exported `as const` arrays). */
  codes: Set<string>;
  /** Per language, the plural nouns of the catalogues' counted texts ("pladser", "places") that differ from the singular. */
  plurals: Record<ScanLocale, Set<string>>;
}

/**
 * Enum values that are also ordinary Danish words, so a Danish page may say them: "en" (a/one), "da"
 * (when/then), "end" (than), "time" (an hour), "mon" (I wonder), "fri" (free), "sat" (put), "offer"
 * (victim), "funder" (ponders), and loanwords Danish writes the same ("job", "mentor", "interview",
 * "system", "normal", "distance", "note", …). File formats appear in file names.
 */
export const DANISH_WORDS = new Set([
  'end',
  'mon',
  'fri',
  'sat',
  'offer',
  'funder',
  'mentor',
  'interview',
  'system',
  'normal',
  'distance',
  'timing',
  'administrator',
  'da',
  'en',
  'job',
  'portal',
  'verbal',
  'score',
  'pin',
  'time',
  'evaluator',
  'fund',
  'total',
  'status',
  'csv',
  'xlsx',
  'json',
  'html',
  'login',
  'note',
]);

/**
 * Findings that belong to another helper's item of issue #16 and are fixed there: each names its item.
 * `value` is matched exactly; `url` (a substring of the page's path), when given, limits it to a page.
 */
export const KNOWN_FINDINGS: ReadonlyArray<{ value: string; url?: string; item: string }> = [];

const FILE_EXTENSIONS = new Set(['md', 'csv', 'xlsx', 'pdf', 'json', 'html', 'txt', 'test', 'dk', 'com', 'org']);

/** A compound code: snake_case or kebab-case ASCII, the shape no Danish or English word has with `_`. */
const COMPOUND = /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)+$/;
const SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;
const CODE_SHAPE = /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$/;

/** Splits text into word-like tokens: dots, `_` and `-` stay inside a token ("kpis.md", "flex-job"). */
function tokens(text: string): Array<{ token: string; index: number }> {
  const out: Array<{ token: string; index: number }> = [];
  for (const m of text.matchAll(/[^\s,;:!?()[\]{}"'«»“”‘’/|<>=+*]+/g)) {
    let token = m[0];
    let index = m.index;
    while (/^[.\-–—…]/.test(token)) {
      token = token.slice(1);
      index += 1;
    }
    token = token.replace(/[.\-–—…]+$/, '');
    if (token) out.push({ token, index });
  }
  return out;
}

function around(text: string, index: number, length: number): string {
  return text
    .slice(Math.max(0, index - 40), index + length + 40)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Addresses and links carry dots, digits and codes that are not meant as prose. */
function withoutAddresses(text: string): string {
  return text
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, (s) => ' '.repeat(s.length))
    .replace(/\S+@\S+\.\S+/g, (s) => ' '.repeat(s.length))
    .replace(/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g, (s) => ' '.repeat(s.length));
}

function isRawKey(token: string, vocabulary: Vocabulary): boolean {
  if (!token.includes('.')) return false;
  if (vocabulary.keys.has(token)) return true;
  const [first, ...rest] = token.split('.');
  if (!vocabulary.namespaces.has(first!) || rest.some((segment) => !/^[A-Za-z][A-Za-z0-9_]*$/.test(segment))) return false;
  if (FILE_EXTENSIONS.has(rest.at(-1)!)) return false;
  return rest.length >= 2 || /[A-Z_]/.test(rest.join(''));
}

function isRawCode(token: string, locale: ScanLocale, vocabulary: Vocabulary): boolean {
  if (SNAKE.test(token)) return true;
  if (!vocabulary.codes.has(token)) return false;
  if (COMPOUND.test(token)) return true;
  // A single-word code ("intake", "none", "bike") is an English word: a defect on a Danish page only.
  return locale === 'da' && !DANISH_WORDS.has(token);
}

/** `d.d` in Danish text that is neither a date (3.12.2026, 03.12.26) nor a thousands group (1.234.567). */
function isDecimalPoint(number: string): boolean {
  if (/^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})$/.test(number)) return false;
  if (/^\d{1,3}(?:\.\d{3})+$/.test(number)) return false;
  return true;
}

/** The findings in one page's text, in the page's language. Pure, so the unit test can drive it. */
export function scanText(raw: string, locale: ScanLocale, vocabulary: Vocabulary): Finding[] {
  const text = withoutAddresses(raw);
  const findings: Finding[] = [];
  for (const { token, index } of tokens(text)) {
    if (isRawKey(token, vocabulary)) findings.push({ kind: 'raw-key', value: token, context: around(raw, index, token.length) });
    else if (isRawCode(token, locale, vocabulary))
      findings.push({ kind: 'raw-code', value: token, context: around(raw, index, token.length) });
  }
  const plural = new RegExp(`(?<![\\d.,])1 (${[...vocabulary.plurals[locale]].join('|') || '(?!)'})(?![\\p{L}-])`, 'gu');
  for (const m of text.matchAll(plural)) findings.push({ kind: 'plural', value: m[0], context: around(raw, m.index, m[0].length) });
  if (locale === 'da') {
    for (const m of text.matchAll(/(?<![\d.])\d+(?:\.\d+)+(?![\d.]*\d)/g)) {
      if (isDecimalPoint(m[0])) findings.push({ kind: 'decimal-point', value: m[0], context: around(raw, m.index, m[0].length) });
    }
  }
  return findings;
}

const ROOT = path.resolve(import.meta.dirname, '../..');

function flattenKeys(value: unknown, prefix: string, into: Set<string>, texts: Map<string, string>) {
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') {
      into.add(full);
      into.add(full.replace(/_(zero|one|two|few|many|other)$/, ''));
      texts.set(full, child);
    } else flattenKeys(child, full, into, texts);
  }
}

/** Collects enum values from a zod schema (v4 keeps its definition under `_zod.def`) or a const array. */
function collectCodes(value: unknown, into: Set<string>, seen: Set<unknown>) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const v of value) if (typeof v === 'string' && CODE_SHAPE.test(v)) into.add(v);
    return;
  }
  const def = (value as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (!def) return;
  if (def.type === 'enum') collectCodes(Object.values(def.entries as object), into, seen);
  for (const child of [def.innerType, def.element, def.in, def.out, def.left, def.right, def.valueType, def.keyType])
    collectCodes(child, into, seen);
  for (const list of [def.options, def.items]) if (Array.isArray(list)) for (const child of list) collectCodes(child, into, seen);
  const shape = def.shape as Record<string, unknown> | undefined;
  if (shape) for (const child of Object.values(shape)) collectCodes(child, into, seen);
}

/**
 * The nouns a count's plural form uses where the singular uses another ("{{count}} pladser" against
 * "{{count}} plads"): "1 pladser" on a page is a text that was not given its count.
 */
function pluralNouns(texts: Map<string, string>): Set<string> {
  const noun = (text: string | undefined) => text?.match(/\{\{\w+\}\} ([\p{L}-]+)/u)?.[1];
  const out = new Set<string>();
  for (const [key, text] of texts) {
    if (!key.endsWith('_other')) continue;
    const other = noun(text);
    const one = noun(texts.get(key.replace(/_other$/, '_one')));
    if (other && one && other !== one) out.add(other);
  }
  return out;
}

let cached: Promise<Vocabulary> | undefined;

/**
 * Reads the web catalogues and imports every module of `shared/` (pure code) for its exported enums:
 * zod schemas are walked whole; arrays only when exported under an UPPER_CASE name (the `as const`
 * lists of codes), so word lists like month names are not taken for codes. The month names of
 * `calendar/month-names.ts` are exported under UPPER_CASE names but are words, so they are named here.
 */
const WORD_LISTS = new Set(['MONTHS_DA', 'MONTHS_EN']);

export function loadVocabulary(): Promise<Vocabulary> {
  cached ??= (async () => {
    const keys = new Set<string>();
    const namespaces = new Set<string>();
    const texts: Record<ScanLocale, Map<string, string>> = { da: new Map(), en: new Map() };
    const i18nDir = path.join(ROOT, 'web/src/i18n');
    for (const file of fs.readdirSync(i18nDir).filter((f) => f.endsWith('.json'))) {
      const catalogue = JSON.parse(fs.readFileSync(path.join(i18nDir, file), 'utf8')) as Record<string, unknown>;
      for (const ns of Object.keys(catalogue)) namespaces.add(ns);
      flattenKeys(catalogue, '', keys, texts[file === 'en.json' || file.endsWith('.en.json') ? 'en' : 'da']);
    }
    const codes = new Set<string>();
    const seen = new Set<unknown>();
    const sharedDir = path.join(ROOT, 'shared');
    const files = (fs.readdirSync(sharedDir, { recursive: true }) as string[]).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('fixture'),
    );
    for (const file of files.sort()) {
      const mod = (await import(pathToFileURL(path.join(sharedDir, file)).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (Array.isArray(value) && (!/^[A-Z][A-Z0-9_]*$/.test(name) || WORD_LISTS.has(name))) continue;
        collectCodes(value, codes, seen);
      }
    }
    return { keys, namespaces, codes, plurals: { da: pluralNouns(texts.da), en: pluralNouns(texts.en) } };
  })();
  return cached;
}

/**
 * The text a person meets on the page: every visible text node, the labels and hints assistive
 * technology reads, and the numbers the app prefilled into decimal fields. Text inside `<code>` is left out on purpose: that is how a page shows a value as a
 * code (the evaluation codebook's column names and allowed values, which an evaluator's files hold).
 */
async function pageText(page: Page): Promise<{ text: string; locale: ScanLocale }> {
  return page.evaluate(() => {
    const parts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let previous: Element | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('code, script, style, template') || !parent.checkVisibility()) continue;
      // Text nodes of one element run together ("7" ".5" is "7.5"); another element starts a new word.
      const data = node.textContent ?? '';
      parts.push(parent === previous ? data : ` ${data}`);
      previous = parent;
    }
    const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? '').filter(Boolean),
    );
    // A number the app put into a field for editing is shown text too ("7.5" prefilled on a Danish page).
    const prefilled = [...document.querySelectorAll<HTMLInputElement>('input[inputmode="decimal"]')].map((input) => input.defaultValue);
    return {
      text: `${parts.join('')}\n${attributes.join('\n')}\n${prefilled.join('\n')}`,
      locale: document.documentElement.lang === 'en' ? ('en' as const) : ('da' as const),
    };
  });
}

function known(finding: Finding, url: string): boolean {
  return KNOWN_FINDINGS.some((k) => k.value === finding.value && (!k.url || new URL(url).pathname.includes(k.url)));
}

/** Scans the page as it stands, in its current language, and fails with the findings and the URL. */
export async function scanPage(page: Page): Promise<void> {
  const vocabulary = await loadVocabulary();
  const { text, locale } = await pageText(page);
  const url = page.url();
  const findings = scanText(text, locale, vocabulary).filter((f) => !known(f, url));
  expect(findings, `text scan (${locale}) on ${url}`).toEqual([]);
}

/**
 * Scans the page in Danish, then switches it to English with the header's toggle, scans again and
 * switches back, so every page the suite visits is read in both languages. The switch is the page's
 * own: its remembered choice on the device is restored afterwards, and the call that would save the
 * choice on the user is answered here, so the server keeps the user's language (e-mails follow it).
 * Pages without the toggle (login, first run) are read in their one language.
 */
export async function scanPageInBothLanguages(page: Page): Promise<void> {
  await scanPage(page);
  const toEnglish = page.getByRole('button', { name: 'English', exact: true });
  if ((await page.evaluate(() => document.documentElement.lang)) !== 'da' || !(await toEnglish.isVisible())) return;
  const stored = await page.evaluate(() => localStorage.getItem('jobbro.locale'));
  const keepOnServer = '**/api/me/locale';
  await page.route(keepOnServer, (route) => route.fulfill({ status: 204 }));
  try {
    await toEnglish.click();
    const toDanish = page.getByRole('button', { name: 'Dansk', exact: true });
    await toDanish.waitFor();
    await scanPage(page);
    await toDanish.click();
    await toEnglish.waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('da');
  } finally {
    await page.evaluate(
      (value) => (value === null ? localStorage.removeItem('jobbro.locale') : localStorage.setItem('jobbro.locale', value)),
      stored,
    );
    await page.unroute(keepOnServer);
  }
}
