import { SUPPRESSED_MARK } from '../domain/kpis/suppression.ts';

/**
 * Number formatting shared by the screen, the report and the chart labels, so "1.234,5" reads the
 * same in every output. Uses Intl (available in browsers and Node alike); no clock, no I/O.
 */
export function formatNumber(value: number | null, locale: 'da' | 'en' = 'da', maxFractionDigits = 1): string {
  if (value === null) return SUPPRESSED_MARK;
  return new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: maxFractionDigits }).format(value);
}

/** A share 0–1 as a percentage ("93 %" in Danish, "93%" in English). */
export function formatPercent(share: number | null, locale: 'da' | 'en' = 'da'): string {
  if (share === null) return SUPPRESSED_MARK;
  const n = formatNumber(Math.round(share * 1000) / 10, locale);
  return locale === 'da' ? `${n} %` : `${n}%`;
}
