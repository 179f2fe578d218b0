import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { createRoundBody } from '../../../../../shared/schemas/matching.ts';
import { api } from '../../../api.ts';
import { FormFrame } from '../../../ui/FormFrame.tsx';
import { Checkboxes, RadioChoice, TextInput, NumberInput } from '../../../ui/fields.tsx';
import { Loading } from '../../../ui/Status.tsx';
import { Disclosure } from '../../../ui/Disclosure.tsx';
import { text, useForm } from '../../../lib/form.ts';
import { type Opening, employerPaths } from '../../../lib/api/employers.ts';
import { useCreateRound } from '../api.ts';

/** An empty field is "not given"; anything else goes to the schema as a number (or stays text, to be refused). */
function numberOrUndefined(raw: string): number | string | undefined {
  const s = raw.trim().replace(',', '.');
  if (s === '') return undefined;
  return Number.isFinite(Number(s)) ? Number(s) : s;
}

/** The value of the "all open jobs" box among the openings (never an opening id, which is a UUID). */
const ALL_OPEN = 'all';

/**
 * People think of a share as a percentage: the form asks for 0–100 % and sends the API its 0–1 share.
 * `safeExtend` keeps the body's refinements (a choice of openings, or "all open jobs").
 */
const roundForm = createRoundBody.safeExtend({ lotteryShare: z.number().min(0).max(100).default(0) });

/** "Ny runde": the method, which open openings, an optional seed and the lottery share. */
export function NewRoundForm({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateRound(programmeId);
  const openings = useQuery({
    queryKey: ['programmes', programmeId, 'openings', 'list', 'open'],
    queryFn: () => api.get<{ openings: Opening[] }>(employerPaths.openings(programmeId), { status: 'open' }),
  });
  const labels = {
    mode: t('matching.rounds.mode'),
    openingIds: t('matching.rounds.openings'),
    seed: t('matching.rounds.seed'),
    lotteryShare: t('matching.rounds.lottery'),
  };
  const form = useForm({
    id: 'new-round',
    schema: roundForm,
    labels,
    read: (data) => {
      const ids = data.getAll('openingIds').map(String);
      return {
        mode: text(data, 'mode'),
        // "All open jobs" is a box of its own in the group: ticking nothing is refused, never read as every job.
        openingIds: ids.filter((id) => id !== ALL_OPEN),
        allOpenOpenings: ids.includes(ALL_OPEN),
        seed: numberOrUndefined(text(data, 'seed')),
        lotteryShare: numberOrUndefined(text(data, 'lotteryShare')),
      };
    },
    submit: async (body) => {
      const round = await create.mutateAsync({ ...body, lotteryShare: body.lotteryShare / 100 });
      await navigate({ to: '/programmes/$programmeId/matchrunder/$roundId', params: { programmeId, roundId: round.id } });
    },
  });
  if (openings.isPending) return <Loading />;
  return (
    <FormFrame form={form} label={t('matching.rounds.new')} submit={t('matching.rounds.submit')}>
      <RadioChoice
        form={form}
        name="mode"
        label={labels.mode}
        defaultValue="optimal"
        options={(['optimal', 'preference'] as const).map((m) => ({ value: m, label: t(`matching.modes.${m}`) }))}
        isRequired
      />
      <Checkboxes
        form={form}
        name="openingIds"
        label={labels.openingIds}
        description={t('matching.rounds.openingsHint')}
        options={[
          { value: ALL_OPEN, label: t('matching.rounds.allOpen') },
          ...(openings.data?.openings ?? []).map((o) => ({ value: o.id, label: `${o.title} · ${o.organisationName}` })),
        ]}
        columns
      />
      <NumberInput
        form={form}
        name="lotteryShare"
        label={labels.lotteryShare}
        description={t('matching.rounds.lotteryHint')}
        decimals
        defaultValue="0"
      />
      <Disclosure title={t('matching.rounds.advanced')}>
        <TextInput
          form={form}
          name="seed"
          label={labels.seed}
          description={t('matching.rounds.seedHint')}
          inputMode="numeric"
          width="medium"
        />
      </Disclosure>
    </FormFrame>
  );
}
