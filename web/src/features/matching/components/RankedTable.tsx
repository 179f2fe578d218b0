import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Table } from '../../../ui/Table.tsx';
import type { Evidence as EvidenceFields } from '../api.ts';
import { Evidence, MissingFlags } from './Evidence.tsx';
import { ScoreCell } from './bits.tsx';
import matching from '../matching.module.css';

type Ranked = Pick<EvidenceFields, 'factors' | 'missing' | 'unchecked' | 'overridden' | 'overrideReason' | 'score'> & {
  rank: number;
  pinned: boolean;
};

type Props<R extends Ranked> = {
  caption: string;
  rows: readonly R[];
  rowKey: (row: R) => string;
  /** The ranked thing: the person (candidates) or the opening (a person's job suggestions). */
  subject: { header: string; cell: (row: R) => ReactNode; label: (row: R) => string };
  /** The column that differs: the person's priority, or the opening's competition. */
  extra: { header: string; cell: (row: R) => ReactNode };
  /** The coordinator's propose/adjust buttons; without it the actions column is left out. */
  actions?: (row: R) => ReactNode;
};

/**
 * The ranked table both ways round (candidates for an opening, openings for a person): rank and
 * pin, the subject as row header, score, one differing column, the evidence and the actions.
 */
export function RankedTable<R extends Ranked>({ caption, rows, rowKey, subject, extra, actions }: Props<R>) {
  const { t } = useTranslation();
  return (
    <Table caption={caption} minWidth="56rem">
      <thead>
        <tr>
          <th scope="col">{t('matching.common.rank')}</th>
          <th scope="col">{subject.header}</th>
          <th scope="col">{t('matching.common.score')}</th>
          <th scope="col">{extra.header}</th>
          <th scope="col">{t('matching.common.evidence')}</th>
          {actions && <th scope="col">{t('matching.common.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={rowKey(r)}>
            <td>
              {r.rank}
              {r.pinned && <span className={matching['mt-tag']}>{t('matching.common.pinned')}</span>}
            </td>
            <th scope="row">{subject.cell(r)}</th>
            <td>
              <ScoreCell score={r.score} />
            </td>
            <td>{extra.cell(r)}</td>
            <td>
              <MissingFlags missing={r.missing} unchecked={r.unchecked} />
              <Evidence {...r} label={subject.label(r)} />
            </td>
            {actions && <td className={matching['mt-actions']}>{actions(r)}</td>}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
