export * from './danish-holidays.ts';
export * from './local-time.ts';
export { daysInMonth, isLeapYear } from './civil.ts';
