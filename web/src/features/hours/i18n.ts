import i18next, { LOCALES } from '../../i18n/index.ts';

type Bundle = { hours?: { validation?: object; errors?: object } };

/**
 * The shared form code translates codes as `validation.<code>` and `errors.<code>`; the hours
 * feature keeps its codes in its own catalogue and merges them in without overwriting a shared key.
 */
for (const locale of LOCALES) {
  const hours = (i18next.getResourceBundle(locale, 'translation') as Bundle).hours;
  if (!hours) continue;
  i18next.addResourceBundle(locale, 'translation', { validation: hours.validation ?? {}, errors: hours.errors ?? {} }, true, false);
}
