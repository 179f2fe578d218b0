import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES, municipalityName } from './municipalities.ts';
import { parsePostalCodes } from './postal-codes.ts';

describe('municipality names', () => {
  it('name exactly the 98 municipalities the postal-code file refers to', () => {
    const postal = parsePostalCodes(fs.readFileSync(path.join(import.meta.dirname, 'dk-postal-codes.csv'), 'utf8'));
    const used = new Set([...postal.values()].map((p) => p.municipalityCode));
    expect(Object.keys(MUNICIPALITIES).sort()).toEqual([...used].sort());
    expect(Object.keys(MUNICIPALITIES)).toHaveLength(98);
    expect(postal.get('4600')!.municipalityCode).toBe('259');
    expect(municipalityName('259')).toBe('Køge');
    expect(municipalityName('999')).toBeNull();
  });
});
