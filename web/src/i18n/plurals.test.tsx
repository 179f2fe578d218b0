import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Counts in the UI read "1 plads" and "2 pladser" only when the text has plural forms: i18next picks
 * `key_one`/`key_other` by `count`, and a plain key shows the same words for every count (issue #16,
 * item 14: "1 pladser"). So a text that interpolates `{{count}}` must be a plural form, and every
 * plural base has both forms in both languages.
 */
const dir = import.meta.dirname;

function strings(locale: 'da' | 'en'): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, prefix: string) => {
    if (typeof value === 'string') out.set(prefix, value);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, prefix ? `${prefix}.${k}` : k);
  };
  for (const file of fs.readdirSync(dir).filter((f) => f === `${locale}.json` || f.endsWith(`.${locale}.json`)))
    walk(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')), '');
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

describe('plural forms in the catalogues', () => {
  for (const locale of ['da', 'en'] as const) {
    it(`gives every count in ${locale} its plural forms`, () => {
      const all = strings(locale);
      const countsWithoutForms = [...all].filter(([key, text]) => text.includes('{{count}}') && !PLURAL.test(key)).map(([key]) => key);
      expect(countsWithoutForms).toEqual([]);
      // Error codes may end in a plural suffix ("weights_all_zero", "rate_over_one") without being plural forms.
      const isForm = (k: string) => PLURAL.test(k) && !/\.(validation|errors)\./.test(k);
      const bases = new Set([...all.keys()].filter(isForm).map((k) => k.replace(PLURAL, '')));
      const missing = [...bases].flatMap((b) => [`${b}_one`, `${b}_other`].filter((k) => !all.has(k)));
      expect(missing).toEqual([]);
    });
  }
});
