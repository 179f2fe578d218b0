import i18next, { LOCALES } from '../../i18n/index.ts';

type Bundle = { matching?: { validation?: object; errors?: object } };

/**
 * The shared form code translates codes as `validation.<code>` and `errors.<code>`. The matching
 * feature keeps its codes (round state, adjustments, legal rules) in its own catalogue and merges
 * them into those namespaces without overwriting a shared key, as the placements feature does.
 */
for (const locale of LOCALES) {
  const matching = (i18next.getResourceBundle(locale, 'translation') as Bundle).matching;
  if (!matching) continue;
  i18next.addResourceBundle(locale, 'translation', { validation: matching.validation ?? {}, errors: matching.errors ?? {} }, true, false);
}
