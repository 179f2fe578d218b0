import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import { describeItem } from '../vocab.ts';
import portal from '../portal.module.css';

/**
 * Jobs, shifts, hours or activities as the API returns them, or one friendly sentence when there
 * are none. Nothing is invented: until later issues fill these lists, the empty sentence is what
 * people see.
 */
export function ItemList({ items, empty }: { items: readonly unknown[]; empty: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (items.length === 0) return <p className={portal['portal-empty']}>{empty}</p>;
  return (
    <ul className={portal['portal-items']}>
      {items.map((item, index) => {
        const { label, date } = describeItem(item);
        const when = date ? (/^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDate(date, locale) : formatDateTime(date, locale, false)) : null;
        return (
          // The items have no agreed id yet; their order is the API's.
          <li key={index} className={portal['portal-item']}>
            <span className={portal['portal-item__label']}>{label ?? t('portal.lists.unnamed')}</span>
            {when && <span className={portal['portal-item__meta']}>{when}</span>}
          </li>
        );
      })}
    </ul>
  );
}
