export { CODEBOOK, EVALUATION_TABLES, codebookTable, renderCodebookMarkdown } from './codebook.ts';
export type { Cell, CodebookColumn, CodebookTable, DatasetRow, EvaluationTable } from './codebook.ts';
export { buildDataset, consentedIds } from './dataset.ts';
export type { Dataset, DatasetFacts } from './dataset.ts';
