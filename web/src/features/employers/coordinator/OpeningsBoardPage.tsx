import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPENING_STATUSES } from '../../../../../shared/domain/employers/openings.ts';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { QueryStatus } from '../../../ui/Status.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate } from '../../../ui/format.ts';
import { canManageOpenings, canReadCompanies, canReadOpenings } from '../access.ts';
import { type Opening, openingBoardQuery } from '../api.ts';
import { OpeningActions } from '../components/OpeningActions.tsx';
import { StepLabel } from '../components/OpeningBits.tsx';
import { useProgrammeName } from '../../../ui/useProgrammeName.ts';
import alerts from '../../../ui/alerts.module.css';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';
import employers from '../employers.module.css';
import employersLists from '../employers-lists.module.css';
import layout from '../../../ui/layout.module.css';

export function OpeningsBoardPage({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = canReadOpenings(me, programmeId);
  const board = useQuery({ ...openingBoardQuery(programmeId), enabled: allowed });
  const programmeName = useProgrammeName(programmeId);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The card that had focus may have moved column; the confirmation is the next sensible place.
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  if (!allowed) return <Forbidden />;

  const manage = canManageOpenings(me, programmeId);
  const columns = OPENING_STATUSES.map((status) => {
    const column = board.data?.columns.find((c) => c.status === status);
    return { status, count: column?.count ?? 0, openings: column?.openings ?? [] };
  });

  return (
    <Page title={t('employers.board.title')} lead={programmeName} wide>
      <p className={employers['emp-page-actions']}>
        {manage && (
          <Link to="/programmes/$programmeId/openings/new" params={{ programmeId }} search={{}} className={buttons.button}>
            {t('employers.board.new')}
          </Link>
        )}
        {canReadCompanies(me, programmeId) && (
          <Link
            to="/programmes/$programmeId/companies"
            params={{ programmeId }}
            className={cx(buttons.button, buttons['button--secondary'])}
          >
            {t('employers.companies.title')}
          </Link>
        )}
      </p>
      <div
        ref={noticeRef}
        tabIndex={-1}
        role="status"
        className={notice ? cx(alerts.alert, alerts['alert--success']) : layout['visually-hidden']}
      >
        {notice}
      </div>
      <QueryStatus query={board} />
      {board.isSuccess && (
        <div className={employersLists['emp-board']}>
          {columns.map((column) => (
            <section
              key={column.status}
              className={cx(employersLists['emp-board__column'], employersLists[`emp-board__column--${column.status}`])}
              aria-labelledby={`board-${column.status}`}
            >
              <h2 id={`board-${column.status}`} className={employersLists['emp-board__title']}>
                {t(`employers.board.columns.${column.status}`)} <span className={employersLists['emp-board__count']}>({column.count})</span>
              </h2>
              {column.openings.length === 0 ? (
                <p className={layout.muted}>{t('employers.board.emptyColumn')}</p>
              ) : (
                <ul className={employersLists['emp-board__cards']}>
                  {column.openings.map((o) => (
                    <BoardCard key={o.id} programmeId={programmeId} opening={o} manage={manage} onDone={setNotice} />
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      )}
    </Page>
  );
}

function BoardCard({
  programmeId,
  opening: o,
  manage,
  onDone,
}: {
  programmeId: string;
  opening: Opening;
  manage: boolean;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <li className={employersLists['emp-board-card']}>
      <h3 className={employersLists['emp-board-card__title']}>
        <Link to="/programmes/$programmeId/openings/$openingId" params={{ programmeId, openingId: o.id }}>
          {o.title}
        </Link>
      </h3>
      <p className={employersLists['emp-board-card__meta']}>{o.organisationName}</p>
      <p className={employersLists['emp-board-card__meta']}>
        {t(`employers.kinds.${o.kind}`)} · <StepLabel step={o.ladderStep} />
      </p>
      <p className={employersLists['emp-board-card__meta']}>
        {t('employers.board.starts', { date: formatDate(o.startsOn, locale) })} · {t('employers.board.places', { count: o.places })}
      </p>
      {o.status === 'proposed' && manage && <OpeningActions programmeId={programmeId} opening={o} onDone={onDone} />}
    </li>
  );
}
