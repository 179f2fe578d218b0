import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ADULT_TRACKS, YOUTH_STEPS } from '../../../../../shared/domain/participants/constants.ts';
import { ladderChangeBody } from '../../../../../shared/schemas/participants.ts';
import { api } from '../../../api.ts';
import { SelectInput } from '../../../ui/fields.tsx';
import { DateInput } from '../../../ui/DateInputs.tsx';
import { Section } from '../../../ui/Page.tsx';
import { Notice } from '../../../ui/Status.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate } from '../../../ui/format.ts';
import { text, useForm } from '../../../lib/form.ts';
import { NO_VALUE } from '../../../lib/schemas.ts';
import { type LadderEvent, type Participant, paths, type TimelineItem } from '../api.ts';
import { useRefreshParticipants } from '../hooks.ts';
import { ladderLabel, timelineLabel } from '../vocab.ts';
import { copenhagenToday } from '../../../lib/today.ts';
import { TextAreaInput } from '../../../ui/fields.tsx';
import { Disclosure, SubForm } from './ui.tsx';
import participants from '../participants.module.css';
import layout from '../../../ui/layout.module.css';
import { cx } from '../../../ui/cx.ts';

function eventTarget(t: TFunction, e: LadderEvent): string {
  return e.kind === 'step'
    ? ladderLabel(t, { kind: 'youth', step: e.toStep, track: null })
    : ladderLabel(t, { kind: 'adult', step: null, track: e.toTrack });
}

/** One line of the journey, with the details the timeline item points to (reason, guardian, job). */
function Entry({ item, p }: { item: TimelineItem; p: Participant }) {
  const { t } = useTranslation();
  const label = timelineLabel(t, item.type, item.label);
  if (item.type === 'ladder') {
    const e = p.ladder.find((x) => x.id === item.ref);
    const intake = !e || e.reason === 'intake';
    // An adult may start, or end up, without a track: say so rather than "moved to no track".
    const noTrack = e?.kind === 'track' && !e.toTrack;
    const key = intake ? (noTrack ? 'intakeNoTrack' : 'intake') : noTrack ? 'trackRemoved' : 'ladder';
    return (
      <>
        <p className={participants['p-timeline__what']}>{t(`participants.timeline.${key}`, { label: e ? eventTarget(t, e) : label })}</p>
        {e && !intake && <p className={participants['p-timeline__detail']}>{t('participants.timeline.reason', { reason: e.reason })}</p>}
      </>
    );
  }
  const guardianOf = (id: string | undefined) => p.guardians.find((g) => g.id === id)?.name;
  const notice = p.guardianNotices.find((n) => n.id === item.ref);
  const talk = item.type === 'talk' ? p.talks.find((x) => x.id === item.ref) : undefined;
  const name = item.type === 'guardian_added' ? guardianOf(item.ref) : guardianOf(notice?.guardianId);
  return (
    <>
      <p className={participants['p-timeline__what']}>{t(`participants.timeline.${item.type}`, { label, name: name ?? '' })}</p>
      {notice?.jobDescription && <p className={participants['p-timeline__detail']}>{notice.jobDescription}</p>}
      {talk?.summary && <p className={cx(participants['p-timeline__detail'], participants['p-clamp'])}>{talk.summary}</p>}
    </>
  );
}

/** The journey: intake, every step or track change with its reason, talks, consents and guardians, in date order. */
export function JourneySection({ p, writable }: { p: Participant; writable: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [done, setDone] = useState<string | null>(null);
  return (
    <Section title={t('participants.timeline.title')} id="journey">
      <p>
        {t('participants.timeline.now')} <strong>{ladderLabel(t, p)}</strong>
      </p>
      {p.timeline.length === 0 ? (
        <p className={layout.muted}>{t('participants.timeline.empty')}</p>
      ) : (
        <ol className={participants['p-timeline']}>
          {p.timeline.map((item) => (
            <li
              key={`${item.type}-${item.ref}`}
              className={cx(participants['p-timeline__item'], participants[`p-timeline__item--${item.type}`])}
            >
              <p className={participants['p-timeline__date']}>{formatDate(item.date, locale)}</p>
              <Entry item={item} p={p} />
            </li>
          ))}
        </ol>
      )}
      <Notice>{done}</Notice>
      {writable && (
        <Disclosure title={t(p.kind === 'youth' ? 'participants.ladder.titleYouth' : 'participants.ladder.titleAdult')}>
          {/* A new version remounts the form, so its defaults follow the new step. */}
          <LadderForm key={p.version} p={p} onDone={setDone} />
        </Disclosure>
      )}
    </Section>
  );
}

function LadderForm({ p, onDone }: { p: Participant; onDone: (message: string | null) => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshParticipants(p.programmeId);
  const youth = p.kind === 'youth';
  const f = (key: string) => t(`participants.ladder.${key}`);
  const form = useForm({
    id: 'ladder',
    schema: ladderChangeBody,
    labels: { step: f('step'), track: f('track'), onDate: f('onDate'), reason: f('reason') },
    read: (data) => {
      const target = youth
        ? { step: Number(text(data, 'step')) || undefined }
        : { track: text(data, 'track') === NO_VALUE ? null : text(data, 'track') || undefined };
      return { ...target, onDate: text(data, 'onDate'), reason: text(data, 'reason'), version: p.version };
    },
    submit: async (body) => {
      onDone(null);
      const updated = await api.post<Participant>(paths.ladder(p.programmeId, p.id), body);
      onDone(t('participants.ladder.done', { label: ladderLabel(t, updated) }));
      await refresh();
    },
  });
  const nextStep = String(Math.min(4, (p.step ?? 0) + 1));

  return (
    <SubForm form={form} submitLabel={f('submit')}>
      {youth ? (
        <SelectInput
          form={form}
          name="step"
          label={f('step')}
          options={YOUTH_STEPS.map((s) => ({ value: String(s), label: t('participants.stepOf', { step: s }) }))}
          defaultValue={nextStep}
          isRequired
        />
      ) : (
        <SelectInput
          form={form}
          name="track"
          label={f('track')}
          placeholder={t('participants.form.choose')}
          options={[
            { value: NO_VALUE, label: t('participants.noTrack') },
            ...ADULT_TRACKS.map((tr) => ({ value: tr, label: t(`participants.tracks.${tr}`) })),
          ]}
          isRequired
        />
      )}
      <DateInput form={form} name="onDate" label={f('onDate')} description={f('onDateHint')} defaultValue={copenhagenToday()} isRequired />
      <TextAreaInput form={form} name="reason" label={f('reason')} description={f('reasonHint')} maxLength={1000} isRequired />
    </SubForm>
  );
}
