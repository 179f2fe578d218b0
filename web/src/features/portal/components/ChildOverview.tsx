import { useTranslation } from 'react-i18next';
import type { PortalPerson } from '../api.ts';
import { ladderLabel } from '../vocab.ts';
import { ConsentSection } from './ConsentSection.tsx';
import { WorkSections } from './WorkSections.tsx';
import portal from '../portal.module.css';
import layout from '../../../ui/layout.module.css';

/**
 * What a guardian sees of one child: their step, jobs, next shifts, hours, earnings, activities and
 * consents (with give and withdraw). The child's name is the h2, so a guardian of siblings can jump
 * between them.
 */
export function ChildOverview({ child }: { child: PortalPerson }) {
  const { t } = useTranslation();
  const ladder = ladderLabel(t, child);
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
      <WorkSections person={child} perspective="child" />
      <ConsentSection person={child} perspective="child" level={3} />
    </section>
  );
}
