/** `warta status`: where a run stands (chunks waiting, active, done, failed), its speed, and the live workers. */
import { Queue } from 'bullmq';
import { PREFIX, QUEUE_NAME, checkRunId, chunkOfJobId, connectCommand, doneKey, runKey, workerKey, type ChunkDone, type ChunkJob } from './chunks.js';

export interface FailedChunk {
  chunk: number;
  attempts: number;
  error: string;
}

export interface LiveWorker {
  id: string;
  host: string;
  pid: number;
  jobs: number;
  chunks: number;
  records: number;
  current: string[];
}

export interface RunStatus {
  run: string;
  /** Chunks enqueued so far, and whether the enqueue has finished (the total is then final). */
  chunks: number;
  enqueued: boolean;
  articles: number;
  waiting: number;
  active: number;
  done: number;
  failed: FailedChunk[];
  /** Records written, and per second between the first chunk's start and the last chunk's end. */
  records: number;
  articlesPerSecond: number | null;
  complete: boolean;
  workers: LiveWorker[];
}

export async function runStatus(queueUrl: string, runId: string): Promise<RunStatus> {
  const run = checkRunId(runId);
  const connection = await connectCommand(queueUrl);
  const queue = new Queue<ChunkJob>(QUEUE_NAME, { connection, prefix: PREFIX });
  try {
    const info = await connection.hgetall(runKey(run));
    const doneEntries = await connection.hgetall(doneKey(run));
    const ofRun = async (states: Parameters<typeof queue.getRanges>[0]): Promise<string[]> =>
      (await queue.getRanges(states, 0, -1)).filter((id) => chunkOfJobId(run, id) !== null);
    const done = new Set(Object.keys(doneEntries).map(Number));
    const active = (await ofRun(['active'])).filter((id) => !done.has(chunkOfJobId(run, id)!));
    const waiting = await ofRun(['waiting', 'wait', 'delayed', 'prioritized', 'paused', 'waiting-children']);
    const failed: FailedChunk[] = [];
    for (const id of await ofRun(['failed'])) {
      const job = await queue.getJob(id);
      if (job) failed.push({ chunk: chunkOfJobId(run, id)!, attempts: job.attemptsMade, error: job.failedReason ?? 'unknown' });
    }
    failed.sort((a, b) => a.chunk - b.chunk);
    let records = 0;
    for (const value of Object.values(doneEntries)) records += (JSON.parse(value) as ChunkDone).records;
    const firstStart = Number(info.firstStart ?? NaN);
    const lastDone = Number(info.lastDone ?? NaN);
    const seconds = (lastDone - firstStart) / 1000;
    // Alive: connected to Redis now (a killed worker's connection closes at once); its heartbeat adds what it is doing.
    const names = new Set((await queue.getWorkers()).flatMap((client) => {
      const raw = (client as { rawname?: string }).rawname ?? '';
      const at = raw.indexOf(':w:');
      return at === -1 ? [] : [raw.slice(at + 3)];
    }));
    const workers: LiveWorker[] = [];
    for (const name of [...names].sort()) {
      const value = await connection.get(workerKey(name));
      workers.push(value ? (JSON.parse(value) as LiveWorker) : { id: name, host: '', pid: 0, jobs: 0, chunks: 0, records: 0, current: [] });
    }
    const chunks = Number(info.chunks ?? 0);
    const enqueued = info.enqueued === '1';
    return {
      run, chunks, enqueued, articles: Number(info.articles ?? 0),
      waiting: waiting.length, active: active.length, done: done.size, failed, records,
      articlesPerSecond: Number.isFinite(seconds) && seconds > 0 ? records / seconds : null,
      complete: enqueued && done.size === chunks,
      workers,
    };
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

export function formatStatus(status: RunStatus): string {
  const lines = [
    `run ${status.run}: ${status.chunks} chunks${status.enqueued ? '' : ' so far (enqueue not finished)'}, ${status.articles} articles${status.complete ? ', complete' : ''}`,
    `  chunks     ${status.done} done, ${status.active} active, ${status.waiting} waiting, ${status.failed.length} failed`,
    `  records    ${status.records} written${status.articlesPerSecond !== null ? `, ${status.articlesPerSecond.toFixed(1)} articles/s` : ''}`,
    `  workers    ${status.workers.length} alive${status.workers.map((worker) => `\n    ${worker.id}: ${worker.jobs} threads, ${worker.chunks} chunks done${worker.current.length ? `, on ${worker.current.join(', ')}` : ''}`).join('')}`,
  ];
  for (const failed of status.failed) lines.push(`  failed     chunk ${failed.chunk} after ${failed.attempts} attempts: ${failed.error}`);
  return lines.join('\n');
}
