import type { ReactNode } from 'react';
import { Table } from './Table.tsx';
import layout from './layout.module.css';

/** One column: its header and how a row shows in it; `numeric` right-aligns figures. */
export type Column<Row> = {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Render this column's cells as row headers (`th scope="row"`), e.g. the person's name. */
  rowHeader?: boolean;
  numeric?: boolean;
};

type Props<Row> = {
  caption: string;
  showCaption?: boolean;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Shown instead of an empty table, so screen readers do not announce a table with no rows. */
  empty?: ReactNode;
  minWidth?: string;
};

/**
 * A list as a captioned table from column definitions, so list pages do not each repeat the
 * thead/tbody/th-scope markup. Built on `Table` (scrollable, focusable region on phones).
 */
export function DataTable<Row>({ caption, showCaption, columns, rows, rowKey, empty, minWidth }: Props<Row>) {
  if (rows.length === 0 && empty !== undefined) return <p>{empty}</p>;
  return (
    <Table caption={caption} showCaption={showCaption} minWidth={minWidth}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" className={c.numeric ? layout.nowrap : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((c) =>
              c.rowHeader ? (
                <th key={c.key} scope="row">
                  {c.cell(row)}
                </th>
              ) : (
                <td key={c.key} className={c.numeric ? layout.nowrap : undefined}>
                  {c.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
