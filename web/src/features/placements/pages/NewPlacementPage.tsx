import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { createPlacementBody } from '../../../../../shared/schemas/placements.ts';
import { api } from '../../../api.ts';
import { FormFrame } from '../../../ui/FormFrame.tsx';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Loading } from '../../../ui/Status.tsx';
import { SelectInput, TextInput } from '../../../ui/fields.tsx';
import { text, useForm } from '../../../lib/form.ts';
import { employerPaths, type Opening } from '../../../lib/api/employers.ts';
import { participantListQueryOptions } from '../../../lib/api/participants.ts';
import { canManagePlacements } from '../access.ts';
import { keys, type PlacementDetail, paths } from '../api.ts';
import layout from '../../../ui/layout.module.css';

type Props = { programmeId: string; participantId?: string; openingId?: string };

/**
 * "Nyt forløb": propose a participant for an open opening. Reached from the placements list, an
 * opening's page or a participant's profile, which preselect their side. The employer is told.
 */
export function NewPlacementPage(props: Props) {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = canManagePlacements(me, props.programmeId);
  const people = useQuery({ ...participantListQueryOptions(props.programmeId, { status: 'active' }), enabled: allowed });
  const openings = useQuery({
    queryKey: ['programmes', props.programmeId, 'openings', 'list', 'open'],
    queryFn: () => api.get<{ openings: Opening[] }>(employerPaths.openings(props.programmeId), { status: 'open' }),
    enabled: allowed,
  });
  if (!allowed) return <Forbidden />;
  return (
    <Page title={t('placements.new.title')} lead={t('placements.new.lead')}>
      {people.isPending || openings.isPending ? (
        <Loading />
      ) : (
        <NewPlacementForm
          {...props}
          people={(people.data?.participants ?? []).map((x) => ({ value: x.id, label: `${x.firstName} ${x.lastName} (${x.age})` }))}
          openings={(openings.data?.openings ?? []).map((o) => ({ value: o.id, label: `${o.title} · ${o.organisationName}` }))}
        />
      )}
      <p className={layout['after-form']}>
        <Link to="/programmes/$programmeId/placements" params={{ programmeId: props.programmeId }}>
          {t('placements.list.title')}
        </Link>
      </p>
    </Page>
  );
}

type Option = { value: string; label: string };

function NewPlacementForm({ programmeId, participantId, openingId, people, openings }: Props & { people: Option[]; openings: Option[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const labels = {
    participantId: t('placements.fields.participant'),
    openingId: t('placements.fields.opening'),
    why: t('placements.new.why'),
  };
  const form = useForm({
    id: 'new-placement',
    schema: createPlacementBody,
    labels,
    read: (data) => {
      const why = text(data, 'why').trim();
      return {
        participantId: text(data, 'participantId'),
        openingId: text(data, 'openingId'),
        matchReasons: why ? [{ code: 'note', value: why }] : [],
      };
    },
    submit: async (body) => {
      const created = await api.post<PlacementDetail>(paths.placements(programmeId), body);
      await queryClient.invalidateQueries({ queryKey: keys.placements(programmeId) });
      await navigate({ to: '/programmes/$programmeId/placements/$placementId', params: { programmeId, placementId: created.id } });
    },
  });
  return (
    <FormFrame form={form} label={t('placements.new.title')} submit={t('placements.new.submit')}>
      <SelectInput
        form={form}
        name="participantId"
        label={labels.participantId}
        placeholder={t('employers.common.choose')}
        defaultValue={participantId}
        options={people}
        isRequired
      />
      <SelectInput
        form={form}
        name="openingId"
        label={labels.openingId}
        placeholder={t('employers.common.choose')}
        description={openings.length === 0 ? t('placements.new.noOpenings') : undefined}
        defaultValue={openingId}
        options={openings}
        isRequired
      />
      <TextInput form={form} name="why" label={labels.why} description={t('placements.new.whyHint')} maxLength={200} />
    </FormFrame>
  );
}
