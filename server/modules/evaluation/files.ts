import ExcelJS from 'exceljs';
import { CODEBOOK, codebookTable, type Cell, type EvaluationTable } from '../../../shared/domain/evaluation/codebook.ts';
import type { Dataset } from '../../../shared/domain/evaluation/dataset.ts';

/** Danish spreadsheet CSV (semicolons, decimal commas, a BOM), guarded against formula injection. */
function csvCell(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v).replace('.', ',');
  const guarded = /^[=+\-@]/.test(v) ? `'${v}` : v;
  return /[";\n\r]/.test(guarded) || guarded !== v ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function tableCsv(ds: Dataset, table: EvaluationTable): string {
  const columns = codebookTable(table).columns.map((c) => c.name);
  const lines = [columns.join(';'), ...ds[table].map((row) => columns.map((c) => csvCell(row[c] ?? null)).join(';'))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** One sheet per table, then "Kodebog": every column's name, type, meaning and allowed values. */
export async function datasetXlsx(ds: Dataset, meta: { keyName: string; generatedOn: string }): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const t of CODEBOOK) {
    const sheet = book.addWorksheet(t.sheet);
    sheet.columns = t.columns.map((c) => ({ header: c.name, key: c.name, width: Math.max(12, c.name.length + 2) }));
    for (const row of ds[t.name]) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
  }
  const code = book.addWorksheet('Kodebog');
  code.columns = [
    { header: 'Tabel', key: 'table', width: 14 },
    { header: 'Kolonne', key: 'column', width: 20 },
    { header: 'Type', key: 'type', width: 11 },
    { header: 'Betydning', key: 'da', width: 60 },
    { header: 'Meaning', key: 'en', width: 60 },
    { header: 'Tilladte værdier', key: 'allowed', width: 50 },
  ];
  for (const t of CODEBOOK) {
    for (const c of t.columns) {
      code.addRow({
        table: t.sheet,
        column: c.name,
        type: c.type,
        da: c.da,
        en: c.en,
        allowed: [...(c.allowed ?? []), ...(c.nullable ? ['(tom)'] : [])].join(', '),
      });
    }
  }
  code.getRow(1).font = { bold: true };
  code.addRow({});
  code.addRow({ table: 'Nøgle', column: meta.keyName, da: `Udtrukket ${meta.generatedOn}` });
  return Buffer.from(await book.xlsx.writeBuffer());
}
