import { CHART_LABELS } from '../../../../shared/charts/labels.ts';
import i18next, { LOCALES } from '../../i18n/index.ts';

type Bundle = { outcomes?: { validation?: object; errors?: object } };

/**
 * The chart vocabulary (figure, outcome and payer names, chart titles) is shared with the server's
 * funder report, so it is merged in from shared/charts rather than copied into the catalogue; the
 * feature's own codes join the shared `validation.*` and `errors.*` namespaces without overwriting.
 */
for (const locale of LOCALES) {
  i18next.addResourceBundle(locale, 'translation', { outcomes: { vocab: CHART_LABELS[locale] } }, true, false);
  const outcomes = (i18next.getResourceBundle(locale, 'translation') as Bundle).outcomes;
  if (!outcomes) continue;
  i18next.addResourceBundle(locale, 'translation', { validation: outcomes.validation ?? {}, errors: outcomes.errors ?? {} }, true, false);
}
