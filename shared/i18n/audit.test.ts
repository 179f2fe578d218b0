import { describe, expect, it } from 'vitest';
import { AUDIT_SUBJECT_TYPES } from '../schemas/audit.ts';
import { AUDIT_SUBJECT_LABELS, auditSubjectLabel } from './audit.ts';

/** Issue #16: the audit log showed subject types as codes and its filter took only the English code. */
describe('audit subject labels', () => {
  it('name every subject type the recorder accepts, in Danish and English, and nothing else', () => {
    for (const locale of ['da', 'en'] as const) {
      expect(Object.keys(AUDIT_SUBJECT_LABELS[locale]).sort()).toEqual([...AUDIT_SUBJECT_TYPES].sort());
      for (const type of AUDIT_SUBJECT_TYPES) {
        expect(auditSubjectLabel(type, locale)).not.toBe('');
        expect(auditSubjectLabel(type, locale)).not.toContain('_');
      }
      // Two types with one name could not be told apart in the filter.
      expect(new Set(Object.values(AUDIT_SUBJECT_LABELS[locale])).size).toBe(AUDIT_SUBJECT_TYPES.length);
    }
    expect(auditSubjectLabel('participant', 'da')).toBe('Deltager');
  });
});
