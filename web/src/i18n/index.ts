import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LOCALES = ['da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The device's language choice: the one thing in local storage that is not a person's (see `session.ts`). */
export const LOCALE_STORAGE_KEY = 'jobbro.locale';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale the user picked on this device, if any (private mode may forbid storage). */
export function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(LOCALE_STORAGE_KEY);
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
      localStorage.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      // Storage unavailable: the choice lasts for this page load only.
    }
  }
  document.documentElement.lang = locale;
  if (i18next.resolvedLanguage !== locale) await i18next.changeLanguage(locale);
}

type Catalogue = Record<string, unknown>;
const files = import.meta.glob<Catalogue>('./*.json', { eager: true, import: 'default' });

/**
 * `da.json`/`en.json` hold the shared strings; each feature keeps its own `<feature>.da.json` and
 * `<feature>.en.json` with one top-level key of its own, so features never edit one big file.
 */
function catalogue(locale: Locale): Catalogue {
  const merged: Catalogue = {};
  for (const [path, content] of Object.entries(files)) {
    if (path === `./${locale}.json` || path.endsWith(`.${locale}.json`)) Object.assign(merged, content);
  }
  return merged;
}

const initial = storedLocale() ?? 'da';
document.documentElement.lang = initial;

void i18next.use(initReactI18next).init({
  resources: { da: { translation: catalogue('da') }, en: { translation: catalogue('en') } },
  lng: initial,
  fallbackLng: 'da',
  supportedLngs: LOCALES,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18next;
