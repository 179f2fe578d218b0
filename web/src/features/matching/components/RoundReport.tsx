import { useTranslation } from 'react-i18next';
import { Section } from '../../../ui/Page.tsx';
import { Table } from '../../../ui/Table.tsx';
import type { RoundDetail } from '../api.ts';
import { percent, ruleName } from './bits.tsx';
import matching from '../matching.module.css';

type Report = NonNullable<RoundDetail['report']>;
type Names = { person: (id: string) => string; opening: (id: string) => string };

function RateTable({ caption, rows, keyLabel }: { caption: string; rows: Report['bySite']; keyLabel: (key: string) => string }) {
  const { t } = useTranslation();
  return (
    <Table caption={caption} showCaption>
      <thead>
        <tr>
          <th scope="col">{t('matching.round.group')}</th>
          <th scope="col">{t('matching.round.participants')}</th>
          <th scope="col">{t('matching.round.matched')}</th>
          <th scope="col">{t('matching.round.rate')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{keyLabel(r.key)}</th>
            <td>{r.participants}</td>
            <td>{r.matched}</td>
            <td>{percent(r.rate)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

const pair = (names: Names, p: { participantId: string; openingId: string }) =>
  `${names.person(p.participantId)} – ${names.opening(p.openingId)}`;

/** The round's report: who was left out and why, shares, rates per group, fill, stability and the diff. */
export function RoundReport({ report: r, names }: { report: Report; names: Names }) {
  const { t } = useTranslation();
  return (
    <>
      <Section title={t('matching.round.summary')} id="mt-summary">
        <dl className={matching['mt-facts']}>
          {(
            [
              ['participants', r.participants],
              ['openingsCount', r.openings],
              ['places', r.places],
              ['matched', r.matched],
              ['top1', `${r.top1.count} (${percent(r.top1.share)})`],
              ['top3', `${r.top3.count} (${percent(r.top3.share)})`],
              ['viaLottery', r.viaLottery],
              ['hiddenCount', r.hidden],
            ] as const
          ).map(([key, value]) => (
            <div key={key}>
              <dt>{t(`matching.round.${key}`)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section title={t('matching.round.unmatched')} id="mt-unmatched">
        {r.unmatched.length === 0 ? (
          <p>{t('matching.common.none')}</p>
        ) : (
          <Table caption={t('matching.round.unmatchedCaption')}>
            <thead>
              <tr>
                <th scope="col">{t('matching.common.name')}</th>
                <th scope="col">{t('matching.round.reason')}</th>
                <th scope="col">{t('matching.round.eligible')}</th>
                <th scope="col">{t('matching.round.byRule')}</th>
              </tr>
            </thead>
            <tbody>
              {r.unmatched.map((u) => (
                <tr key={u.participantId}>
                  <th scope="row">{u.name}</th>
                  <td>{t(`matching.unmatchedReasons.${u.reason}`)}</td>
                  <td>{u.eligibleOpenings}</td>
                  <td>
                    {Object.entries(u.byRule)
                      .map(([rule, n]) => `${ruleName(t, rule)} (${n})`)
                      .join(', ') || t('matching.common.noPriority')}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Section>
      <Section title={t('matching.round.rates')} id="mt-rates">
        <div className={matching['mt-rates']}>
          <RateTable caption={t('matching.round.bySite')} rows={r.bySite} keyLabel={(k) => k} />
          <RateTable
            caption={t('matching.round.byAgeBand')}
            rows={r.byAgeBand}
            keyLabel={(k) => t(`matching.ageBands.${k}`, { defaultValue: k })}
          />
          <RateTable caption={t('matching.round.byTier')} rows={r.byTier} keyLabel={(k) => t(`matching.tiers.${k}`, { defaultValue: k })} />
        </div>
      </Section>
      <Section title={t('matching.round.fill')} id="mt-fill">
        <Table caption={t('matching.round.fillCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('matching.common.opening')}</th>
              <th scope="col">{t('matching.round.capacity')}</th>
              <th scope="col">{t('matching.round.filled')}</th>
              <th scope="col">{t('matching.round.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {r.fill.map((f) => (
              <tr key={f.openingId}>
                <th scope="row">{f.title}</th>
                <td>{f.capacity}</td>
                <td>{f.filled}</td>
                <td>{percent(f.rate)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Section>
      {r.pins.notApplied.length > 0 && (
        <Section title={t('matching.round.pinsNotApplied')} id="mt-pins">
          <ul>
            {r.pins.notApplied.map((p) => (
              <li key={`${p.participantId}-${p.openingId}`}>
                {pair(names, p)}: {p.reason}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {r.blockingPairs && (
        <Section title={t('matching.round.blocking')} id="mt-blocking">
          <p>{t('matching.round.blockingLead')}</p>
          {r.blockingPairs.length === 0 ? (
            <p>{t('matching.common.none')}</p>
          ) : (
            <ul>
              {r.blockingPairs.map((p) => (
                <li key={`${p.participantId}-${p.openingId}`}>{pair(names, p)}</li>
              ))}
            </ul>
          )}
        </Section>
      )}
      {r.diff && (
        <Section title={t('matching.round.diff')} id="mt-diff">
          <p>{t('matching.round.unchanged', { count: r.diff.unchanged })}</p>
          {(['added', 'removed'] as const).map((side) => (
            <div key={side}>
              <h3 className={matching['mt-subtitle']}>{t(`matching.round.${side}`)}</h3>
              {r.diff![side].length === 0 ? (
                <p>{t('matching.common.none')}</p>
              ) : (
                <ul>
                  {r.diff![side].map((p) => (
                    <li key={`${p.participantId}-${p.openingId}`}>{pair(names, p)}</li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </Section>
      )}
    </>
  );
}
