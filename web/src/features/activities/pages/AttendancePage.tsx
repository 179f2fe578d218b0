import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { formatLocalSpan } from '../../../ui/format.ts';
import { api } from '../../../api.ts';
import { CheckMark } from '../../../ui/fields.tsx';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Notice, QueryStatus } from '../../../ui/Status.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { canTakeAttendance } from '../access.ts';
import { attendanceQuery, type AttendanceSheet, keys, paths } from '../api.ts';
import activitiesCss from '../activities.module.css';
import buttons from '../../../ui/buttons.module.css';
import forms from '../../../ui/forms.module.css';
import choices from '../../../ui/choices.module.css';
import alerts from '../../../ui/alerts.module.css';
import { cx } from '../../../ui/cx.ts';
import { copenhagenToday } from '../../../lib/today.ts';
import { attendanceDateRefusal } from '../../../../../shared/domain/activities/attendance.ts';

/**
 * Attendance for one session, made for a phone: one large tick per registered person, "Alle til
 * stede" to tick everyone, and one save that sends every mark at once (the server is idempotent,
 * so saving twice is harmless). Nothing is sent until Save, so a slip of the thumb costs nothing.
 */
export function AttendancePage({ programmeId, activityId, sessionId }: { programmeId: string; activityId: string; sessionId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const queryClient = useQueryClient();
  const allowed = canTakeAttendance(me, programmeId);
  const sheet = useQuery({ ...attendanceQuery(programmeId, sessionId), enabled: allowed });
  const [marks, setMarks] = useState<Map<string, boolean> | null>(null);
  const [saved, setSaved] = useState(false);
  const locale = currentLocale();

  useEffect(() => {
    if (sheet.data && marks === null) setMarks(new Map(people(sheet.data).map((p) => [p.participantId, p.present ?? false])));
  }, [sheet.data, marks]);

  const save = useMutation({
    mutationFn: () =>
      api.put<AttendanceSheet>(paths.attendance(programmeId, sessionId), {
        marks: [...(marks ?? [])].map(([participantId, present]) => ({ participantId, present })),
      }),
    onSuccess: async (data) => {
      queryClient.setQueryData(attendanceQuery(programmeId, sessionId).queryKey, data);
      await queryClient.invalidateQueries({ queryKey: [...keys.activities(programmeId), 'one', activityId] });
      setSaved(true);
    },
  });

  if (!allowed) return <Forbidden />;
  const list = sheet.data ? people(sheet.data) : [];
  // The same rule the server applies: attendance is taken from the session's own day on.
  const notYet = sheet.data ? attendanceDateRefusal(sheet.data.startsAt.slice(0, 10), copenhagenToday()) !== null : false;
  const presentCount = [...(marks?.values() ?? [])].filter(Boolean).length;
  const set = (id: string, present: boolean) => {
    setSaved(false);
    setMarks((current) => new Map(current ?? []).set(id, present));
  };
  const allPresent = () => {
    setSaved(false);
    setMarks(new Map(list.map((p) => [p.participantId, true])));
  };

  return (
    <Page
      title={t('activities.attendance.title')}
      lead={sheet.data ? `${sheet.data.activityTitle} · ${formatLocalSpan(sheet.data, locale)}` : undefined}
    >
      <p>
        <Link to="/programmes/$programmeId/aktiviteter/$activityId" params={{ programmeId, activityId }}>
          {t('activities.attendance.back')}
        </Link>
      </p>
      <QueryStatus query={sheet} />
      {notYet && <p className={alerts.alert}>{t('activities.attendance.notYet')}</p>}
      {sheet.isSuccess && !notYet && list.length === 0 && <p>{t('activities.attendance.none')}</p>}
      {!notYet && list.length > 0 && marks && (
        <form
          className={activitiesCss['act-attendance']}
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <Button className={cx(buttons.button, buttons['button--secondary'], activitiesCss['act-attendance__all'])} onPress={allPresent}>
            {t('activities.attendance.all')}
          </Button>
          <fieldset className={activitiesCss['act-attendance__people']}>
            <legend className={forms.fieldset__legend}>{t('activities.attendance.list')}</legend>
            <ul className={activitiesCss['act-attendance__list']}>
              {list.map((p) => (
                <li key={p.participantId}>
                  <Checkbox
                    className={cx(choices.checkbox, activitiesCss['act-attendance__mark'])}
                    isSelected={marks.get(p.participantId) ?? false}
                    onChange={(on) => set(p.participantId, on)}
                  >
                    <CheckMark />
                    {p.name}
                  </Checkbox>
                </li>
              ))}
            </ul>
          </fieldset>
          <p className={activitiesCss['act-attendance__count']} aria-live="polite">
            {t('activities.attendance.count', { present: presentCount, total: list.length })}
          </p>
          {save.isError && (
            <div className={cx(alerts.alert, alerts['alert--error'])} role="alert">
              <p>{errorMessage(t, save.error)}</p>
            </div>
          )}
          <div className={cx(buttons['form-actions'], activitiesCss['act-attendance__save'])}>
            <SubmitButton pending={save.isPending}>{t('activities.attendance.save')}</SubmitButton>
          </div>
          <Notice>{saved ? t('activities.attendance.saved') : undefined}</Notice>
        </form>
      )}
    </Page>
  );
}

/** Registered people, plus anyone who already has a mark (an invited walk-in marked earlier). */
function people(sheet: AttendanceSheet) {
  return sheet.people.filter((p) => p.status === 'registered' || p.present !== null);
}
