import { useTranslation } from 'react-i18next';
import { TALK_KINDS } from '../../../../../shared/domain/participants/constants.ts';
import { addDays } from '../../../../../shared/domain/calendar/local-time.ts';
import { createTalkBody } from '../../../../../shared/schemas/talks.ts';
import { api } from '../../../api.ts';
import { SelectInput, TextInput } from '../../../ui/fields.tsx';
import { DateInput } from '../../../ui/DateInputs.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { text, useForm } from '../../../lib/form.ts';
import { chosen } from '../../../lib/schemas.ts';
import { type Participant, paths } from '../api.ts';
import { useRefreshParticipants } from '../hooks.ts';
import { copenhagenToday } from '../../../lib/today.ts';
import { Fieldset } from './ParticipantFields.tsx';
import { RadioChoice, TextAreaInput } from '../../../ui/fields.tsx';
import { SubForm } from './ui.tsx';
import forms from '../../../ui/forms.module.css';

/**
 * Logs a talk and, optionally, the next step agreed in it (what, by when, who). Leaving the
 * next step's description empty logs the talk alone; more steps can follow in later talks.
 */
export function TalkForm({ p, owners, onAdded }: { p: Participant; owners: { id: string; name: string }[]; onAdded: () => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const refresh = useRefreshParticipants(p.programmeId);
  const f = (key: string) => t(`participants.talks.${key}`);
  const form = useForm({
    id: 'talk',
    schema: createTalkBody,
    labels: { heldOn: f('heldOn'), kind: f('kind'), summary: f('summary'), visibility: f('visibility'), nextSteps: f('nextStep') },
    read: (data) => {
      const description = text(data, 'stepDescription').trim();
      return {
        heldOn: text(data, 'heldOn'),
        kind: chosen(text(data, 'kind')),
        summary: text(data, 'summary'),
        visibility: text(data, 'visibility') || 'coordinators',
        nextSteps:
          description === '' ? [] : [{ description, dueOn: text(data, 'stepDueOn'), ownerUserId: chosen(text(data, 'stepOwner')) }],
      };
    },
    submit: async (body, element) => {
      await api.post(paths.talks(p.programmeId, p.id), body);
      await refresh();
      onAdded();
      element.reset();
    },
  });

  return (
    <SubForm form={form} submitLabel={f('addSubmit')}>
      <DateInput form={form} name="heldOn" label={f('heldOn')} defaultValue={copenhagenToday()} isRequired />
      <SelectInput
        form={form}
        name="kind"
        label={f('kind')}
        options={TALK_KINDS.map((k) => ({ value: k, label: t(`participants.talkKinds.${k}`) }))}
        defaultValue="follow_up"
        isRequired
      />
      <TextAreaInput form={form} name="summary" label={f('summary')} description={f('summaryHint')} maxLength={5000} rows={4} isRequired />
      <RadioChoice
        form={form}
        name="visibility"
        label={f('visibility')}
        options={[
          { value: 'coordinators', label: t('participants.visibilities.coordinators') },
          { value: 'job_centre', label: t('participants.visibilities.job_centre'), hint: f('visibilityJobCentreHint') },
        ]}
        defaultValue="coordinators"
      />
      <div id={form.fieldId('nextSteps')}>
        <Fieldset legend={f('nextStep')} hint={f('nextStepHint')}>
          {form.fieldErrors.nextSteps && <p className={forms.field__error}>{form.fieldErrors.nextSteps}</p>}
          <TextInput form={form} name="stepDescription" label={f('stepDescription')} maxLength={1000} />
          <DateInput form={form} name="stepDueOn" label={f('stepDueOn')} defaultValue={addDays(copenhagenToday(), 7)} />
          <SelectInput
            form={form}
            name="stepOwner"
            label={f('stepOwner')}
            options={owners.map((o) => ({ value: o.id, label: o.name }))}
            defaultValue={owners.some((o) => o.id === me.user.id) ? me.user.id : owners[0]?.id}
          />
        </Fieldset>
      </div>
    </SubForm>
  );
}
