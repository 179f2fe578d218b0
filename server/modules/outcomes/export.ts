import ExcelJS from 'exceljs';
import { FIGURE_LABELS_DA, OUTCOME_LABELS_DA, PAYER_LABELS_DA, UNIT_LABELS_DA } from '../../../shared/domain/kpis/labels.ts';
import type { LbfRow } from '../../../shared/domain/kpis/landsbyggefonden.ts';
import { SUPPRESSED_MARK } from '../../../shared/domain/kpis/suppression.ts';
import type { Dashboard } from '../../../shared/schemas/outcomes.ts';

/**
 * The aggregate exports as files, in Danish: the dashboard (key figures, monthly trend, outcomes,
 * steps, hours by payer, mentor costs, support requests, completion) and the Landsbyggefonden
 * indicators. Their input is already suppressed; a suppressed cell prints as "<5".
 */

type Cell = string | number | null;

/** Danish spreadsheet conventions (as payroll): semicolons, decimal commas, a BOM for Excel, no formulas. */
function csvCell(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000).replace('.', ',');
  const safe = /^[=+\-@]/.test(v) ? `'${v}` : v;
  return /[";\n\r]/.test(safe) || safe !== v ? `"${safe.replace(/"/g, '""')}"` : safe;
}
const csv = (rows: Cell[][]) => `\uFEFF${rows.map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`;

const shown = (value: number | null, suppressed: boolean): Cell => (suppressed ? SUPPRESSED_MARK : value);
const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

type Sheet = { name: string; rows: Cell[][] };

function dashboardSheets(d: Dashboard): Sheet[] {
  const months = d.figures[0]?.trend.map((t) => t.period) ?? [];
  const figureValue = (f: Dashboard['figures'][number], v: number | null) => (f.unit === 'percent' ? pct(v) : v);
  return [
    {
      name: 'Nøgletal',
      rows: [
        ['Periode', d.period.from, d.period.to],
        ['Nøgletal', 'Værdi', 'Enhed', 'Mål', 'Målperiode', 'Målopfyldelse (%)'],
        ...d.figures.map((f): Cell[] => [
          FIGURE_LABELS_DA[f.key],
          shown(figureValue(f, f.value), f.suppressed),
          f.unit === 'percent' ? 'procent' : UNIT_LABELS_DA[f.unit],
          f.target === null ? null : figureValue(f, f.target),
          f.targetPeriod ? `${f.targetPeriod.from} – ${f.targetPeriod.to}` : null,
          pct(f.targetProgress),
        ]),
      ],
    },
    {
      name: 'Udvikling',
      rows: [
        ['Nøgletal', ...months],
        ...d.figures.map((f): Cell[] => [FIGURE_LABELS_DA[f.key], ...f.trend.map((t) => shown(figureValue(f, t.value), t.suppressed))]),
      ],
    },
    {
      name: 'Udfald og trin',
      rows: [
        ['Udfald', 'Personer'],
        ...d.outcomes.map((o): Cell[] => [OUTCOME_LABELS_DA[o.kind], shown(o.count, o.suppressed)]),
        [],
        ['Trin op til', 'Trinskift'],
        ...d.steps.map((s): Cell[] => [`Trin ${s.toStep}`, shown(s.count, s.suppressed)]),
        [],
        ['Gennemførelse (kontrakter på mindst 6 mdr.)', 'Antal'],
        ['Gennemført', shown(d.completion.completed, d.completion.suppressed)],
        ['Stoppet før tid', shown(d.completion.endedEarly, d.completion.suppressed)],
        ['Afsluttet i alt', shown(d.completion.ended, d.completion.suppressed)],
        ['Gennemførelsesprocent', shown(pct(d.completion.rate), d.completion.suppressed)],
      ],
    },
    {
      name: 'Timer og udgifter',
      rows: [
        ['Betaler', 'Timer', 'Bruttoløn (kr.)', 'Feriepenge (kr.)'],
        ...d.hoursByPayer.map((h): Cell[] => [PAYER_LABELS_DA[h.payer], h.hours, h.grossPay, h.holidayPay]),
        [],
        ['Mentorudgifter, betaler', 'Timer', 'Udgift (kr.)'],
        ...d.mentorCosts.map((m): Cell[] => [PAYER_LABELS_DA[m.funder], m.hours, m.cost]),
        [],
        ['Henvendelser fra arbejdsgivere', 'Antal'],
        ['Oprettet', d.support.opened],
        ['Løst', d.support.resolved],
        ['Besvaret inden for svarfristen', d.support.withinTarget],
        ['Median svartid (minutter)', d.support.medianResponseMinutes],
      ],
    },
  ];
}

async function xlsx(sheets: Sheet[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = book.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r.map((c) => (c === null ? undefined : c)));
    ws.getRow(s.name === 'Nøgletal' ? 2 : 1).font = { bold: true };
    ws.columns.forEach((c, i) => {
      c.width = i === 0 ? 48 : 16;
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function dashboardFile(d: Dashboard, format: 'csv' | 'xlsx'): Promise<Buffer | string> {
  const sheets = dashboardSheets(d);
  if (format === 'xlsx') return xlsx(sheets);
  return csv(sheets.flatMap((s, i) => (i === 0 ? s.rows : [[], [s.name], ...s.rows])));
}

export const LBF_HEADERS = ['Indsatsområde', 'Boligområde', 'Periode fra', 'Periode til', 'Indikator nr.', 'Indikator', 'Enhed', 'Værdi'];

export async function landsbyggefondenFile(rows: readonly LbfRow[], format: 'csv' | 'xlsx'): Promise<Buffer | string> {
  const table: Cell[][] = [
    LBF_HEADERS,
    ...rows.map((r): Cell[] => [
      r.focusArea,
      r.site,
      r.periodFrom,
      r.periodTo,
      r.code,
      r.indicator,
      r.unit,
      r.value === '' ? null : r.value,
    ]),
  ];
  if (format === 'xlsx') return xlsx([{ name: 'Beskæftigelse', rows: table }]);
  return csv(table);
}

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
