import { describe, expect, it } from 'vitest';
import { isValidCvr } from '../../../../../shared/domain/identifiers/cvr.ts';
import da from '../../../i18n/employers.da.json' with { type: 'json' };
import en from '../../../i18n/employers.en.json' with { type: 'json' };

/** The hint shows people what to type: an example the form itself refuses would teach them wrong. */
describe('the CVR hint (issue #16 item 7)', () => {
  it.each([
    ['da', da.employers.newCompany.cvrHint],
    ['en', en.employers.newCompany.cvrHint],
  ])('%s example passes the mod-11 check', (_locale, hint) => {
    const example = /\b\d{8}\b/.exec(hint)?.[0];
    expect(example).toBeDefined();
    expect(isValidCvr(example ?? '')).toBe(true);
  });
});
