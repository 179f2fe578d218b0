import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_METHODS, CONSENT_PURPOSES, DATA_CATEGORIES } from '../../../../../shared/domain/participants/constants.ts';
import { createConsentBody } from '../../../../../shared/schemas/consents.ts';
import { api } from '../../../api.ts';
import { SelectInput } from '../../../ui/fields.tsx';
import { DateInput } from '../../../ui/DateInputs.tsx';
import { text, useForm } from '../../../lib/form.ts';
import { chosen } from '../../../lib/schemas.ts';
import type { Programme } from '../../../queries.ts';
import { type Participant, paths } from '../api.ts';
import { useRefreshParticipants } from '../hooks.ts';
import { copenhagenToday } from '../../../lib/today.ts';
import { ageOn } from '../../../../../shared/domain/youth-rules/category.ts';
import { Checkboxes, RadioChoice } from '../../../ui/fields.tsx';
import { SubForm } from './ui.tsx';

/** The checkbox value that stands for every partner of the programme; partner ids are uuids. */
const ALL = 'all';

/** Records a consent given on paper, in the portal or by word of mouth; a renewal is a new consent. */
export function ConsentForm({
  p,
  partners,
  onGiven,
}: {
  p: Participant;
  partners: Programme['partners'];
  onGiven: (purpose: string) => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshParticipants(p.programmeId);
  const guardians = p.guardians.filter((g) => !g.removedAt);
  const [chosenGiver, setGivenBy] = useState<string | null>(null);
  // A minor's consent is a guardian's unless someone says otherwise: judged by age (not the kind of
  // participant) and on every render, so a guardian added after the form opened becomes the default.
  const minor = ageOn(p.birthDate, copenhagenToday()) < 18;
  const givenBy = chosenGiver ?? (minor && guardians.length > 0 ? 'guardian' : 'participant');
  const f = (key: string) => t(`participants.consents.${key}`);
  const form = useForm({
    id: 'consent',
    schema: createConsentBody,
    labels: {
      purpose: f('purpose'),
      dataCategories: f('categories'),
      organisationIds: f('organisations'),
      givenOn: f('givenOn'),
      givenBy: f('givenBy'),
      guardianId: f('guardian'),
      method: f('method'),
    },
    read: (data) => ({
      purpose: chosen(text(data, 'purpose')),
      dataCategories: data.getAll('dataCategories'),
      // "All" is a box of its own in the same group: ticking nothing is refused, never read as everyone.
      organisationIds: data.getAll('organisationIds').filter((id) => id !== ALL),
      allPartners: data.getAll('organisationIds').includes(ALL),
      givenOn: text(data, 'givenOn'),
      givenBy,
      guardianId: givenBy === 'guardian' ? (chosen(text(data, 'guardianId')) ?? null) : null,
      method: chosen(text(data, 'method')),
    }),
    submit: async (body, element) => {
      await api.post(paths.consents(p.programmeId, p.id), body);
      await refresh();
      onGiven(body.purpose);
      element.reset();
      setGivenBy(null);
    },
  });

  return (
    <SubForm form={form} submitLabel={f('addSubmit')}>
      <SelectInput
        form={form}
        name="purpose"
        label={f('purpose')}
        placeholder={t('participants.form.choose')}
        options={CONSENT_PURPOSES.map((v) => ({ value: v, label: t(`participants.purposes.${v}`) }))}
        isRequired
      />
      <Checkboxes
        form={form}
        name="dataCategories"
        label={f('categories')}
        description={f('categoriesHint')}
        options={DATA_CATEGORIES.map((v) => ({ value: v, label: t(`participants.dataCategories.${v}`) }))}
      />
      <Checkboxes
        form={form}
        name="organisationIds"
        label={f('organisations')}
        description={f('organisationsHint')}
        options={[{ value: ALL, label: f('allPartnersChoice') }, ...partners.map((o) => ({ value: o.id, label: o.name }))]}
      />
      <DateInput form={form} name="givenOn" label={f('givenOn')} defaultValue={copenhagenToday()} isRequired />
      {guardians.length > 0 && (
        <RadioChoice
          form={form}
          name="givenBy"
          label={f('givenBy')}
          options={[
            { value: 'participant', label: f('byParticipant') },
            { value: 'guardian', label: f('byGuardianChoice') },
          ]}
          value={givenBy}
          onChange={setGivenBy}
          orientation="horizontal"
        />
      )}
      {givenBy === 'guardian' && guardians.length > 0 && (
        <SelectInput
          form={form}
          name="guardianId"
          label={f('guardian')}
          placeholder={t('participants.form.choose')}
          options={guardians.map((g) => ({ value: g.id, label: g.name }))}
          defaultValue={guardians.length === 1 ? guardians[0]?.id : undefined}
          isRequired
        />
      )}
      <SelectInput
        form={form}
        name="method"
        label={f('method')}
        placeholder={t('participants.form.choose')}
        options={CONSENT_METHODS.map((v) => ({ value: v, label: t(`participants.consentMethods.${v}`) }))}
        defaultValue="paper"
        isRequired
      />
    </SubForm>
  );
}
