import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { updateParticipantBody } from '../../../../../shared/schemas/participants.ts';
import { api } from '../../../api.ts';
import { ErrorSummary } from '../../../ui/ErrorSummary.tsx';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Loading, QueryError } from '../../../ui/Status.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { useForm } from '../../../lib/form.ts';
import { type Programme, programmeQuery } from '../../../queries.ts';
import { type Participant, participantQuery, paths, type WorkArea, workAreasQuery } from '../api.ts';
import { canManageParticipants } from '../access.ts';
import { ParticipantFields } from '../components/ParticipantFields.tsx';
import { profileLabels, readProfile } from '../components/profileForm.ts';
import { useRefreshParticipants } from '../hooks.ts';
import { participantRoute } from '../params.ts';
import { fullName } from '../vocab.ts';
import forms from '../../../ui/forms.module.css';
import participants from '../participants.module.css';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';

/** Changes to the profile. Step and track change on the profile page, with a dated reason. */
export function EditParticipantPage() {
  const { t } = useTranslation();
  const me = useSession();
  const { programmeId, participantId } = participantRoute.edit.useParams();
  const allowed = canManageParticipants(me, programmeId);
  const participant = useQuery({ ...participantQuery(programmeId, participantId), enabled: allowed });
  const programme = useQuery({ ...programmeQuery(programmeId), enabled: allowed });
  const workAreas = useQuery({ ...workAreasQuery, enabled: allowed });
  if (!allowed) return <Forbidden />;

  const error = participant.error ?? programme.error ?? workAreas.error;
  const title = participant.data ? t('participants.edit.title', { name: fullName(participant.data) }) : t('participants.edit.titlePlain');
  return (
    <Page title={title}>
      <p>
        <Link to="/programmes/$programmeId/participants/$participantId" params={{ programmeId, participantId }}>
          {t('participants.profile.back')}
        </Link>
      </p>
      {error ? (
        <QueryError error={error} />
      ) : participant.data && programme.data && workAreas.data ? (
        participant.data.anonymisedAt ? (
          <p>{t('participants.profile.anonymised')}</p>
        ) : (
          <EditForm
            key={participant.data.version}
            participant={participant.data}
            programme={programme.data}
            workAreas={workAreas.data.workAreas}
          />
        )
      ) : (
        <Loading />
      )}
    </Page>
  );
}

function EditForm({ participant, programme, workAreas }: { participant: Participant; programme: Programme; workAreas: WorkArea[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefreshParticipants(programme.id);
  const showPriority = participant.priority !== undefined;
  const form = useForm({
    id: 'participant',
    schema: updateParticipantBody,
    labels: profileLabels(t),
    read: (data) => ({ ...readProfile(data, participant.kind, 'edit', showPriority), version: participant.version }),
    submit: async (body) => {
      await api.patch(paths.one(programme.id, participant.id), body);
      await refresh();
      await navigate({
        to: '/programmes/$programmeId/participants/$participantId',
        params: { programmeId: programme.id, participantId: participant.id },
      });
    },
  });

  return (
    <Form className={cx(forms.form, participants['p-profile-form'])} onSubmit={form.handleSubmit} validationBehavior="aria">
      <ErrorSummary form={form} />
      <ParticipantFields
        form={form}
        kind={participant.kind}
        mode="edit"
        sites={programme.sites}
        workAreas={workAreas}
        showPriority={showPriority}
        initial={participant}
      />
      <div className={buttons['form-actions']}>
        <SubmitButton pending={form.pending}>{t('participants.edit.submit')}</SubmitButton>
        <Link
          to="/programmes/$programmeId/participants/$participantId"
          params={{ programmeId: programme.id, participantId: participant.id }}
          className={cx(buttons.button, buttons['button--secondary'])}
        >
          {t('participants.cancel')}
        </Link>
      </div>
    </Form>
  );
}
