import { type ReactNode, useId } from 'react';
import tables from '../ui/tables.module.css';
import layout from '../ui/layout.module.css';

/**
 * A captioned table in a horizontally scrollable region. On phones wide tables scroll instead of
 * breaking the layout; the region is focusable so keyboard users can scroll it too (axe
 * `scrollable-region-focusable`).
 */
export function Table({
  caption,
  children,
  showCaption = false,
  minWidth,
}: {
  caption: string;
  children: ReactNode;
  showCaption?: boolean;
  /** For many-column tables: below this width the table scrolls rather than squeezing cells. */
  minWidth?: string;
}) {
  const captionId = useId();
  return (
    <div className={tables['table-wrap']} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={tables.table} style={minWidth ? { minWidth } : undefined}>
        <caption id={captionId} className={showCaption ? tables.table__caption : layout['visually-hidden']}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
