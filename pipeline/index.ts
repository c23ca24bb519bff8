/** Warta's library entry point: `import { createPipeline } from 'warta'`. */
export { createPipeline, defaultStages } from './pipeline.js';
export type { Pipeline, PipelineOptions, StageTiming } from './pipeline.js';
export type { ArticleInput, ArticleDoc, Stage, StageContext, LanguageProfile, ProfileSet, Span, Token } from './types.js';
export type * from '../output/types.js';
export { SCHEMA_VERSION, isErrorRecord } from '../output/types.js';
export { validateRecord } from '../output/validate.js';
export { readInputs } from './inputs.js';
export type { InputItem } from './inputs.js';
export { runBatch, formatSummary, ResumeError } from './runner.js';
export type { BatchOptions, BatchSummary, Progress } from './runner.js';
