import { useTranslation } from 'react-i18next';
import { YOUTH_STEPS } from '../../../../../shared/domain/participants/constants.ts';
import type { PortalPerson } from '../api.ts';
import portal from '../portal.module.css';
import layout from '../../../ui/layout.module.css';
import { cx } from '../../../ui/cx.ts';

/**
 * Where the person is: the four youth steps with the current one marked (aria-current="step"), or
 * an adult's track in plain words.
 */
export function Ladder({ person }: { person: PortalPerson }) {
  const { t } = useTranslation();
  if (person.kind === 'adult') {
    return <p className={portal['portal-lead']}>{person.track ? t(`portal.tracks.${person.track}`) : t('portal.step.noneAdult')}</p>;
  }
  if (!person.step) return <p>{t('portal.step.none')}</p>;
  return (
    <>
      <p className={portal['portal-lead']}>{t('portal.step.youAreOn', { step: person.step })}</p>
      <ol className={portal['portal-ladder']} aria-label={t('portal.step.ladder')}>
        {YOUTH_STEPS.map((step) => {
          const current = step === person.step;
          const done = step < (person.step ?? 0);
          return (
            <li
              key={step}
              className={cx(
                portal['portal-ladder__step'],
                current ? portal['is-current'] : undefined,
                done ? portal['is-done'] : undefined,
              )}
              aria-current={current ? 'step' : undefined}
            >
              <span className={portal['portal-ladder__name']}>{t('portal.step.stepName', { step })}</span>
              {current && <span className={portal['portal-ladder__here']}>{t('portal.step.here')}</span>}
            </li>
          );
        })}
      </ol>
      <p className={layout.muted}>{t('portal.step.ladderLead')}</p>
    </>
  );
}
