import i18next, { LOCALES } from '../../i18n/index.ts';

type Bundle = { participants?: { validation?: object; errors?: object }; portal?: { validation?: object; errors?: object } };

/**
 * The shared form code translates codes as `validation.<code>` and `errors.<code>`. This feature
 * keeps its codes in its own catalogues and merges them into those namespaces (never overwriting
 * a shared key), so no feature has to edit da.json/en.json.
 */
for (const locale of LOCALES) {
  const bundle = i18next.getResourceBundle(locale, 'translation') as Bundle;
  for (const feature of [bundle.participants, bundle.portal]) {
    if (!feature) continue;
    i18next.addResourceBundle(locale, 'translation', { validation: feature.validation ?? {}, errors: feature.errors ?? {} }, true, false);
  }
}
