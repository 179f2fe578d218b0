import ExcelJS from 'exceljs';
import { chartTable } from '../../../shared/charts/table.ts';
import { CHART_LABELS } from '../../../shared/charts/labels.ts';
import { SUPPRESSED_MARK } from '../../../shared/domain/kpis/suppression.ts';
import type { ReportSnapshot } from './data.ts';
import text from './report.da.json' with { type: 'json' };

/** Danish sheet names per chart (Excel allows 31 characters and no []:*?/\). */
export const SHEET_NAMES: Record<string, string> = {
  targets: 'Mål',
  trend: 'Udvikling',
  hours: 'Timer pr. måned',
  outcomes: 'Resultater',
  steps: 'Trinskift',
  completion: 'Gennemførelse',
  hoursByPayer: 'Timer pr. betaler',
  mentorCosts: 'Mentorudgifter',
  funnel: 'Tragt',
};

const da = CHART_LABELS.da;
const cell = (v: number | null) => (v === null ? SUPPRESSED_MARK : v);

/**
 * The funder report as an Excel workbook: the same snapshot as the PDF, one sheet per table, in
 * Danish. Numbers stay numbers (so funders can sum them); a suppressed cell is the text "<5".
 */
export async function reportXlsx(s: ReportSnapshot): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Jobbro';
  const d = s.dashboard;

  const key = book.addWorksheet('Nøgletal');
  key.addRow([`${text.title}: ${s.programmeName}`]).font = { bold: true, size: 14 };
  key.addRow([`${d.period.from} – ${d.period.to}`, s.filtersText ?? text.noFilters]);
  key.addRow([]);
  key.addRow([text.figure, text.actual, text.target, text.progress]).font = { bold: true };
  for (const f of d.figures) {
    const row = key.addRow([da.figures[f.key], f.suppressed ? SUPPRESSED_MARK : f.value, f.target, f.targetProgress]);
    if (f.unit === 'percent') {
      row.getCell(2).numFmt = '0.0%';
      row.getCell(3).numFmt = '0.0%';
    }
    row.getCell(4).numFmt = '0.0%';
  }
  key.columns.forEach((c, i) => {
    c.width = i === 0 ? 40 : 16;
  });

  for (const spec of s.charts) {
    const sheet = book.addWorksheet(SHEET_NAMES[spec.id] ?? spec.id.slice(0, 31));
    const t = chartTable(spec, 'da');
    sheet.addRow([spec.title]).font = { bold: true };
    sheet.addRow(t.headers).font = { bold: true };
    for (const r of t.rows) sheet.addRow([r.label, ...r.values.map(cell)]);
    sheet.columns.forEach((c, i) => {
      c.width = i === 0 ? 36 : 18;
    });
  }

  const support = book.addWorksheet('Henvendelser');
  support.addRow([text.figure, da.count]).font = { bold: true };
  support.addRow([text.supportOpened, d.support.opened]);
  support.addRow([text.supportResolved, d.support.resolved]);
  support.addRow([`${text.supportMedian} (min.)`, d.support.medianResponseMinutes]);
  support.addRow([text.supportWithin, d.support.withinTarget]);
  support.columns.forEach((c, i) => {
    c.width = i === 0 ? 40 : 16;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
