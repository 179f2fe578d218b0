import ExcelJS from 'exceljs';
import { PAYROLL_PAYERS, type BudgetMonth, type Payer, type PayTotals } from '../../../shared/domain/hours/pay.ts';

export interface PayrollRow {
  participantId: string;
  placementId: string;
  name: string;
  employer: string;
  /** Only for payers that run payroll (company, municipality). */
  cpr: string | null;
  hours: number;
  ratePerHour: number;
  gross: number;
  holidayPay: number;
  total: number;
}

export interface PayrollReport {
  month: string;
  payer: Payer;
  rows: PayrollRow[];
  totals: PayTotals;
  wagesByPayer: Array<{ payer: Payer } & PayTotals>;
  mentorCostsByPayer: Array<{ payer: Payer; hours: number; cost: number }>;
  budget: BudgetMonth | null;
}

/** Danish spreadsheet conventions: semicolons, decimal commas, a BOM so Excel reads UTF-8. */
const num = (n: number) => n.toFixed(2).replace('.', ',');
function cell(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return num(v);
  return /[";\n\r]/.test(v) || /^[=+\-@]/.test(v) ? `"${(/^[=+\-@]/.test(v) ? `'${v}` : v).replace(/"/g, '""')}"` : v;
}
const line = (cells: (string | number | null)[]) => cells.map(cell).join(';');

/**
 * Why a row's CPR cell is empty, so an empty cell is never silent: this payer does not run payroll
 * (CPR numbers never leave for it), or the participant has no CPR number on record.
 */
export function cprNote(payer: Payer, cpr: string | null): string {
  if (cpr !== null) return '';
  return PAYROLL_PAYERS.includes(payer) ? 'CPR-nummer er ikke registreret på deltageren' : 'CPR udelades: betaleren kører ikke løn';
}

export function toCsv(r: PayrollReport): string {
  const out = [
    line(['Navn', 'CPR', 'Arbejdsgiver', 'Timer', 'Timeløn', 'Bruttoløn', 'Feriepenge (12,5 %)', 'I alt', 'Bemærkning til CPR']),
    ...r.rows.map((p) =>
      line([p.name, p.cpr, p.employer, p.hours, p.ratePerHour, p.gross, p.holidayPay, p.total, cprNote(r.payer, p.cpr) || null]),
    ),
    line(['I alt', null, null, r.totals.hours, null, r.totals.gross, r.totals.holidayPay, r.totals.total]),
    '',
    line(['Mentortimer pr. betaler', null, null, 'Timer', null, 'Udgift']),
    ...r.mentorCostsByPayer.map((m) => line([m.payer, null, null, m.hours, null, m.cost])),
  ];
  if (r.budget)
    out.push('', line(['Lommepengebudget', r.budget.month, null, null, null, r.budget.spent, r.budget.budget, r.budget.remaining]));
  return `\uFEFF${out.join('\r\n')}\r\n`;
}

/** The same report as an Excel workbook: wages, mentor costs and the budget on separate sheets. */
export async function toXlsx(r: PayrollReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const money = '#,##0.00';
  const wages = book.addWorksheet('Løn');
  wages.columns = [
    { header: 'Navn', key: 'name', width: 28 },
    { header: 'CPR', key: 'cpr', width: 13 },
    { header: 'Arbejdsgiver', key: 'employer', width: 28 },
    { header: 'Timer', key: 'hours', width: 9, style: { numFmt: money } },
    { header: 'Timeløn', key: 'ratePerHour', width: 10, style: { numFmt: money } },
    { header: 'Bruttoløn', key: 'gross', width: 12, style: { numFmt: money } },
    { header: 'Feriepenge (12,5 %)', key: 'holidayPay', width: 18, style: { numFmt: money } },
    { header: 'I alt', key: 'total', width: 12, style: { numFmt: money } },
    { header: 'Bemærkning til CPR', key: 'cprNote', width: 40 },
  ];
  for (const p of r.rows) wages.addRow({ ...p, cpr: p.cpr ?? '', cprNote: cprNote(r.payer, p.cpr) || undefined });
  wages.addRow({ name: 'I alt', ...r.totals }).font = { bold: true };
  wages.getRow(1).font = { bold: true };
  const mentors = book.addWorksheet('Mentortimer');
  mentors.columns = [
    { header: 'Betaler', key: 'payer', width: 16 },
    { header: 'Timer', key: 'hours', width: 9 },
    { header: 'Udgift', key: 'cost', width: 12, style: { numFmt: money } },
  ];
  for (const m of r.mentorCostsByPayer) mentors.addRow(m);
  if (r.budget) {
    const budget = book.addWorksheet('Budget');
    budget.columns = [
      { header: 'Måned', key: 'month', width: 10 },
      { header: 'Budget', key: 'budget', width: 12 },
      { header: 'Forbrug', key: 'spent', width: 12 },
      { header: 'Rest', key: 'remaining', width: 12 },
    ];
    budget.addRow(r.budget);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
