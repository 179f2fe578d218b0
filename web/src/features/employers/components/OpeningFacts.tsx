import { useTranslation } from 'react-i18next';
import { ADULT_AGE } from '../../../../../shared/domain/employers/openings.ts';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate } from '../../../ui/format.ts';
import type { Opening } from '../api.ts';
import { formatMoney, formatNumber } from '../../../ui/format.ts';
import { StepLabel } from './OpeningBits.tsx';
import cards from '../../../ui/cards.module.css';
import employers from '../employers.module.css';
import { cx } from '../../../ui/cx.ts';

const FLAG_NAMES = [
  'lightWorkOnly',
  'machinesOrChemicals',
  'alcoholServed',
  'liftingOver12kg',
  'loneWork',
  'moneyHandling',
  'contactWithChildrenUnder15',
] as const;

/** An opening's facts as a description list: what, who, when, pay and the safety answers. */
export function OpeningFacts({ opening: o }: { opening: Opening }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const yes = (value: boolean) => (value ? t('employers.common.yes') : t('employers.common.no'));
  const ages =
    o.maxAge === null ? t('employers.facts.agesFrom', { min: o.minAge }) : t('employers.facts.ages', { min: o.minAge, max: o.maxAge });
  return (
    <dl className={cx(cards.facts, employers['emp-opening-facts'])}>
      <dt>{t('employers.fields.workplace')}</dt>
      <dd>
        {o.workplaceName}, {o.organisationName} ({o.workplacePostalCode})
      </dd>
      <dt>{t('employers.fields.kind')}</dt>
      <dd>{t(`employers.kinds.${o.kind}`)}</dd>
      <dt>{t('employers.fields.step')}</dt>
      <dd>
        <StepLabel step={o.ladderStep} />
      </dd>
      <dt>{t('employers.fields.tasks')}</dt>
      <dd className={employers['emp-pre-line']}>{o.tasks || '–'}</dd>
      {o.taskTags.length > 0 && (
        <>
          <dt>{t('employers.fields.taskTags')}</dt>
          <dd>{o.taskTags.map((a) => t(`employers.workAreas.${a}`)).join(', ')}</dd>
        </>
      )}
      <dt>{t('employers.fields.requirements')}</dt>
      <dd className={employers['emp-pre-line']}>{o.requirements || '–'}</dd>
      <dt>{t('employers.facts.ageLabel')}</dt>
      <dd>{ages}</dd>
      {o.minAge < ADULT_AGE && (
        <>
          <dt>{t('employers.fields.onlyOutOfCompulsorySchool')}</dt>
          <dd>{yes(o.onlyOutOfCompulsorySchool)}</dd>
        </>
      )}
      <dt>{t('employers.fields.hoursPerWeek')}</dt>
      <dd>{formatNumber(o.hoursPerWeek, locale)}</dd>
      {o.weeklySchedule.length > 0 && (
        <>
          <dt>{t('employers.schedule.title')}</dt>
          <dd>
            <ul className={employers['emp-plain-list']}>
              {o.weeklySchedule.map((e, i) => (
                <li key={i}>
                  {t('employers.facts.shift', {
                    day: t(`employers.weekdays.${e.weekday}`),
                    start: e.start,
                    end: e.end,
                    count: e.breakMinutes,
                  })}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      <dt>{t('employers.fields.places')}</dt>
      <dd>{o.places}</dd>
      <dt>{t('employers.facts.period')}</dt>
      <dd>
        {formatDate(o.startsOn, locale)} – {formatDate(o.endsOn, locale)}
      </dd>
      <dt>{t('employers.fields.wagePerHour')}</dt>
      <dd>
        {o.wagePerHour === null ? '–' : formatMoney(o.wagePerHour, locale)}
        {o.wagePayer && ` (${t(`employers.payers.${o.wagePayer}`)})`}
      </dd>
      <dt>{t('employers.fields.adultStaffPresent')}</dt>
      <dd>{yes(o.adultStaffPresent)}</dd>
      {FLAG_NAMES.map((name) => (
        <FlagFact key={name} label={t(`employers.flags.${name}`)} value={yes(o.flags[name])} />
      ))}
      {o.flags.machinesOrChemicals && (
        <FlagFact
          label={t('employers.flags.riskDate')}
          value={o.flags.riskAssessmentDoneOn ? formatDate(o.flags.riskAssessmentDoneOn, locale) : t('employers.facts.noRiskAssessment')}
        />
      )}
      {o.flags.contactWithChildrenUnder15 && (
        <FlagFact label={t('employers.flags.childProtectionCertificate')} value={yes(o.flags.childProtectionCertificate)} />
      )}
    </dl>
  );
}

function FlagFact({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
