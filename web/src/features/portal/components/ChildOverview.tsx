import { useTranslation } from 'react-i18next';
import type { PortalPerson } from '../api.ts';
import { ladderLabel } from '../vocab.ts';
import { ConsentSection } from './ConsentSection.tsx';
import { ItemList } from './ItemList.tsx';
import { PortalSection } from './PortalSection.tsx';
import portal from '../portal.module.css';
import layout from '../../../ui/layout.module.css';

/**
 * What a guardian sees of one child: their step, jobs, shifts, hours and consents (with give and
 * withdraw). The child's name is the h2, so a guardian of siblings can jump between them.
 */
export function ChildOverview({ child }: { child: PortalPerson }) {
  const { t } = useTranslation();
  const ladder = ladderLabel(t, child);
  const name = child.firstName;
  return (
    <section className={portal['portal-child']} aria-labelledby={`child-${child.id}-title`}>
      <h2 id={`child-${child.id}-title`} className={portal['portal-child__title']}>
        {`${child.firstName} ${child.lastName}`}
      </h2>
      <dl className={portal['portal-facts']}>
        <dt>{child.kind === 'youth' ? t('portal.child.step') : t('portal.child.track')}</dt>
        <dd>{ladder ?? <span className={layout.muted}>{t('portal.profile.none')}</span>}</dd>
        <dt>{t('portal.profile.programme')}</dt>
        <dd>{child.programmeName}</dd>
      </dl>
      <PortalSection id={`jobs-${child.id}`} title={t('portal.lists.jobsChild')} level={3}>
        <ItemList items={child.jobs} empty={t('portal.lists.noJobsChild', { name })} />
      </PortalSection>
      <PortalSection id={`shifts-${child.id}`} title={t('portal.lists.shiftsChild')} level={3}>
        <ItemList items={child.shifts} empty={t('portal.lists.noShiftsChild', { name })} />
      </PortalSection>
      <PortalSection id={`hours-${child.id}`} title={t('portal.lists.hoursChild')} level={3}>
        <ItemList items={child.hours} empty={t('portal.lists.noHours')} />
      </PortalSection>
      <ConsentSection person={child} perspective="child" level={3} />
    </section>
  );
}
