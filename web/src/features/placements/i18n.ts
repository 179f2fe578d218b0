import i18next, { LOCALES } from '../../i18n/index.ts';

type Bundle = { placements?: { validation?: object; errors?: object } };

/**
 * The shared form code translates codes as `validation.<code>` and `errors.<code>`. The placements
 * feature keeps its codes (state machine refusals, guardian clearance, hotline) in its own catalogue
 * and merges them into those namespaces without overwriting a shared key, as the employers feature does.
 */
for (const locale of LOCALES) {
  const placements = (i18next.getResourceBundle(locale, 'translation') as Bundle).placements;
  if (!placements) continue;
  i18next.addResourceBundle(
    locale,
    'translation',
    { validation: placements.validation ?? {}, errors: placements.errors ?? {} },
    true,
    false,
  );
}
