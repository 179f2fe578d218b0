import i18next, { LOCALES } from '../../i18n/index.ts';

type Bundle = { activities?: { validation?: object; errors?: object } };

/**
 * The shared form code translates codes as `validation.<code>` and `errors.<code>`. The activities
 * feature keeps its codes (activity_full, session_ends_before_start, …) in its own catalogue and
 * merges them into those namespaces without overwriting a shared key, as placements does.
 */
for (const locale of LOCALES) {
  const activities = (i18next.getResourceBundle(locale, 'translation') as Bundle).activities;
  if (!activities) continue;
  i18next.addResourceBundle(
    locale,
    'translation',
    { validation: activities.validation ?? {}, errors: activities.errors ?? {} },
    true,
    false,
  );
}
