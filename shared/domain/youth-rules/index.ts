export { checkShifts } from './check-shifts.ts';
export { ageOn, categoryOn, CATEGORY_RANK, isInCompulsorySchool } from './category.ts';
export { checkOpeningLegality, NO_RISK_FLAGS, openingWindow } from './opening.ts';
export type { Opening, OpeningFlags, OpeningRefusal, OpeningScheduleEntry } from './opening.ts';
export { RULE_SETS, ruleSetOn } from './rule-sets.ts';
export { defaultSchoolDays } from './school-days.ts';
export type { DateRange } from './school-days.ts';
export { permittedWindow } from './time-rules.ts';
export { CATEGORIES, HOUR_SUM_RULES, OPENING_REFUSAL_CODES, RULE_CODES, SECTOR_CODES, YOUTH_CATEGORIES } from './types.ts';
export type {
  Category,
  CheckShiftsInput,
  CheckShiftsResult,
  Citation,
  OpeningRefusalCode,
  Person,
  RuleCode,
  RuleSet,
  SchoolCategory,
  SectorCode,
  SectorException,
  Shift,
  TimeWindow,
  Violation,
  ViolationUnit,
  YouthCategory,
} from './types.ts';
