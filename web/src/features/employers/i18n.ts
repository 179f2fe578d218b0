import i18next, { LOCALES } from '../../i18n/index.ts';

type Bundle = { employers?: { validation?: object; errors?: object } };

/**
 * The shared form code translates codes as `validation.<code>` and `errors.<code>`. The employer
 * feature keeps its codes (CVR checks, postal codes, opening rules) in its own catalogue and merges
 * them into those namespaces without overwriting a shared key, as the participants feature does.
 */
for (const locale of LOCALES) {
  const employers = (i18next.getResourceBundle(locale, 'translation') as Bundle).employers;
  if (!employers) continue;
  i18next.addResourceBundle(locale, 'translation', { validation: employers.validation ?? {}, errors: employers.errors ?? {} }, true, false);
}
