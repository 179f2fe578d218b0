import { useTranslation } from 'react-i18next';
import { Table } from '../../../ui/Table.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatMoney, formatNumber } from '../../../ui/format.ts';
import type { SroiResultView } from '../api.ts';
import socialReturn from '../social-return.module.css';
import tables from '../../../ui/tables.module.css';
import layout from '../../../ui/layout.module.css';

/**
 * The result with its assumptions beside it: a social-return figure without them invites
 * misreading. The sensitivity range is a table (low, calculated, high) with a simple bar for the
 * return per krone; the bar is decoration, the table carries the numbers.
 */
export function ResultPanel({ result }: { result: SroiResultView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const ratio = (r: number | null) => (r === null ? t('socialReturn.result.noCosts') : formatNumber(Math.round(r * 100) / 100, locale));
  const rows = [
    { key: 'low', label: t('socialReturn.result.low'), point: result.sensitivity.low },
    {
      key: 'base',
      label: t('socialReturn.result.base'),
      point: { netPresentValue: result.netPresentValue, returnPerKrone: result.returnPerKrone },
    },
    { key: 'high', label: t('socialReturn.result.high'), point: result.sensitivity.high },
  ];
  const max = Math.max(...rows.map((r) => r.point.returnPerKrone ?? 0), 0.0001);
  const lang = locale === 'en' ? 'en' : 'da';
  return (
    <section className={socialReturn['sr-result']} aria-labelledby="sr-result-heading">
      <div>
        <h2 id="sr-result-heading">{t('socialReturn.result.heading', { from: result.from, to: result.to, version: result.version })}</h2>
        <dl className={socialReturn['sr-figures']}>
          <div>
            <dt>{t('socialReturn.result.npv')}</dt>
            <dd data-testid="sr-npv">{formatMoney(Math.round(result.netPresentValue), locale)}</dd>
          </div>
          <div>
            <dt>{t('socialReturn.result.perKrone')}</dt>
            <dd data-testid="sr-ratio">{ratio(result.returnPerKrone)}</dd>
          </div>
          <div>
            <dt>{t('socialReturn.result.pvBenefits')}</dt>
            <dd>{formatMoney(Math.round(result.presentValueBenefits), locale)}</dd>
          </div>
          <div>
            <dt>{t('socialReturn.result.pvCosts')}</dt>
            <dd>{formatMoney(Math.round(result.presentValueCosts), locale)}</dd>
          </div>
        </dl>
        <Table caption={t('socialReturn.result.sensitivity')} showCaption>
          <thead>
            <tr>
              <th scope="col">{t('socialReturn.result.scenario')}</th>
              <th scope="col" className={tables.num}>
                {t('socialReturn.result.npv')}
              </th>
              <th scope="col" className={tables.num}>
                {t('socialReturn.result.perKrone')}
              </th>
              <th scope="col">
                <span className={layout['visually-hidden']}>{t('socialReturn.result.bar')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className={tables.num}>{formatMoney(Math.round(r.point.netPresentValue), locale)}</td>
                <td className={tables.num}>{ratio(r.point.returnPerKrone)}</td>
                <td>
                  <span
                    className={socialReturn['sr-bar']}
                    aria-hidden="true"
                    style={{ width: `${Math.max(0, ((r.point.returnPerKrone ?? 0) / max) * 100)}%` }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
        <Table caption={t('socialReturn.result.outcomes')} showCaption>
          <thead>
            <tr>
              <th scope="col">{t('socialReturn.result.year')}</th>
              <th scope="col">{t('socialReturn.result.outcome')}</th>
              <th scope="col" className={tables.num}>
                {t('socialReturn.result.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.outcomes.length === 0 && (
              <tr>
                <td colSpan={3}>{t('socialReturn.result.noOutcomes')}</td>
              </tr>
            )}
            {result.outcomes.map((o) => (
              <tr key={`${o.source}-${o.kind}-${o.year}`}>
                <td>{o.year}</td>
                <td>{t(`socialReturn.sources.${o.source}`, { kind: t(`socialReturn.kinds.${o.kind}`) })}</td>
                <td className={tables.num}>
                  {o.source === 'placement-time'
                    ? t('socialReturn.result.personYears', { n: formatNumber(Math.round(o.personYears * 100) / 100, locale) })
                    : t('socialReturn.result.people', { count: o.people })}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      <aside className={socialReturn['sr-assumptions']} aria-labelledby="sr-assumptions-heading">
        <h2 id="sr-assumptions-heading">{t('socialReturn.result.assumptions')}</h2>
        <ul>
          {result.assumptions.map((a) => (
            <li key={a.key} lang={lang}>
              {a[lang]}
            </li>
          ))}
        </ul>
      </aside>
    </section>
  );
}
