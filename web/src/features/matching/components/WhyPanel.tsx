import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, QueryError } from '../../../ui/Status.tsx';
import { whyQuery } from '../api.ts';
import { FactorTable, MissingFlags } from './Evidence.tsx';
import { PriorityCell, ruleBinding, ruleName, say } from './bits.tsx';
import matching from '../matching.module.css';
import layout from '../../../ui/layout.module.css';

type Props = { programmeId: string; openingId: string; participantId: string; label: string };

/**
 * "Hvorfor?" for one pair, fetched when opened (each read is audited, so not on page load): the
 * first rule it fails, every failure, and the fit factors.
 */
export function WhyPanel({ programmeId, openingId, participantId, label }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const why = useQuery({ ...whyQuery(programmeId, openingId, participantId), enabled: open });
  return (
    <details className={matching['mt-evidence']} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        {t('matching.why.link')}
        <span className={layout['visually-hidden']}> {label}</span>
      </summary>
      {why.isPending && open && <Loading />}
      {why.isError && <QueryError error={why.error} />}
      {why.data && (
        <div className="mt-why">
          <p>
            {why.data.whyNot
              ? t('matching.why.notIncluded', { rule: ruleName(t, why.data.whyNot.rule), message: say(why.data.whyNot) })
              : t('matching.why.included')}
          </p>
          {why.data.failures.length > 1 && (
            <>
              <p>{t('matching.why.failures')}</p>
              <ul>
                {why.data.failures.map((f) => (
                  <li key={f.code}>
                    {ruleName(t, f.rule)}: {say(f)} ({ruleBinding(t, f)})
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>
            {t('matching.common.score')}: {Math.round(why.data.score)} · {t('matching.common.priority')}:{' '}
            <PriorityCell priority={why.data.priority} />
          </p>
          <MissingFlags missing={why.data.missing} unchecked={why.data.unchecked} />
          <FactorTable factors={why.data.factors} />
        </div>
      )}
    </details>
  );
}
