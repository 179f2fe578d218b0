import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api.ts';
import { Section } from '../../../ui/Page.tsx';
import { Loading, Notice, QueryError } from '../../../ui/Status.tsx';
import { type DuplicateCandidate, type Participant, paths } from '../api.ts';
import { useRefreshParticipants } from '../hooks.ts';
import { fullName } from '../vocab.ts';
import { ConfirmButton } from '../../../ui/ConfirmDialog.tsx';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';
import participants from '../participants.module.css';
import { CandidateFacts } from './CandidateFacts.tsx';

/**
 * The data-protection tools for one record: the access-request export (GDPR art. 15), merging a
 * duplicate into this record, and erasure by anonymisation (art. 17). Each is audited server-side.
 */
export function DataSection({ p, siteName }: { p: Participant; siteName: (id: string) => string }) {
  const { t } = useTranslation();
  const refresh = useRefreshParticipants(p.programmeId);
  const [notice, setNotice] = useState<string | null>(null);
  const f = (key: string) => t(`participants.data.${key}`);
  const name = fullName(p);

  const anonymise = async () => {
    await api.post(paths.anonymise(p.programmeId, p.id));
    await refresh();
  };

  return (
    <Section title={f('title')} id="data">
      <Notice>{notice}</Notice>
      <h3>{f('exportTitle')}</h3>
      <p>{f('exportLead')}</p>
      <p className={participants['p-actions']}>
        <a href={paths.exportHtml(p.programmeId, p.id)} download className={cx(buttons.button, buttons['button--secondary'])}>
          {f('exportHtml')}
        </a>
        <a href={paths.exportJson(p.programmeId, p.id)} download className={cx(buttons.button, buttons['button--secondary'])}>
          {f('exportJson')}
        </a>
      </p>
      {!p.anonymisedAt && (
        <>
          <Duplicates p={p} siteName={siteName} onMerged={(other) => setNotice(t('participants.duplicates.merged', { name: other }))} />
          <h3>{f('anonymiseTitle')}</h3>
          <p>{f('anonymiseLead')}</p>
          <ConfirmButton
            label={f('anonymise')}
            title={t('participants.data.anonymiseQuestion', { name })}
            confirmLabel={f('anonymiseConfirm')}
            onConfirm={anonymise}
            danger
          >
            <p>{f('anonymiseBody')}</p>
            <p>
              <strong>{f('anonymiseFinal')}</strong>
            </p>
          </ConfirmButton>
        </>
      )}
    </Section>
  );
}

/** Possible duplicates are looked up on request only: each look-up is logged as a read of every candidate. */
function Duplicates({ p, siteName, onMerged }: { p: Participant; siteName: (id: string) => string; onMerged: (name: string) => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshParticipants(p.programmeId);
  const [asked, setAsked] = useState(false);
  const query = useQuery({
    queryKey: ['programmes', p.programmeId, 'participants', 'duplicates', p.id],
    queryFn: () => api.get<{ candidates: DuplicateCandidate[] }>(paths.duplicates(p.programmeId, p.id)),
    enabled: asked,
  });

  const merge = async (c: DuplicateCandidate) => {
    await api.post(paths.merge(p.programmeId, p.id), { otherId: c.id, version: p.version });
    await refresh();
    onMerged(fullName(c));
  };

  return (
    <>
      <h3>{t('participants.duplicates.title')}</h3>
      <p>{t('participants.duplicates.lead')}</p>
      {!asked ? (
        <Button className={cx(buttons.button, buttons['button--secondary'])} onPress={() => setAsked(true)}>
          {t('participants.duplicates.find')}
        </Button>
      ) : query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <QueryError error={query.error} />
      ) : query.data.candidates.length === 0 ? (
        <p role="status">{t('participants.duplicates.none')}</p>
      ) : (
        <ul className={participants['p-cards']} aria-live="polite">
          {query.data.candidates.map((c) => (
            <li key={c.id} className={participants['p-card']}>
              <CandidateFacts candidate={c} siteName={siteName} />
              <ConfirmButton
                label={t('participants.duplicates.mergeButton', { name: fullName(c) })}
                title={t('participants.duplicates.mergeTitle', { name: fullName(c) })}
                confirmLabel={t('participants.duplicates.mergeConfirm')}
                onConfirm={() => merge(c)}
                small
              >
                <p>{t('participants.duplicates.mergeBody', { name: fullName(c), into: fullName(p) })}</p>
              </ConfirmButton>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
