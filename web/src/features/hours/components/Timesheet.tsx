import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { addDays, weekday } from '../../../../../shared/domain/calendar/local-time.ts';
import { ApiError, api } from '../../../api.ts';
import { Section } from '../../../ui/Page.tsx';
import { Notice, QueryStatus } from '../../../ui/Status.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate } from '../../../ui/format.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { Disclosure } from '../../../ui/Disclosure.tsx';
import { formatNumber } from '../../../ui/format.ts';
import { copenhagenToday } from '../../../lib/today.ts';
import type { Placement } from '../../../lib/api/placements.ts';
import { keys, paths, type Shift, type ShiftResult, type Timesheet as Sheet, timesheetQuery, type Violation } from '../api.ts';
import { shiftPowers } from '../access.ts';
import { mondayOfWeek, shiftWeek, weekOf } from '../week.ts';
import { AddShiftForm, CorrectShiftForm, RejectShiftForm } from './ShiftForms.tsx';
import { RuleExceptionForm } from './RuleExceptionForm.tsx';
import { Violations } from './Violations.tsx';
import hoursCss from '../hours.module.css';
import alerts from '../../../ui/alerts.module.css';
import buttons from '../../../ui/buttons.module.css';
import forms from '../../../ui/forms.module.css';
import layout from '../../../ui/layout.module.css';
import { cx } from '../../../ui/cx.ts';

type SheetViolation = Sheet['violations'][number];

/** Rules that judge the week as a whole: a sum of several shifts, never one day's fault. */
const WEEK_RULES: ReadonlySet<string> = new Set(['school-week-hours', 'non-school-week-hours', 'weekly-hours', 'weekly-rest']);

/**
 * A week rule is shown on the week, naming the shifts that make up the total; any other violation
 * next to the latest of this placement's (live) shifts it involves. Violations involving none of
 * them (the person's other jobs) are shown for the whole week.
 */
function placeViolations(sheet: Sheet) {
  const order = sheet.days.flatMap((d) => d.shifts).filter((s) => s.status !== 'rejected');
  const byShift = new Map<string, Violation[]>();
  const week: SheetViolation[] = [];
  for (const v of sheet.violations) {
    const last = [...order].reverse().find((s) => v.shiftIds.includes(s.id));
    if (last && !WEEK_RULES.has(v.rule)) byShift.set(last.id, [...(byShift.get(last.id) ?? []), v]);
    else week.push(v);
  }
  return { byShift, week };
}

/**
 * The weekly timesheet of one placement (Monday–Sunday), for every party: the planned schedule,
 * the recorded shifts with status, corrections next to what they correct, the young-worker
 * violations next to the offending shift, and the actions the caller's part allows.
 */
export function Timesheet({ p, week }: { p: Placement; week: string }) {
  const { t } = useTranslation();
  const sheet = useQuery(timesheetQuery(p.programmeId, p.id, week));
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [kept, setKept] = useState<Violation[] | null>(null);
  const monday = mondayOfWeek(week);
  const locale = currentLocale();
  const powers = shiftPowers(p.actingAs, p.opening.kind);
  const active = p.status === 'active';
  const title = t('hours.sheet.weekTitle', {
    week: Number(week.slice(6)),
    from: formatDate(monday, locale),
    to: formatDate(addDays(monday, 6), locale),
  });
  const today = copenhagenToday();
  const defaultDate = today >= monday && today <= addDays(monday, 6) ? today : monday;

  // A shift that breaks a rule is kept but cannot be approved: a warning saying why, never a success.
  const done = (r: ShiftResult, ok: string) => {
    setError(null);
    const breaking = r.violations.filter((v) => !v.excepted);
    setKept(breaking.length > 0 ? breaking : null);
    setNotice(breaking.length > 0 ? null : ok);
  };

  return (
    <>
      <nav className={hoursCss['hours-weeknav']} aria-label={t('hours.sheet.weekNav')}>
        <Link to="." search={{ week: shiftWeek(week, -1) }} className={cx(buttons.button, buttons['button--secondary'])}>
          {t('hours.sheet.previous')}
        </Link>
        <Link to="." search={{ week: weekOf(today) }} className={cx(buttons.button, buttons['button--secondary'])}>
          {t('hours.sheet.thisWeek')}
        </Link>
        <Link to="." search={{ week: shiftWeek(week, 1) }} className={cx(buttons.button, buttons['button--secondary'])}>
          {t('hours.sheet.next')}
        </Link>
      </nav>
      <Section id={`week-${p.id}`} title={title}>
        <Notice>{notice}</Notice>
        {kept && (
          <div className={cx(alerts.alert, alerts['alert--warning'])} role="alert" data-testid="shift-kept-warning">
            <p>{t('hours.sheet.recordedWithViolations')}</p>
            <Violations violations={kept} />
          </div>
        )}
        {error && (
          <p className={forms.field__error} role="alert">
            {error}
          </p>
        )}
        <QueryStatus query={sheet} />
        {sheet.data && (
          <WeekBody
            p={p}
            sheet={sheet.data}
            canApprove={powers.approve && active}
            canRecord={powers.record && active}
            onNotice={(m) => {
              setError(null);
              setKept(null);
              setNotice(m);
            }}
            onError={(m) => {
              setNotice(null);
              setKept(null);
              setError(m);
            }}
            onResult={done}
          />
        )}
      </Section>
      {powers.record && active && (
        <Section id={`add-shift-${p.id}`} title={p.actingAs === 'participant' ? t('hours.sheet.submitOwn') : t('hours.sheet.add')}>
          {p.actingAs === 'participant' && <p className={forms.field__hint}>{t('hours.sheet.participantHint')}</p>}
          <AddShiftForm
            programmeId={p.programmeId}
            placementId={p.id}
            defaultDate={defaultDate}
            canApprove={powers.approve}
            title={p.actingAs === 'participant' ? t('hours.sheet.submitOwn') : t('hours.sheet.add')}
            onDone={(r) => done(r, r.shift.status === 'approved' ? t('hours.sheet.recordedApproved') : t('hours.sheet.recorded'))}
          />
        </Section>
      )}
      {!active && <p className={layout.muted}>{t('hours.sheet.notActive')}</p>}
      {active && !powers.record && p.actingAs === 'coordinator' && <p className={alerts.alert}>{t('hours.sheet.employerRecords')}</p>}
      {p.actingAs === 'coordinator' && p.participant && (
        <Section id={`exception-${p.id}`} title={t('hours.exception.title')}>
          <Disclosure title={t('hours.exception.title')}>
            <RuleExceptionForm
              programmeId={p.programmeId}
              participantId={p.participant.id}
              defaultDate={monday}
              onDone={() => setNotice(t('hours.exception.saved'))}
            />
          </Disclosure>
        </Section>
      )}
    </>
  );
}

type BodyProps = {
  p: Placement;
  sheet: Sheet;
  canApprove: boolean;
  canRecord: boolean;
  onNotice: (m: string) => void;
  onError: (m: string) => void;
  onResult: (r: ShiftResult, ok: string) => void;
};

function WeekBody({ p, sheet, canApprove, canRecord, onNotice, onError, onResult }: BodyProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const locale = currentLocale();
  const [busy, setBusy] = useState(false);
  const { byShift, week } = placeViolations(sheet);
  const times = (s: { startTime: string; endTime: string }) => t('hours.sheet.time', { start: s.startTime, end: s.endTime });
  const all = sheet.days.flatMap((d) => d.shifts);
  const replaced = new Set(all.filter((s) => s.correctsShiftId && s.status === 'approved').map((s) => s.correctsShiftId));
  // The shifts a week total is made of here: every live one of the week (other jobs' are not shown).
  const counted = all.filter((s) => s.status !== 'rejected' && !replaced.has(s.id));
  // The server judges each waiting shift as approval would (sheet.approval), so "Godkend" appears only
  // where approval can succeed, and a blocked shift says what blocks it.
  const approval = new Map(sheet.approval.map((a) => [a.shiftId, a]));
  const approvable = all.filter((s) => s.status === 'submitted' && approval.get(s.id)?.approvable === true);
  const dated = (id: string) => {
    const s = all.find((x) => x.id === id);
    return s ? `${t(`hours.weekdays.${weekday(s.workDate)}`)} ${formatDate(s.workDate, locale)} ${times(s)}` : '';
  };
  const refresh = () => queryClient.invalidateQueries({ queryKey: keys.hours(p.programmeId) });

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      onNotice(await work());
    } catch (error) {
      onError(errorMessage(t, error));
    } finally {
      await refresh();
      setBusy(false);
    }
  };
  const approveAll = () =>
    run(async () => {
      let count = 0;
      for (const s of approvable) {
        try {
          await api.post(paths.shiftAction(p.programmeId, s.id, 'approve'));
          count += 1;
        } catch (error) {
          if (!(error instanceof ApiError && error.code === 'shift_rules_violated')) throw error;
        }
      }
      const left = all.filter((s) => s.status === 'submitted').length - count;
      if (count === 0) return t('hours.sheet.approvedNone');
      return left > 0 ? t('hours.sheet.approvedSome', { count, left }) : t('hours.sheet.approvedAll', { count });
    });
  const asPlanned = () =>
    run(async () => {
      const r = await api.post<{ created: Shift[] }>(paths.asPlanned(p.programmeId, p.id, sheet.week));
      return t('hours.sheet.asPlannedDone', { count: r.created.length });
    });
  const approveOne = (s: Shift) =>
    run(async () => {
      await api.post(paths.shiftAction(p.programmeId, s.id, 'approve'));
      return t('hours.sheet.approvedOne');
    });
  const original = (id: string | null) => all.find((s) => s.id === id);

  return (
    <>
      <p>
        {t('hours.sheet.summary', {
          planned: formatNumber(sheet.plannedHours, locale),
          recorded: formatNumber(sheet.recordedHours, locale),
          approved: formatNumber(sheet.approvedHours, locale),
        })}
      </p>
      {week.length > 0 && (
        <div className={hoursCss['hours-weekrules']}>
          <h3 className={hoursCss['hours-subtitle']}>{t('hours.sheet.weekRules')}</h3>
          <Violations violations={week} />
          {counted.length > 0 && (
            <p className={layout.muted}>{t('hours.sheet.weekMadeUpOf', { shifts: counted.map((x) => dated(x.id)).join(', ') })}</p>
          )}
        </div>
      )}
      {canApprove && (
        <div className={buttons['form-actions']}>
          <Button className={buttons.button} isDisabled={busy || approvable.length === 0} onPress={() => void approveAll()}>
            {t('hours.sheet.approveAll')}
          </Button>
          <Button className={cx(buttons.button, buttons['button--secondary'])} isDisabled={busy} onPress={() => void asPlanned()}>
            {t('hours.sheet.asPlanned')}
          </Button>
        </div>
      )}
      {canApprove && <p className={forms.field__hint}>{t('hours.sheet.asPlannedHint')}</p>}
      <ol className={hoursCss['hours-days']}>
        {sheet.days.map((d) => {
          const dayTitle = `${t(`hours.weekdays.${weekday(d.date)}`)} ${formatDate(d.date, locale)}`;
          return (
            <li key={d.date} className={hoursCss['hours-day']}>
              <section aria-labelledby={`day-${p.id}-${d.date}`}>
                <h3 id={`day-${p.id}-${d.date}`} className={hoursCss['hours-day__title']}>
                  {dayTitle}
                </h3>
                {d.planned.length > 0 && (
                  <p className={layout.muted}>{t('hours.sheet.planned', { times: d.planned.map(times).join(', ') })}</p>
                )}
                {d.shifts.length === 0 ? (
                  <p className={layout.muted}>{t('hours.sheet.noShifts')}</p>
                ) : (
                  <ul className={hoursCss['hours-shifts']}>
                    {d.shifts.map((s) => {
                      const fixed = original(s.correctsShiftId);
                      const label = `${dayTitle} ${times(s)}`;
                      const live = s.status !== 'rejected' && !replaced.has(s.id);
                      return (
                        <li key={s.id} className={cx(hoursCss['hours-shift'], hoursCss[`hours-shift--${s.status}`])} data-testid="shift">
                          <p className={hoursCss['hours-shift__line']}>
                            <strong>{times(s)}</strong> · {t('hours.sheet.hours', { hours: formatNumber(s.hours, locale) })}
                            {s.breakMinutes > 0 && ` · ${t('hours.sheet.break', { minutes: s.breakMinutes })}`} ·{' '}
                            <span data-status={s.status}>{t(`hours.status.${s.status}`)}</span>
                          </p>
                          {s.correctsShiftId && (
                            <p className={layout.muted}>
                              {t('hours.sheet.correctionOf', {
                                times: fixed ? `${formatDate(fixed.workDate, locale)} ${times(fixed)}` : '',
                                reason: s.reason ?? '',
                              })}
                            </p>
                          )}
                          {(replaced.has(s.id) || (s.status === 'rejected' && !s.rejectedReason)) && (
                            <p className={layout.muted}>{t('hours.sheet.replaced')}</p>
                          )}
                          {s.status === 'rejected' && s.rejectedReason && (
                            <p className={layout.muted}>{t('hours.sheet.rejectedBecause', { reason: s.rejectedReason })}</p>
                          )}
                          <Violations violations={byShift.get(s.id) ?? []} />
                          {canApprove && s.status === 'submitted' && !approval.get(s.id)?.approvable && (
                            <div data-testid="shift-blocked">
                              <p className={layout.muted}>{t('hours.sheet.cannotApprove')}</p>
                              <Violations violations={approval.get(s.id)?.violations ?? []} />
                            </div>
                          )}
                          {canApprove && s.status === 'submitted' && approval.get(s.id)?.approvable && (
                            <div className={buttons['form-actions']}>
                              <Button
                                className={buttons.button}
                                isDisabled={busy}
                                onPress={() => void approveOne(s)}
                                aria-label={`${t('hours.sheet.approve')}: ${label}`}
                              >
                                {t('hours.sheet.approve')}
                              </Button>
                            </div>
                          )}
                          {canRecord && live && (
                            <Disclosure title={t('hours.sheet.correct')}>
                              <CorrectShiftForm
                                programmeId={p.programmeId}
                                shift={s}
                                label={`${t('hours.sheet.correct')}: ${label}`}
                                onDone={(r) => onResult(r, t('hours.sheet.corrected'))}
                              />
                            </Disclosure>
                          )}
                          {canApprove && s.status === 'submitted' && (
                            <Disclosure title={t('hours.sheet.reject')}>
                              <RejectShiftForm
                                programmeId={p.programmeId}
                                shift={s}
                                label={`${t('hours.sheet.reject')}: ${label}`}
                                onDone={() => onNotice(t('hours.sheet.rejected'))}
                              />
                            </Disclosure>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </section>
            </li>
          );
        })}
      </ol>
    </>
  );
}
