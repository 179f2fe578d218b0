import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ageOn } from '../../../../../shared/domain/youth-rules/category.ts';
import { can } from '../../../access.ts';
import { Section } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate, formatNumber } from '../../../ui/format.ts';
import { type Participant, workAreasQuery } from '../api.ts';
import { availabilitySummary, workAreaName } from '../vocab.ts';
import { copenhagenToday } from '../../../lib/today.ts';
import { CprFacts } from './CprFacts.tsx';
import { Facts } from './ui.tsx';

/** Who the person is and what they want, as the record has it (only the categories the viewer may see). */
export function ProfileFacts({ p, siteName }: { p: Participant; siteName: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const locale = currentLocale();
  const workAreas = useQuery(workAreasQuery);
  const f = (key: string) => t(`participants.fields.${key}`);
  const yesNo = (v: boolean | null | undefined) => (v === true ? t('participants.yes') : v === false ? t('participants.no') : null);
  const list = (items: readonly string[] | undefined) => (items && items.length > 0 ? items.join(', ') : null);
  const date = (d: string | null | undefined) => (d ? formatDate(d, locale) : null);

  return (
    <Section title={t('participants.profile.factsTitle')} id="facts">
      <Facts
        items={[
          [
            f('birthDate'),
            t('participants.profile.birthDateAge', { date: formatDate(p.birthDate, locale), age: ageOn(p.birthDate, copenhagenToday()) }),
          ],
          [f('siteId'), siteName],
          [f('phone'), p.phone],
          [f('email'), p.email],
          [f('address'), p.address],
          [f('school'), p.school],
          [f('educationStatus'), p.educationStatus ? t(`participants.educationStatuses.${p.educationStatus}`) : null],
          [f('compulsorySchool'), yesNo(p.compulsorySchool)],
          [f('compulsorySchoolEndsOn'), date(p.compulsorySchoolEndsOn)],
          [f('interests'), list(p.interests?.map((code) => workAreaName(workAreas.data?.workAreas, code, locale)))],
          [f('skills'), list(p.skills)],
          [f('languages'), list(p.languages)],
          [f('availability'), p.availability ? availabilitySummary(t, p.availability) : null],
          [
            f('travelKm'),
            p.travelKm != null ? t('participants.profile.km', { count: p.travelKm, km: formatNumber(p.travelKm, locale) }) : null,
          ],
          [f('travelModes'), list(p.travelModes?.map((m) => t(`participants.travelModes.${m}`)))],
          [f('goals'), p.goals],
          [f('readinessNotes'), p.readinessNotes],
          [f('benefitType'), p.benefitType ? t(`participants.benefitTypes.${p.benefitType}`) : null],
          [
            f('maxWeeklyHours'),
            p.maxWeeklyHours != null
              ? t('participants.profile.hours', { count: p.maxWeeklyHours, hours: formatNumber(p.maxWeeklyHours, locale) })
              : null,
          ],
          [f('flexJobApproved'), yesNo(p.flexJobApproved)],
          [f('priority'), p.priority?.flagged ? [t('participants.yes'), p.priority.note].filter(Boolean).join(' – ') : null],
          [
            f('cpr'),
            p.cpr ? (
              <CprFacts
                programmeId={p.programmeId}
                participantId={p.id}
                cpr={p.cpr}
                canReveal={!p.anonymisedAt && can(me, 'participant.cpr.reveal', p.programmeId)}
              />
            ) : null,
          ],
          [t('participants.profile.portal'), p.hasPortalAccount ? t('participants.profile.hasPortal') : null],
        ]}
      />
    </Section>
  );
}
