import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorSummary } from '../../../ui/ErrorSummary.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { TextInput } from '../../../ui/fields.tsx';
import { text, useForm } from '../../../lib/form.ts';
import { useCreateSet } from '../api.ts';
import forms from '../../../ui/forms.module.css';
import buttons from '../../../ui/buttons.module.css';

/** A new parameter set starts from the documented default values (all marked as examples). */
export function CreateSetForm({ programmeId, onCreated }: { programmeId: string; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const create = useCreateSet(programmeId);
  const labels = { name: t('socialReturn.create.name') };
  const form = useForm({
    id: 'sroi-create',
    schema: z.object({ name: z.string().trim().min(1).max(120) }),
    labels,
    read: (data) => ({ name: text(data, 'name') }),
    submit: async (v) => onCreated((await create.mutateAsync(v)).id),
  });
  return (
    <Form className={forms.form} onSubmit={form.handleSubmit} validationBehavior="aria" aria-labelledby="sr-create-heading">
      <h2 id="sr-create-heading">{t('socialReturn.create.heading')}</h2>
      <p>{t('socialReturn.create.lead')}</p>
      <ErrorSummary form={form} />
      <TextInput form={form} name="name" label={labels.name} isRequired />
      <div className={buttons['form-actions']}>
        <SubmitButton pending={form.pending}>{t('socialReturn.create.submit')}</SubmitButton>
      </div>
    </Form>
  );
}
