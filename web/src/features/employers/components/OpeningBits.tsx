import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { OpeningStatus } from '../../../../../shared/domain/employers/openings.ts';
import { Table } from '../../../ui/Table.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate } from '../../../ui/format.ts';
import type { Opening } from '../api.ts';
import alerts from '../../../ui/alerts.module.css';
import employersLists from '../employers-lists.module.css';
import layout from '../../../ui/layout.module.css';
import { cx } from '../../../ui/cx.ts';

export function StatusBadge({ status }: { status: OpeningStatus }) {
  const { t } = useTranslation();
  return <span className={cx(alerts.badge, employersLists[`badge--opening-${status}`])}>{t(`employers.statuses.${status}`)}</span>;
}

/** "Trin 3" for youth openings, nothing for adult ones (no ladder). */
export function StepLabel({ step }: { step: number | null }) {
  const { t } = useTranslation();
  return step === null ? <span className={layout.muted}>{t('employers.steps.none')}</span> : <>{t('employers.steps.short', { step })}</>;
}

/** A company's openings for the coordinator, newest first as the API sends them. */
export function OpeningsTable({ programmeId, openings, caption }: { programmeId: string; openings: Opening[]; caption: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Table caption={caption} minWidth="44rem">
      <thead>
        <tr>
          <th scope="col">{t('employers.fields.title')}</th>
          <th scope="col">{t('employers.fields.kind')}</th>
          <th scope="col">{t('employers.fields.step')}</th>
          <th scope="col">{t('employers.fields.status')}</th>
          <th scope="col">{t('employers.fields.startsOn')}</th>
          <th scope="col">{t('employers.fields.places')}</th>
        </tr>
      </thead>
      <tbody>
        {openings.map((o) => (
          <tr key={o.id}>
            <th scope="row">
              <Link to="/programmes/$programmeId/openings/$openingId" params={{ programmeId, openingId: o.id }}>
                {o.title}
              </Link>
            </th>
            <td>{t(`employers.kinds.${o.kind}`)}</td>
            <td className={layout.nowrap}>
              <StepLabel step={o.ladderStep} />
            </td>
            <td>
              <StatusBadge status={o.status} />
            </td>
            <td className={layout.nowrap}>{formatDate(o.startsOn, locale)}</td>
            <td>{o.places}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
