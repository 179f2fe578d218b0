/**
 * Danish CPR numbers: DDMMYY-SSSS. The date must exist, and the century comes from the 7th digit
 * together with the year (CPR-kontoret's table). Since 2007 Denmark issues numbers that fail the old
 * modulus-11 check, so that check is reported (`modulus11Valid`) but never used to reject a number.
 *
 * Substitute numbers (erstatningspersonnumre, day + 60) are not CPR numbers and are rejected as
 * `cpr_date`.
 */

export type CprErrorCode = 'cpr_format' | 'cpr_date';

export type CprSex = 'female' | 'male';

export type ParsedCpr = {
  ok: true;
  /** Ten digits, no separator: DDMMYYSSSS. */
  value: string;
  /** ISO date, YYYY-MM-DD. */
  birthDate: string;
  sex: CprSex;
  modulus11Valid: boolean;
};

export type CprResult = ParsedCpr | { ok: false; code: CprErrorCode; message: string; messageEn: string };

const CPR_MESSAGES = {
  cpr_format: {
    message: 'CPR-nummeret skal have formen DDMMÅÅ-XXXX (10 cifre).',
    messageEn: 'The CPR number must have the form DDMMYY-XXXX (10 digits).',
  },
  cpr_date: {
    message: 'CPR-nummeret indeholder ikke en gyldig fødselsdato.',
    messageEn: 'The CPR number does not contain a valid date of birth.',
  },
} as const satisfies Record<CprErrorCode, { message: string; messageEn: string }>;

const MODULUS11_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const;

function cprError(code: CprErrorCode): CprResult {
  return { ok: false, code, ...CPR_MESSAGES[code] };
}

/**
 * Full year from the two-digit year and the 7th digit (first digit of the serial), per the
 * official table: 0–3 → 1900s; 4 and 9 → 2000s if YY ≤ 36, else 1900s; 5–8 → 2000s if YY ≤ 57,
 * else 1800s.
 */
export function cprCentury(yy: number, seventhDigit: number): number {
  if (seventhDigit <= 3) return 1900;
  if (seventhDigit === 4 || seventhDigit === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function normalise(input: string): string | null {
  const match = /^(\d{6})[-\s]?(\d{4})$/.exec(input.trim());
  return match ? `${match[1]}${match[2]}` : null;
}

/** The pre-2007 check. Informational only: a failure does not make a number invalid. */
export function cprModulus11Valid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < MODULUS11_WEIGHTS.length; i++) {
    sum += Number(digits[i]) * (MODULUS11_WEIGHTS[i] ?? 0);
  }
  return sum % 11 === 0;
}

/** Accepts DDMMYYSSSS, DDMMYY-SSSS and DDMMYY SSSS (surrounding whitespace is ignored). */
export function parseCpr(input: string): CprResult {
  const value = normalise(input);
  if (value === null) return cprError('cpr_format');

  const day = Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  const yy = Number(value.slice(4, 6));
  const year = cprCentury(yy, Number(value[6])) + yy;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return cprError('cpr_date');

  const lastDigit = Number(value[9]);
  return {
    ok: true,
    value,
    birthDate: `${year}-${value.slice(2, 4)}-${value.slice(0, 2)}`,
    sex: lastDigit % 2 === 0 ? 'female' : 'male',
    modulus11Valid: cprModulus11Valid(value),
  };
}

/**
 * For lists and logs: keeps the date part, hides the serial. Total on purpose: anything that is not
 * shaped like a CPR number is masked completely rather than echoed back.
 */
export function maskCpr(value: string): string {
  const digits = normalise(value);
  return digits === null ? 'XXXXXX-XXXX' : `${digits.slice(0, 6)}-XXXX`;
}

/** Cross-checks a CPR number against a separately entered birth date (YYYY-MM-DD). */
export function cprMatchesBirthDate(cpr: string, birthDate: string): boolean {
  const parsed = parseCpr(cpr);
  return parsed.ok && parsed.birthDate === birthDate;
}
