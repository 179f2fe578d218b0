import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Notice, QueryError } from '../../../ui/Status.tsx';
import { type Placement, myPlacementsQuery } from '../api.ts';
import { useAnswerProposal } from '../hooks.ts';
import layout from '../../../ui/layout.module.css';
import placementsCss from '../placements.module.css';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';

/**
 * Job proposals on `/mig`, in short plain Danish: "Ja tak" or "Nej tak". The person answers from
 * 15; below that a guardian answers for them (the server decides, through `allowedActions`).
 */
export function PortalProposals() {
  const { t } = useTranslation();
  const mine = useQuery(myPlacementsQuery);
  const [notice, setNotice] = useState<string | null>(null);
  const proposals = (mine.data?.placements ?? []).filter((p) => p.status === 'proposed');
  if (proposals.length === 0 && !notice) return null;
  return (
    <section className={cx(layout['portal-section'], 'portal-section--h2', placementsCss['pl-portal'])} aria-labelledby="proposals-title">
      <h2 id="proposals-title" className={layout['portal-section__title']}>
        {t('placements.portal.title')}
      </h2>
      <Notice>{notice}</Notice>
      {mine.isError && <QueryError error={mine.error} />}
      <ul className={placementsCss['pl-cards']}>
        {proposals.map((p) => (
          <Proposal key={p.id} p={p} onDone={setNotice} />
        ))}
      </ul>
    </section>
  );
}

function Proposal({ p, onDone }: { p: Placement; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const answer = useAnswerProposal(p);
  const name = p.participant?.firstName ?? '';
  const forChild = p.actingAs === 'guardian';
  const canAnswer = p.allowedActions.includes('accept');
  const reply = (yes: boolean) =>
    answer.mutate(yes ? { answer: 'yes' } : { answer: 'no', reason: 'not_interested' }, {
      onSuccess: () => onDone(t(yes ? 'placements.portal.saidYes' : 'placements.portal.saidNo', { title: p.opening.title })),
    });
  return (
    <li className={placementsCss['pl-card']}>
      <h3 className={placementsCss['pl-card__title']}>
        {t('placements.portal.jobAt', { title: p.opening.title, company: p.opening.organisationName })}
      </h3>
      {forChild && <p>{t('placements.portal.forChild', { name })}</p>}
      {canAnswer ? (
        <>
          <p>{forChild ? t('placements.portal.questionChild', { name }) : t('placements.portal.question')}</p>
          {answer.isError && <QueryError error={answer.error} />}
          <div className={placementsCss['pl-actions__buttons']}>
            <Button className={buttons.button} onPress={() => reply(true)}>
              {t('placements.portal.yes')}
              <span className={layout['visually-hidden']}>: {p.opening.title}</span>
            </Button>
            <Button className={cx(buttons.button, buttons['button--secondary'])} onPress={() => reply(false)}>
              {t('placements.portal.no')}
              <span className={layout['visually-hidden']}>: {p.opening.title}</span>
            </Button>
          </div>
        </>
      ) : (
        <p>{p.participantAcceptedAt ? t('placements.portal.waiting') : t('placements.portal.guardianAnswers')}</p>
      )}
    </li>
  );
}
