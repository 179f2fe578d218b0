import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../../api.ts';
import { useSession } from '../../../components/SessionContext.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { formatClock, formatDate, formatNumber } from '../../../ui/format.ts';
import { Section } from '../../../ui/Page.tsx';
import { Notice, QueryStatus } from '../../../ui/Status.tsx';
import { type ApproveValidResult, keys, paths, pendingQuery } from '../api.ts';
import { weekOf } from '../week.ts';
import { Violations } from './Violations.tsx';
import hoursCss from '../hours.module.css';
import buttons from '../../../ui/buttons.module.css';
import forms from '../../../ui/forms.module.css';
import layout from '../../../ui/layout.module.css';
import { cx } from '../../../ui/cx.ts';

type Result = ApproveValidResult['results'][number];

/**
 * One programme's shifts waiting for the employer (or mentor), across all the company's young
 * people, with "approve all valid": one request for the shifts shown that the caller may approve.
 * The server checks each as a single approval would; a shift it leaves waiting keeps its reason
 * next to it, so the employer sees what to correct.
 */
function ProgrammePending({ programmeId, programmeName, named }: { programmeId: string; programmeName: string; named: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const client = useQueryClient();
  const pending = useQuery(pendingQuery(programmeId));
  const [results, setResults] = useState<Map<string, Result>>(new Map());
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shifts = pending.data?.shifts ?? [];
  const approvable = shifts.filter((s) => s.canApprove).map((s) => s.id);

  const approveAll = async () => {
    setBusy(true);
    setError(null);
    try {
      const res = await api.post<ApproveValidResult>(paths.approveValid(programmeId), { shiftIds: approvable });
      setResults(new Map(res.results.map((r) => [r.shiftId, r])));
      setNotice(t('hours.employer.approvedCount', { count: res.approved }));
      await client.invalidateQueries({ queryKey: keys.hours(programmeId) });
    } catch (err) {
      // Nothing approved: the server refuses (409) but still says, per shift, why.
      if (err instanceof ApiError && err.code === 'no_shift_approved') {
        setResults(new Map((err.details as { results: Result[] }).results.map((r) => [r.shiftId, r])));
      }
      setNotice(null);
      setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {named && <h3>{programmeName}</h3>}
      <QueryStatus query={pending} />
      <Notice>{notice}</Notice>
      {pending.isSuccess && shifts.length === 0 && <p className={layout.muted}>{t('hours.employer.noPending')}</p>}
      {shifts.length > 0 && (
        <>
          <ul className={hoursCss['hours-shifts']}>
            {shifts.map((s) => {
              const r = results.get(s.id);
              return (
                <li key={s.id} className={cx(hoursCss['hours-shift'], hoursCss['hours-shift--submitted'])}>
                  <p className={hoursCss['hours-shift__line']}>
                    <strong>{s.personName}</strong> · {s.openingTitle}
                  </p>
                  <p className={hoursCss['hours-shift__line']}>
                    {t('hours.employer.shiftLine', {
                      date: formatDate(s.workDate, locale),
                      start: formatClock(s.startTime, locale),
                      end: formatClock(s.endTime, locale),
                      hours: formatNumber(s.hours, locale),
                    })}
                  </p>
                  {r && !r.approved && (
                    <div role="alert">
                      <p className={forms.field__error}>{t([`errors.${r.code ?? 'generic'}`, 'errors.generic'])}</p>
                      <Violations violations={r.violations} />
                    </div>
                  )}
                  <p className={hoursCss['hours-shift__line']}>
                    <Link
                      to="/virksomhed/forloeb/$placementId/timer"
                      params={{ placementId: s.placementId }}
                      search={{ week: weekOf(s.workDate) }}
                      aria-label={t('hours.home.openFor', { name: s.personName, date: formatDate(s.workDate, locale) })}
                    >
                      {t('hours.home.open')}
                    </Link>
                  </p>
                </li>
              );
            })}
          </ul>
          {approvable.length > 0 && (
            <div className={buttons['form-actions']}>
              <Button className={buttons.button} isDisabled={busy} onPress={() => void approveAll()}>
                {t('hours.employer.approveAll', { count: approvable.length })}
              </Button>
            </div>
          )}
          {error && (
            <p className={forms.field__error} role="alert">
              {error}
            </p>
          )}
        </>
      )}
    </>
  );
}

/** The employer overview's hours: every programme where the caller is an employer contact or mentor. */
export function EmployerPendingHours() {
  const { t } = useTranslation();
  const me = useSession();
  const programmes = new Map<string, string>();
  for (const m of me.memberships) {
    if (m.role === 'employer_contact' || m.role === 'mentor') programmes.set(m.programmeId, m.programmeName);
  }
  if (programmes.size === 0) return null;
  return (
    <Section id="pending-hours" title={t('hours.employer.pendingTitle')}>
      {[...programmes].map(([id, name]) => (
        <ProgrammePending key={id} programmeId={id} programmeName={name} named={programmes.size > 1} />
      ))}
    </Section>
  );
}
