import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createPortalCodeBody } from '../../../../../shared/schemas/portal.ts';
import { api } from '../../../api.ts';
import { SelectInput } from '../../../ui/fields.tsx';
import { Section } from '../../../ui/Page.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { text, useForm } from '../../../lib/form.ts';
import { type Participant, paths, type PortalCode } from '../api.ts';
import { fullName } from '../vocab.ts';
import { SubForm } from './ui.tsx';
import alerts from '../../../ui/alerts.module.css';
import participants from '../participants.module.css';
import layout from '../../../ui/layout.module.css';
import { cx } from '../../../ui/cx.ts';

/**
 * One-time codes that let the participant, or one of their guardians, create a portal login
 * (youth often have no e-mail). The code is shown once and only its hash is stored.
 */
export function PortalSection({ p }: { p: Participant }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [created, setCreated] = useState<(PortalCode & { name: string }) | null>(null);
  const f = (key: string) => t(`participants.portal.${key}`);
  const targets = [
    ...(p.hasPortalAccount ? [] : [{ value: 'participant', label: t('participants.portal.forParticipant', { name: fullName(p) }) }]),
    ...p.guardians
      .filter((g) => !g.removedAt && !g.hasPortalAccount)
      .map((g) => ({ value: g.id, label: t('participants.portal.forGuardian', { name: g.name }) })),
  ];
  const form = useForm({
    id: 'portal',
    schema: createPortalCodeBody,
    labels: { for: f('for') },
    read: (data) => {
      const target = text(data, 'for');
      return { for: target === 'participant' || target === '' ? target || undefined : { guardianId: target } };
    },
    submit: async (body) => {
      setCreated(null);
      const code = await api.post<PortalCode>(paths.portalCodes(p.programmeId, p.id), body);
      setCreated({
        ...code,
        name: targets.find((x) => x.value === (body.for === 'participant' ? 'participant' : body.for.guardianId))?.label ?? '',
      });
    },
  });

  return (
    <Section title={f('title')} id="portal">
      <p>{f('lead')}</p>
      {created && (
        <div className={cx(alerts.alert, alerts['alert--success'], 'p-code')} role="status">
          <p>{t('participants.portal.created', { name: created.name })}</p>
          <p className={cx(participants['p-code__value'], participants['p-mono'])}>{created.code}</p>
          <p>{t('participants.portal.expires', { date: formatDateTime(created.expiresAt, locale, false) })}</p>
        </div>
      )}
      {targets.length === 0 ? (
        <p className={layout.muted}>{f('allLinked')}</p>
      ) : (
        <SubForm form={form} submitLabel={f('submit')}>
          <SelectInput form={form} name="for" label={f('for')} options={targets} defaultValue={targets[0]?.value} isRequired />
        </SubForm>
      )}
    </Section>
  );
}
