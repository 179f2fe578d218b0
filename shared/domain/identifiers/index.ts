export { cvrWeightedSum, isValidCvr, parseCvr } from './cvr.ts';
export type { CvrErrorCode, CvrResult } from './cvr.ts';
export { cprCentury, cprMatchesBirthDate, cprModulus11Valid, maskCpr, parseCpr } from './cpr.ts';
export type { CprErrorCode, CprResult, CprSex, ParsedCpr } from './cpr.ts';
