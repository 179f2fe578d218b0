import { ApiError } from '../../api.ts';
import type { Locale } from '../../i18n/index.ts';

const intlLocale: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 2 }).format(value);
}

export function formatMoney(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { style: 'currency', currency: 'DKK', maximumFractionDigits: 2 }).format(value);
}

/** Today in Denmark as YYYY-MM-DD, the default for dates people record. */
export function todayInDenmark(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(now);
}

/**
 * A number typed by a person: Danish decimal comma or point, spaces ignored. Empty gives '' (the
 * form then says the field is required) or null for optional fields; text that is not a number is
 * passed on as is, so the schema reports it as "not a number".
 */
export function readNumber(value: string, optional = false): number | string | null {
  const trimmed = value.replace(/\s+/g, '').replace(',', '.');
  if (trimmed === '') return optional ? null : '';
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : value;
}

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
