import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import da from './da.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };

export const LOCALES = ['da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const STORAGE_KEY = 'jobbro.locale';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale the user picked on this device, if any (private mode may forbid storage). */
export function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function currentLocale(): Locale {
  return isLocale(i18next.resolvedLanguage) ? i18next.resolvedLanguage : 'da';
}

/**
 * Switches the UI language and keeps `<html lang>` in step, so screen readers pronounce the page
 * in the right language (WCAG 3.1.1). `remember` is false when the locale comes from the server.
 */
export async function applyLocale(locale: Locale, remember: boolean): Promise<void> {
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Storage unavailable: the choice lasts for this page load only.
    }
  }
  document.documentElement.lang = locale;
  if (i18next.resolvedLanguage !== locale) await i18next.changeLanguage(locale);
}

const initial = storedLocale() ?? 'da';
document.documentElement.lang = initial;

void i18next.use(initReactI18next).init({
  resources: { da: { translation: da }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'da',
  supportedLngs: LOCALES,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18next;
