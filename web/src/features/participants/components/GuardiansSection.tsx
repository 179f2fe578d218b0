import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GUARDIAN_RELATIONS } from '../../../../../shared/domain/participants/constants.ts';
import { createGuardianBody } from '../../../../../shared/schemas/guardians.ts';
import { api } from '../../../api.ts';
import { SelectInput, TextInput } from '../../../ui/fields.tsx';
import { Section } from '../../../ui/Page.tsx';
import { Notice } from '../../../ui/Status.tsx';
import { text, useForm } from '../../../lib/form.ts';
import { chosen } from '../../../lib/schemas.ts';
import { type Guardian, type Participant, paths } from '../api.ts';
import { useRefreshParticipants } from '../hooks.ts';
import { ConfirmButton } from '../../../ui/ConfirmDialog.tsx';
import { GuardianNotices } from './GuardianNotices.tsx';
import { Disclosure, Facts, SubForm } from './ui.tsx';
import participants from '../participants.module.css';

/** Youth's parents or custodians: who they are, how to reach them, and the job notices they sign. */
export function GuardiansSection({ p, writable }: { p: Participant; writable: boolean }) {
  const { t } = useTranslation();
  const refresh = useRefreshParticipants(p.programmeId);
  const [notice, setNotice] = useState<string | null>(null);
  const current = p.guardians.filter((g) => !g.removedAt);

  const remove = async (g: Guardian) => {
    setNotice(null);
    await api.delete(paths.guardian(p.programmeId, p.id, g.id));
    await refresh();
    setNotice(t('participants.guardians.removed', { name: g.name }));
  };

  return (
    <Section title={t('participants.guardians.title')} id="guardians">
      <Notice>{notice}</Notice>
      {current.length === 0 ? (
        <p>{t('participants.guardians.none')}</p>
      ) : (
        <ul className={participants['p-cards']}>
          {current.map((g) => (
            <li key={g.id} className={participants['p-card']}>
              <h3 className={participants['p-card__title']}>
                {g.name} <span className={participants['p-card__sub']}>({t(`participants.relations.${g.relation}`)})</span>
              </h3>
              <Facts
                items={[
                  [t('participants.fields.phone'), g.phone],
                  [t('participants.fields.email'), g.email],
                  [t('participants.fields.address'), g.address],
                  [t('participants.profile.portal'), g.hasPortalAccount ? t('participants.profile.hasPortal') : null],
                ]}
              />
              {writable && (
                <ConfirmButton
                  label={t('participants.guardians.remove', { name: g.name })}
                  title={t('participants.guardians.removeTitle', { name: g.name })}
                  confirmLabel={t('participants.guardians.removeConfirm')}
                  onConfirm={() => remove(g)}
                  small
                >
                  <p>{t('participants.guardians.removeBody')}</p>
                </ConfirmButton>
              )}
            </li>
          ))}
        </ul>
      )}
      {writable && (
        <Disclosure title={t('participants.guardians.addTitle')}>
          <AddGuardianForm p={p} onAdded={(name) => setNotice(t('participants.guardians.added', { name }))} />
        </Disclosure>
      )}
      <GuardianNotices p={p} guardians={current} writable={writable} />
    </Section>
  );
}

function AddGuardianForm({ p, onAdded }: { p: Participant; onAdded: (name: string) => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshParticipants(p.programmeId);
  const f = (key: string) => t(`participants.fields.${key}`);
  const optional = (data: FormData, name: string) => text(data, name).trim() || null;
  const form = useForm({
    id: 'guardian',
    schema: createGuardianBody,
    labels: { name: f('guardianName'), relation: f('relation'), phone: f('phone'), email: f('email'), address: f('address') },
    read: (data) => ({
      name: text(data, 'name'),
      relation: chosen(text(data, 'relation')),
      phone: optional(data, 'phone'),
      email: optional(data, 'email'),
      address: optional(data, 'address'),
    }),
    submit: async (body, element) => {
      await api.post(paths.guardians(p.programmeId, p.id), body);
      await refresh();
      onAdded(body.name);
      element.reset();
    },
  });

  return (
    <SubForm form={form} submitLabel={t('participants.guardians.addSubmit')}>
      <TextInput form={form} name="name" label={f('guardianName')} autoComplete="off" maxLength={200} isRequired />
      <SelectInput
        form={form}
        name="relation"
        label={f('relation')}
        placeholder={t('participants.form.choose')}
        options={GUARDIAN_RELATIONS.map((r) => ({ value: r, label: t(`participants.relations.${r}`) }))}
        isRequired
      />
      <TextInput
        form={form}
        name="phone"
        type="tel"
        label={f('phone')}
        description={t('participants.hints.guardianContact')}
        autoComplete="off"
        maxLength={20}
        width="medium"
      />
      <TextInput form={form} name="email" type="email" label={f('email')} autoComplete="off" maxLength={254} />
      <TextInput form={form} name="address" label={f('address')} autoComplete="off" maxLength={300} />
    </SubForm>
  );
}
