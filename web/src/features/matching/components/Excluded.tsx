import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../ui/Page.tsx';
import type { CandidateList } from '../api.ts';
import { ruleBinding, ruleName, say } from './bits.tsx';
import matching from '../matching.module.css';

type Meta = Pick<CandidateList, 'excluded' | 'hidden'>;
type Item = CandidateList['excluded']['items'][number];

/**
 * "Hvorfor ikke?": everyone left out, each with the first rule they fail in words, the counts per
 * rule, and the pairs a coordinator hid with their reason. `action` adds e.g. an override form.
 */
export function ExcludedSection({ meta, action }: { meta: Meta; action?: (item: Item) => ReactNode }) {
  const { t } = useTranslation();
  const byRule = Object.entries(meta.excluded.byRule).filter(([, n]) => n > 0);
  return (
    <>
      <Section title={t('matching.excluded.title')} id="mt-excluded">
        {meta.excluded.total === 0 ? (
          <p>{t('matching.common.none')}</p>
        ) : (
          <>
            <p>{t('matching.excluded.lead', { count: meta.excluded.total })}</p>
            <ul className={matching['mt-excluded']}>
              {meta.excluded.items.map((e) => (
                <li key={e.id} className={matching['mt-excluded__item']}>
                  <strong>{e.label}</strong>: <span className={matching['mt-rule']}>{ruleName(t, e.rule)}</span> – {say(e.failure)}{' '}
                  <span className={matching['mt-muted']}>({ruleBinding(t, e.failure)})</span>
                  {action?.(e)}
                </li>
              ))}
            </ul>
            {meta.excluded.truncated && <p>{t('matching.excluded.truncated')}</p>}
            <p>
              {t('matching.excluded.byRule')}: {byRule.map(([rule, n]) => `${ruleName(t, rule)} ${n}`).join(' · ')}
            </p>
          </>
        )}
      </Section>
      {meta.hidden.length > 0 && (
        <Section title={t('matching.hidden.title')} id="mt-hidden">
          <ul className={matching['mt-excluded']}>
            {meta.hidden.map((h) => (
              <li key={h.id}>
                <strong>{h.label}</strong>: {t('matching.hidden.reason')} – {h.reason}
                {h.excludedBy && ` (${ruleName(t, h.excludedBy)})`}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}
