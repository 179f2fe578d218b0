import da from './audit.da.json' with { type: 'json' };
import en from './audit.en.json' with { type: 'json' };
import type { AuditSubjectType } from '../schemas/audit.ts';

/**
 * The audit subjects' names in both languages. The web's audit page and the server's access-request
 * document must name them alike, so they live here once rather than in each side's catalogue.
 */
export const AUDIT_SUBJECT_LABELS: Record<'da' | 'en', Record<AuditSubjectType, string>> = {
  da: da.subjectTypes,
  en: en.subjectTypes,
};

/** A subject type in words; a type from an older release (no longer recorded) shows as the generic word. */
export function auditSubjectLabel(type: string, locale: 'da' | 'en'): string {
  const labels: Record<string, string> = AUDIT_SUBJECT_LABELS[locale];
  return labels[type] ?? (locale === 'da' ? 'Andet' : 'Other');
}
