import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isoDate } from '../../../../../shared/schemas/common.ts';
import { api } from '../../../api.ts';
import { FormFrame } from '../../../ui/FormFrame.tsx';
import { Section } from '../../../ui/Page.tsx';
import { TextAreaInput, TextInput } from '../../../ui/fields.tsx';
import { Notice } from '../../../ui/Status.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate } from '../../../ui/format.ts';
import { text, useForm } from '../../../lib/form.ts';
import { Disclosure } from '../../../ui/Disclosure.tsx';
import { copenhagenToday } from '../../../lib/today.ts';
import { participantsKey } from '../../../lib/api/participants.ts';
import { type FollowUp, type PlacementDetail, keys, paths } from '../api.ts';
import { followUpLabel } from '../vocab.ts';
import placementsCss from '../placements.module.css';
import alerts from '../../../ui/alerts.module.css';
import { cx } from '../../../ui/cx.ts';
import layout from '../../../ui/layout.module.css';

const talkForm = z.object({ heldOn: isoDate, summary: z.string().trim().min(1, { error: 'text_required' }).max(5000) });

/**
 * The planned follow-up talks of a running placement. Recording one writes a talk on the person's
 * file (kind follow_up) and links it, so the conversation lives in one place.
 */
export function FollowUps({ p }: { p: PlacementDetail }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [notice, setNotice] = useState<string | null>(null);
  // A follow-up is held from the day it falls due (the server's rule, shared/domain/placements/dates.ts).
  const today = copenhagenToday();
  if (p.followUps.length === 0) return null;
  return (
    <Section id="follow-ups" title={t('placements.followUps.title')}>
      <Notice>{notice}</Notice>
      <ul className={placementsCss['pl-list']}>
        {p.followUps.map((f) => (
          <li key={f.id} className={placementsCss['pl-list__item']}>
            <p>
              <strong>{followUpLabel(t, f.code)}</strong> · {formatDate(f.dueOn, locale)}{' '}
              {f.completedAt ? (
                <span className={cx(alerts.badge, alerts['badge--accepted'])}>{t('placements.followUps.done')}</span>
              ) : f.cancelledAt ? (
                <span className={cx(alerts.badge, alerts['badge--expired'])}>{t('placements.followUps.cancelled')}</span>
              ) : f.overdue ? (
                <span className={cx(alerts.badge, placementsCss['pl-badge--warn'])}>{t('placements.followUps.overdue')}</span>
              ) : null}
            </p>
            {!f.completedAt && !f.cancelledAt && f.dueOn > today && (
              <p className={layout.muted}>{t('placements.followUps.notDueYet', { due: formatDate(f.dueOn, locale) })}</p>
            )}
            {!f.completedAt && !f.cancelledAt && f.dueOn <= today && (
              <Disclosure title={t('placements.followUps.record', { what: followUpLabel(t, f.code) })}>
                <TalkForm p={p} f={f} onDone={setNotice} />
              </Disclosure>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function TalkForm({ p, f, onDone }: { p: PlacementDetail; f: FollowUp; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    id: `follow-up-${f.id}`,
    schema: talkForm,
    labels: { heldOn: t('placements.followUps.heldOn'), summary: t('placements.followUps.summary') },
    read: (data) => ({ heldOn: text(data, 'heldOn'), summary: text(data, 'summary') }),
    submit: async (talk) => {
      await api.post(paths.completeFollowUp(p.programmeId, p.id, f.id), { talk });
      await queryClient.invalidateQueries({ queryKey: keys.placements(p.programmeId) });
      await queryClient.invalidateQueries({ queryKey: participantsKey(p.programmeId) });
      onDone(t('placements.followUps.recorded'));
    },
  });
  return (
    <FormFrame
      form={form}
      label={t('placements.followUps.record', { what: followUpLabel(t, f.code) })}
      submit={t('placements.followUps.save')}
    >
      <TextInput
        form={form}
        name="heldOn"
        type="date"
        label={t('placements.followUps.heldOn')}
        description={t('placements.followUps.heldOnHint', { due: formatDate(f.dueOn, currentLocale()) })}
        defaultValue={copenhagenToday()}
        isRequired
      />
      <TextAreaInput form={form} name="summary" label={t('placements.followUps.summary')} rows={3} isRequired />
    </FormFrame>
  );
}
