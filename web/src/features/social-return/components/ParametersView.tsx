import { useTranslation } from 'react-i18next';
import { Table } from '../../../ui/Table.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatMoney, formatPercent } from '../../../ui/format.ts';
import { sourceText } from '../../../../../shared/domain/sroi/parameters.ts';
import type { ParameterSet } from '../api.ts';
import socialReturn from '../social-return.module.css';
import tables from '../../../ui/tables.module.css';

/** Read-only view of a set's latest values, for funders and evaluators. */
export function ParametersView({ set }: { set: ParameterSet }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const p = set.latest.parameters;
  const pct = (s: number) => formatPercent(s, locale);
  return (
    <section aria-labelledby="sr-view-heading">
      <h2 id="sr-view-heading">{t('socialReturn.params.heading', { version: set.latest.version })}</h2>
      <dl className={socialReturn['sr-figures']}>
        <div>
          <dt>{t('socialReturn.params.discountRate')}</dt>
          <dd>{pct(p.discountRate)}</dd>
        </div>
        <div>
          <dt>{t('socialReturn.params.deadweight')}</dt>
          <dd>{pct(p.deadweight)}</dd>
        </div>
        <div>
          <dt>{t('socialReturn.params.attribution')}</dt>
          <dd>{pct(p.attribution)}</dd>
        </div>
        <div>
          <dt>{t('socialReturn.params.dropOff')}</dt>
          <dd>{pct(p.dropOff)}</dd>
        </div>
        <div>
          <dt>{t('socialReturn.params.horizonYears')}</dt>
          <dd>{p.horizonYears}</dd>
        </div>
      </dl>
      <Table caption={t('socialReturn.params.values')} showCaption>
        <thead>
          <tr>
            <th scope="col">{t('socialReturn.view.kind')}</th>
            <th scope="col">{t('socialReturn.view.years')}</th>
            <th scope="col" className={tables.num}>
              {t('socialReturn.view.saved')}
            </th>
            <th scope="col" className={tables.num}>
              {t('socialReturn.view.tax')}
            </th>
            <th scope="col">{t('socialReturn.view.source')}</th>
          </tr>
        </thead>
        <tbody>
          {p.values.map((v, j) => (
            <tr key={j}>
              <td>{t(`socialReturn.kinds.${v.kind}`)}</td>
              <td>{v.toYear === null ? t('socialReturn.params.fromYear', { from: v.fromYear }) : `${v.fromYear}–${v.toYear}`}</td>
              <td className={tables.num}>{formatMoney(v.savedBenefitsPerYear, locale)}</td>
              <td className={tables.num}>{formatMoney(v.extraTaxPerYear, locale)}</td>
              <td>
                {v.example ? `${t('socialReturn.view.example')} ` : ''}
                {sourceText(v.source, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
