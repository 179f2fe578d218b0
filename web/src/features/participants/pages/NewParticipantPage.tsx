import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { createParticipantBody, type CreateParticipantBody } from '../../../../../shared/schemas/participants.ts';
import { ApiError, api } from '../../../api.ts';
import { ErrorSummary } from '../../../ui/ErrorSummary.tsx';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Loading, QueryError } from '../../../ui/Status.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useForm } from '../../../lib/form.ts';
import { type Programme, programmeQuery } from '../../../queries.ts';
import { type DuplicateCandidate, type Participant, paths, type WorkArea, workAreasQuery } from '../api.ts';
import { canManageParticipants } from '../access.ts';
import { DuplicateWarning } from '../components/DuplicateWarning.tsx';
import { ParticipantFields } from '../components/ParticipantFields.tsx';
import { RadioChoice } from '../../../ui/fields.tsx';
import { type Kind, profileLabels, readProfile } from '../components/profileForm.ts';
import { useRefreshParticipants } from '../hooks.ts';
import { participantRoute } from '../params.ts';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';
import forms from '../../../ui/forms.module.css';
import participants from '../participants.module.css';

/** Intake: a new participant, youth or adult, with a duplicate check before anything is saved. */
export function NewParticipantPage() {
  const { t } = useTranslation();
  const me = useSession();
  const { programmeId } = participantRoute.create.useParams();
  const allowed = canManageParticipants(me, programmeId);
  const programme = useQuery({ ...programmeQuery(programmeId), enabled: allowed });
  const workAreas = useQuery({ ...workAreasQuery, enabled: allowed });
  if (!allowed) return <Forbidden />;

  return (
    <Page title={t('participants.new.title')} lead={t('participants.new.lead')}>
      <p>
        <Link to="/programmes/$programmeId/participants" params={{ programmeId }}>
          {t('participants.list.back')}
        </Link>
      </p>
      {(programme.isPending || workAreas.isPending) && <Loading />}
      {programme.isError && <QueryError error={programme.error} />}
      {workAreas.isError && <QueryError error={workAreas.error} />}
      {programme.data && workAreas.data && <IntakeForm programme={programme.data} workAreas={workAreas.data.workAreas} />}
    </Page>
  );
}

type Pending = { body: CreateParticipantBody; candidates: DuplicateCandidate[] };

function IntakeForm({ programme, workAreas }: { programme: Programme; workAreas: WorkArea[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefreshParticipants(programme.id);
  const [kind, setKind] = useState<Kind>('youth');
  const [duplicates, setDuplicates] = useState<Pending | null>(null);
  const [resolving, setResolving] = useState(false);
  const [resolveError, setResolveError] = useState<string | null>(null);
  const [createdId, setCreatedId] = useState<string | null>(null);

  const open = async (participantId: string) => {
    await refresh();
    await navigate({ to: '/programmes/$programmeId/participants/$participantId', params: { programmeId: programme.id, participantId } });
  };

  const form = useForm({
    id: 'participant',
    schema: createParticipantBody,
    labels: profileLabels(t),
    read: (data) => readProfile(data, kind, 'create', true),
    submit: async (body) => {
      try {
        const created = await api.post<Participant>(paths.list(programme.id), body);
        await open(created.id);
      } catch (error) {
        if (error instanceof ApiError && error.code === 'possible_duplicate') {
          const candidates = (error.details as { candidates?: DuplicateCandidate[] } | undefined)?.candidates ?? [];
          setResolveError(null);
          setDuplicates({ body, candidates });
          return;
        }
        throw error;
      }
    },
  });

  /** "Not a duplicate" (create anyway), or "the same person": create, then fold into the existing record. */
  const resolve = (mergeInto?: string) => {
    if (!duplicates || resolving) return;
    setResolving(true);
    setResolveError(null);
    const run = async () => {
      // After a failed merge the record exists already: never create it twice.
      const created = createdId
        ? { id: createdId }
        : await api.post<Participant>(paths.list(programme.id), { ...duplicates.body, confirmNotDuplicate: true });
      if (!mergeInto) return open(created.id);
      try {
        await api.post(paths.merge(programme.id, mergeInto), { otherId: created.id });
      } catch (error) {
        // The new record exists now: point to it, so the coordinator can look at both.
        setCreatedId(created.id);
        throw error;
      }
      return open(mergeInto);
    };
    run()
      .catch((error: unknown) => setResolveError(errorMessage(t, error)))
      .finally(() => setResolving(false));
  };

  /** Back to the form to correct it; focus lands on the first field, where corrections usually start. */
  const refocus = useRef(false);
  const dismiss = () => {
    setDuplicates(null);
    refocus.current = true;
  };
  useEffect(() => {
    if (duplicates || !refocus.current) return;
    refocus.current = false;
    const field = document.getElementById(form.fieldId('firstName'));
    (field?.matches('input') ? field : field?.querySelector('input'))?.focus();
  }, [duplicates, form]);

  const siteName = (id: string) => programme.sites.find((s) => s.id === id)?.name ?? '';

  return (
    <>
      {duplicates && (
        <DuplicateWarning
          programmeId={programme.id}
          candidates={duplicates.candidates}
          siteName={siteName}
          pending={resolving}
          error={resolveError}
          createdId={createdId}
          onCreate={resolve}
          onDismiss={dismiss}
        />
      )}
      <div hidden={duplicates !== null}>
        <Form className={cx(forms.form, participants['p-profile-form'])} onSubmit={form.handleSubmit} validationBehavior="aria">
          <ErrorSummary form={form} />
          <RadioChoice
            form={form}
            name="kind"
            label={t('participants.fields.kind')}
            options={[
              { value: 'youth', label: t('participants.kinds.youth'), hint: t('participants.hints.kindYouth') },
              { value: 'adult', label: t('participants.kinds.adult'), hint: t('participants.hints.kindAdult') },
            ]}
            value={kind}
            onChange={(value) => setKind(value === 'adult' ? 'adult' : 'youth')}
            isRequired
          />
          <ParticipantFields form={form} kind={kind} mode="create" sites={programme.sites} workAreas={workAreas} showPriority />
          <div className={buttons['form-actions']}>
            <SubmitButton pending={form.pending}>{t('participants.new.submit')}</SubmitButton>
          </div>
        </Form>
      </div>
    </>
  );
}
