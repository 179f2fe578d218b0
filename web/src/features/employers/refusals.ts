import { ApiError } from '../../api.ts';
import type { Locale } from '../../i18n/index.ts';

/** The young-worker refusals of a 422 `opening_not_legal`, in the UI language. */
export function refusalMessages(error: unknown, locale: Locale): string[] | undefined {
  if (!(error instanceof ApiError) || error.code !== 'opening_not_legal') return undefined;
  const refusals = (error.details as { refusals?: unknown } | undefined)?.refusals;
  if (!Array.isArray(refusals)) return undefined;
  return refusals
    .filter((r): r is { message: string; messageEn?: string } => typeof r === 'object' && r !== null && typeof r.message === 'string')
    .map((r) => (locale === 'en' && r.messageEn ? r.messageEn : r.message));
}

/** Error mapping shared by every form that can open an opening: the refusals, each its own line. */
export function openingErrorMapper(locale: Locale) {
  return (error: unknown) => {
    const messages = refusalMessages(error, locale);
    return messages ? { general: messages } : undefined;
  };
}
