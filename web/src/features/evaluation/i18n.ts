import i18next, { LOCALES } from '../../i18n/index.ts';

type Bundle = { evaluation?: { validation?: object; errors?: object } };

/** Merges the feature's validation and error texts into the shared namespaces, never overwriting a shared key. */
for (const locale of LOCALES) {
  const own = (i18next.getResourceBundle(locale, 'translation') as Bundle).evaluation;
  if (!own) continue;
  i18next.addResourceBundle(locale, 'translation', { validation: own.validation ?? {}, errors: own.errors ?? {} }, true, false);
}
