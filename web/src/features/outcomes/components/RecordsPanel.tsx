import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../../shared/charts/format.ts';
import { Section } from '../../../ui/Page.tsx';
import { QueryStatus } from '../../../ui/Status.tsx';
import { Table } from '../../../ui/Table.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate } from '../../../ui/format.ts';
import { type OutcomeFilters, recordsQuery } from '../api.ts';
import buttons from '../../../ui/buttons.module.css';
import outcomes from '../outcomes.module.css';
import { cx } from '../../../ui/cx.ts';

/**
 * The records behind one figure (staff only; the server checks `outcomes.records` and audits the
 * read). Focus moves to the heading when it opens, so keyboard users land on the list.
 */
export function RecordsPanel({
  programmeId,
  filters,
  figure,
  onClose,
}: {
  programmeId: string;
  filters: OutcomeFilters;
  figure: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const records = useQuery(recordsQuery(programmeId, filters, figure));
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const heading = ref.current?.querySelector('h2');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }, [figure]);
  const name = t(`outcomes.vocab.figures.${figure}`);
  const date = (d: string | null) => (d ? formatDate(d, locale) : '–');
  return (
    <div ref={ref} className="oc-records">
      <Section
        id="oc-records"
        title={t('outcomes.records.title', { figure: name })}
        actions={
          <button type="button" className={cx(buttons.button, buttons['button--secondary'])} onClick={onClose}>
            {t('outcomes.records.close')}
          </button>
        }
      >
        <QueryStatus query={records} />
        {records.data && records.data.records.length === 0 && <p>{t('outcomes.records.none')}</p>}
        {records.data && records.data.records.length > 0 && (
          <Table caption={t('outcomes.records.caption', { figure: name, count: records.data.total })} showCaption>
            <thead>
              <tr>
                <th scope="col">{t('outcomes.records.person')}</th>
                <th scope="col">{t('outcomes.records.site')}</th>
                <th scope="col">{t('outcomes.records.placement')}</th>
                <th scope="col">{t('outcomes.records.countedOn')}</th>
                {figure === 'hours' && (
                  <th scope="col" className={outcomes['oc-num']}>
                    {t('outcomes.records.hours')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {records.data.records.map((r, i) => (
                <tr key={`${r.participantId}-${r.placementId ?? ''}-${i}`}>
                  <th scope="row">
                    {r.anonymised ? (
                      t('outcomes.records.anonymised')
                    ) : (
                      <Link
                        to="/programmes/$programmeId/participants/$participantId"
                        params={{ programmeId, participantId: r.participantId }}
                      >
                        {r.name}
                      </Link>
                    )}
                  </th>
                  <td>{r.siteName}</td>
                  <td>{r.placementTitle ? `${r.placementTitle}${r.workplaceName ? `, ${r.workplaceName}` : ''}` : '–'}</td>
                  <td>{date(r.countedOn)}</td>
                  {figure === 'hours' && <td className={outcomes['oc-num']}>{formatNumber(r.hours, locale)}</td>}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Section>
    </div>
  );
}
