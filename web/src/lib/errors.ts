import type { TFunction } from 'i18next';
import i18next from 'i18next';
import { ApiError, type ValidationIssue } from '../api.ts';
import { currentLocale } from '../i18n/index.ts';
import { formatMoment } from '../ui/format.ts';

const KEY_LIKE = /^[a-z][a-z0-9_]*$/;

/** Values the server attaches to some errors, shaped for the catalogue's `{{placeholders}}`. */
function errorValues(error: ApiError): Record<string, unknown> {
  const details = typeof error.details === 'object' && error.details !== null ? (error.details as Record<string, unknown>) : {};
  const values: Record<string, unknown> = {};
  if (typeof details.lockedUntil === 'string') values.until = formatMoment(details.lockedUntil, currentLocale());
  if (typeof details.retryAfterSeconds === 'number') values.count = Math.max(1, Math.ceil(details.retryAfterSeconds / 60));
  return values;
}

/**
 * Turns any thrown value into one translated sentence. Unknown codes fall back to a generic
 * message rather than showing the server's English `message`, which is meant for developers.
 */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    // `conflict` names the clashing field (details.field), which gives a more useful sentence.
    const field = (error.details as { field?: unknown } | undefined)?.field;
    if (error.code === 'conflict' && typeof field === 'string' && KEY_LIKE.test(field) && i18next.exists(`errors.conflict_${field}`)) {
      return t(`errors.conflict_${field}`);
    }
    const key = `errors.${error.code}`;
    const values = errorValues(error);
    if (KEY_LIKE.test(error.code) && i18next.exists(key, values)) return t(key, values);
    if (error.status >= 500) return t('errors.server');
  }
  return t('errors.generic');
}

type IssueLike = Pick<ValidationIssue, 'code' | 'message'> & {
  minimum?: unknown;
  maximum?: unknown;
  format?: unknown;
  expected?: unknown;
  origin?: unknown;
};

/**
 * Zod issues from the client and `details.issues` from the server share this translation, so a
 * field reads the same whether the browser or the API caught the mistake.
 */
export function issueMessage(t: TFunction, issue: IssueLike, field: string, label: string, rawValue: unknown, isChoice = false): string {
  const empty = rawValue === undefined || rawValue === null || (typeof rawValue === 'string' && rawValue.trim() === '');
  if (empty) return t(isChoice ? 'validation.choose' : 'validation.required', { field: label });
  for (const candidate of [issue.message, issue.code]) {
    if (KEY_LIKE.test(candidate) && i18next.exists(`validation.${candidate}`)) {
      return t(`validation.${candidate}`, { field: label });
    }
  }
  switch (issue.code) {
    case 'invalid_format':
      if (issue.format === 'email' || field === 'email') return t('validation.email', { field: label });
      if (issue.format === 'date') return t('validation.date', { field: label });
      return t('validation.format', { field: label });
    case 'too_small':
      if (issue.origin === 'number') return t('validation.number_min', { field: label, min: issue.minimum });
      return typeof issue.minimum === 'number' && issue.minimum > 1
        ? t('validation.too_short', { field: label, count: issue.minimum })
        : t('validation.required', { field: label });
    case 'too_big':
      if (issue.origin === 'number') return t('validation.number_max', { field: label, max: issue.maximum });
      return typeof issue.maximum === 'number'
        ? t('validation.too_long', { field: label, count: issue.maximum })
        : t('validation.format', { field: label });
    case 'invalid_type':
      // A number field holding text: say so, rather than "choose a value".
      if (issue.expected === 'number') return t('validation.number', { field: label });
      return t('validation.choose', { field: label });
    case 'invalid_value':
      return t('validation.choose', { field: label });
    default:
      return t('validation.format', { field: label });
  }
}
