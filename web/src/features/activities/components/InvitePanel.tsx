import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button, Checkbox, Input, Label, SearchField, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api.ts';
import { CheckMark } from '../../../ui/fields.tsx';
import { Notice, QueryError } from '../../../ui/Status.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { participantListQueryOptions } from '../../../lib/api/participants.ts';
import { activityQuery, type ActivityDetail, keys, paths } from '../api.ts';
import layout from '../../../ui/layout.module.css';
import activitiesCss from '../activities.module.css';
import forms from '../../../ui/forms.module.css';
import choices from '../../../ui/choices.module.css';
import alerts from '../../../ui/alerts.module.css';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';

/**
 * Search the programme's participants by name and invite the ticked ones in one request. Ticks
 * survive a new search, so a coordinator can gather people from several searches.
 */
export function InvitePanel({ activity, programmeId }: { activity: ActivityDetail; programmeId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const headingId = useId();
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<Map<string, string>>(new Map());
  const [done, setDone] = useState('');
  const search = q.trim();
  const results = useQuery({ ...participantListQueryOptions(programmeId, { q: search }), enabled: search.length >= 2 });
  const onList = new Set(activity.participants.map((p) => p.participantId));

  const invite = useMutation({
    mutationFn: () =>
      api.post<{ invited: number; activity: ActivityDetail }>(paths.invitations(programmeId, activity.id), {
        participantIds: [...picked.keys()],
      }),
    onSuccess: async (r) => {
      queryClient.setQueryData(activityQuery(programmeId, activity.id).queryKey, r.activity);
      await queryClient.invalidateQueries({ queryKey: keys.activities(programmeId) });
      setPicked(new Map());
      setDone(t('activities.invite.done', { count: r.invited }));
    },
  });

  const toggle = (id: string, name: string, on: boolean) =>
    setPicked((current) => {
      const next = new Map(current);
      if (on) next.set(id, name);
      else next.delete(id);
      return next;
    });

  const people = results.data?.participants ?? [];
  return (
    <section className={cx(layout.section, activitiesCss['act-invite'])} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('activities.invite.title')}</h2>
      <SearchField className={forms.field} value={q} onChange={setQ}>
        <Label className={forms.field__label}>{t('activities.invite.search')}</Label>
        <Text slot="description" className={forms.field__hint}>
          {t('activities.invite.searchHint')}
        </Text>
        <Input className={cx(forms.input, forms['input--medium'])} />
      </SearchField>
      {results.isError && <QueryError error={results.error} />}
      {search.length >= 2 && results.isSuccess && (
        <fieldset className={forms.fieldset}>
          <legend className={forms.fieldset__legend}>{t('activities.invite.results')}</legend>
          {people.length === 0 && <p>{t('activities.invite.noResults')}</p>}
          <ul className={activitiesCss['act-invite__results']}>
            {people.map((p) => {
              const name = `${p.firstName} ${p.lastName}`;
              return (
                <li key={p.id}>
                  {onList.has(p.id) ? (
                    <span className={layout.muted}>
                      {name} {t('activities.invite.onList')}
                    </span>
                  ) : (
                    <Checkbox className={choices.checkbox} isSelected={picked.has(p.id)} onChange={(on) => toggle(p.id, name, on)}>
                      <CheckMark />
                      {name}
                    </Checkbox>
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
      {picked.size > 0 && <p className={layout.muted}>{[...picked.values()].join(', ')}</p>}
      {invite.isError && (
        <div className={cx(alerts.alert, alerts['alert--error'])} role="alert">
          <p>{errorMessage(t, invite.error)}</p>
        </div>
      )}
      <div className={buttons['form-actions']}>
        <Button
          className={buttons.button}
          onPress={() => picked.size > 0 && invite.mutate()}
          isDisabled={picked.size === 0 || invite.isPending}
        >
          {t('activities.invite.button', { count: picked.size })}
        </Button>
      </div>
      <Notice>{done || undefined}</Notice>
    </section>
  );
}
