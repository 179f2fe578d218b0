/**
 * Danish CVR numbers (Det Centrale Virksomhedsregister): eight digits, first digit not 0, with a
 * modulus-11 check over the weights 2,7,6,5,4,3,2,1. Employers type them in many shapes
 * ("DK 1234 5678", "12 34 56 78"), so parsing normalises before it validates.
 */

export type CvrErrorCode = 'cvr_format' | 'cvr_checksum';

export type CvrResult = { ok: true; value: string } | { ok: false; code: CvrErrorCode; message: string; messageEn: string };

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

const CVR_MESSAGES = {
  cvr_format: {
    message: 'CVR-nummeret skal bestå af 8 cifre og må ikke begynde med 0.',
    messageEn: 'The CVR number must be 8 digits and must not start with 0.',
  },
  cvr_checksum: {
    message: 'CVR-nummeret er ikke gyldigt. Tjek, at du har skrevet det rigtigt.',
    messageEn: 'The CVR number is not valid. Check that it is typed correctly.',
  },
} as const satisfies Record<CvrErrorCode, { message: string; messageEn: string }>;

function cvrError(code: CvrErrorCode): CvrResult {
  return { ok: false, code, ...CVR_MESSAGES[code] };
}

/**
 * Weighted sum used by the modulus-11 rule. Exported so tests and fixtures can build valid numbers
 * from the rule itself instead of copying magic examples.
 */
export function cvrWeightedSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < CVR_WEIGHTS.length; i++) {
    sum += Number(digits[i]) * (CVR_WEIGHTS[i] ?? 0);
  }
  return sum;
}

/**
 * Accepts the shapes people actually type: an optional "DK" prefix (VAT style) and spaces anywhere.
 * Anything else (dashes, letters, wrong length) is a format error rather than a guess.
 */
export function parseCvr(input: string): CvrResult {
  const compact = input.replace(/\s+/g, '').replace(/^DK/i, '');
  if (!/^[1-9]\d{7}$/.test(compact)) return cvrError('cvr_format');
  if (cvrWeightedSum(compact) % 11 !== 0) return cvrError('cvr_checksum');
  return { ok: true, value: compact };
}

/** Boolean form for schema refinements where the error text comes from elsewhere. */
export function isValidCvr(input: string): boolean {
  return parseCvr(input).ok;
}
