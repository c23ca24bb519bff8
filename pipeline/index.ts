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
export { OutputLockedError } from './lock.js';
export type { BatchOptions, BatchSummary, Progress } from './runner.js';
// Scale-out on BullMQ (Redis): enqueue, workers, status, collect.
export { enqueue } from './queue/enqueue.js';
export type { EnqueueOptions, EnqueueSummary } from './queue/enqueue.js';
export { startWorker } from './queue/worker.js';
export type { WorkerOptions as QueueWorkerOptions, RunningWorker } from './queue/worker.js';
export { runStatus, formatStatus } from './queue/status.js';
export type { RunStatus, FailedChunk, LiveWorker } from './queue/status.js';
export { collect, IncompleteRunError } from './queue/collect.js';
