import { useTranslation } from 'react-i18next';
import type { Evidence as EvidenceFields } from '../api.ts';
import { factorLabel, ruleName, say } from './bits.tsx';
import matching from '../matching.module.css';
import layout from '../../../ui/layout.module.css';

type Props = Pick<EvidenceFields, 'factors' | 'missing' | 'unchecked' | 'overridden' | 'overrideReason'> & { label: string };

/** Missing-data flags, visible without opening anything: a neutral 0.5 is not a real fit. */
export function MissingFlags({ missing, unchecked }: Pick<EvidenceFields, 'missing' | 'unchecked'>) {
  const { t } = useTranslation();
  if (missing.length === 0 && unchecked.length === 0) return null;
  return (
    <ul className={matching['mt-flags']}>
      {missing.length > 0 && (
        <li className={matching['mt-flag']}>
          {t('matching.common.missingList', { list: missing.map((f) => factorLabel(t, f)).join(', ') })}
        </li>
      )}
      {unchecked.length > 0 && (
        <li className={matching['mt-flag']}>{t('matching.common.unchecked', { list: unchecked.map((r) => ruleName(t, r)).join(', ') })}</li>
      )}
    </ul>
  );
}

/** Every factor with its weight, value, points and the facts behind it, folded per row. */
export function FactorTable({ factors }: { factors: EvidenceFields['factors'] }) {
  const { t } = useTranslation();
  return (
    <table className={matching['mt-factors']}>
      <thead>
        <tr>
          <th scope="col">{t('matching.common.factor')}</th>
          <th scope="col">{t('matching.common.weight')}</th>
          <th scope="col">{t('matching.common.points')}</th>
          <th scope="col">{t('matching.common.what')}</th>
        </tr>
      </thead>
      <tbody>
        {factors.map((f) => (
          <tr key={f.factor} className={f.missing ? matching['mt-factors__missing'] : undefined}>
            <th scope="row">{factorLabel(t, f.factor)}</th>
            <td>{f.weight}</td>
            <td>{Math.round(f.points * 10) / 10}</td>
            <td>
              {say(f.evidence)}
              {f.missing && ` (${t('matching.common.missingData')})`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Evidence(props: Props) {
  const { t } = useTranslation();
  return (
    <details className={matching['mt-evidence']}>
      <summary>
        {t('matching.common.showEvidence')}
        <span className={layout['visually-hidden']}>: {props.label}</span>
      </summary>
      <FactorTable factors={props.factors} />
      {props.overridden.length > 0 && (
        <p>
          {t('matching.common.overridden', { list: props.overridden.map((r) => ruleName(t, r)).join(', ') })}
          {props.overrideReason && ` – ${props.overrideReason}`}
        </p>
      )}
    </details>
  );
}
