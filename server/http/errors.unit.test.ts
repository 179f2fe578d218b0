import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every error code the API can return has a Danish and an English sentence in the web catalogues,
 * so the UI never falls back to "something went wrong" for a known refusal. The codes are read from
 * errors.ts (the factories and the table at its top, which must agree). The web translates
 * `errors.<code>` from da.json/en.json, into which each feature merges its own `<feature>.errors`
 * (web/src/features/<feature>/i18n.ts); i18next plurals (`<code>_one`, `<code>_other`) count too.
 */
const root = path.join(import.meta.dirname, '../..');
const source = fs.readFileSync(path.join(import.meta.dirname, 'errors.ts'), 'utf8');
const fromFactories = [...new Set([...source.matchAll(/new AppError\(\s*\d+,\s*'([a-z_]+)'/g)].map((m) => m[1]!))].sort();
const fromTable = [...source.matchAll(/^ \* \| ([a-z_]+)\s+\| \d{3} \|/gm)].map((m) => m[1]!).sort();

type Catalogue = Record<string, unknown>;
const i18nDir = path.join(root, 'web/src/i18n');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(i18nDir, file), 'utf8')) as Catalogue;

/** The `errors` namespace as the running app sees it: the shared one, then every feature's own. */
function errorMessages(locale: 'da' | 'en'): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...((read(`${locale}.json`).errors as Catalogue | undefined) ?? {}) };
  for (const file of fs.readdirSync(i18nDir).filter((f) => f.endsWith(`.${locale}.json`))) {
    for (const feature of Object.values(read(file))) {
      const own = (feature as { errors?: Catalogue } | null)?.errors;
      for (const [code, message] of Object.entries(own ?? {})) if (!(code in merged)) merged[code] = message;
    }
  }
  return merged;
}

describe('the error catalogue', () => {
  it('documents every code in the table at the top of errors.ts, once', () => {
    expect(fromFactories.length).toBeGreaterThan(40);
    expect(fromTable).toEqual(fromFactories);
  });

  for (const locale of ['da', 'en'] as const) {
    it(`has ${locale === 'da' ? 'a Danish' : 'an English'} message for every code`, () => {
      const messages = errorMessages(locale);
      const has = (code: string) =>
        [code, `${code}_one`, `${code}_other`].some((k) => typeof messages[k] === 'string' && messages[k] !== '');
      expect(fromFactories.filter((code) => !has(code))).toEqual([]);
    });
  }
});
