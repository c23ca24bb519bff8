/**
 * The bench's yardstick: the bare wink-nlp pass (tokenise, split sentences, read out every token
 * and sentence), in this thread, and in several worker threads at once. The second says what the
 * machine itself gives for a pass whose threads share nothing: the pipeline's scaling is read
 * against it (on shared virtual machines it is often well below the number of cores).
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * Texts the wink pass reads before its clock starts; the pipeline warms up on as many articles
 * per thread. V8's optimising compiler keeps working for the first two thousand or so articles
 * of a thread (the pipeline's code is large; wink's is small), on background threads that share
 * the cores with the workers: a few hundred articles measure start-up, not a corpus run.
 */
export const WARM_UP = 1000;

interface PassData {
  winkBench: true;
  texts: readonly string[];
}

/** Reads every text: tokens and sentences out. */
function pass(nlp: ReturnType<typeof winkNLP>, texts: readonly string[]): void {
  for (const text of texts) {
    const doc = nlp.readDoc(text);
    doc.tokens().out();
    doc.sentences().out();
  }
}

/** A wink-nlp instance warmed up on WARM_UP of the texts. */
function warmedUp(texts: readonly string[]): ReturnType<typeof winkNLP> {
  const nlp = winkNLP(model, ['sbd']);
  pass(nlp, Array.from({ length: WARM_UP }, (_, index) => texts[index % texts.length]!));
  return nlp;
}

/** Seconds for one pass over `texts` in this thread, after the warm-up. */
export function winkPass(texts: readonly string[]): number {
  const nlp = warmedUp(texts);
  const started = performance.now();
  pass(nlp, texts);
  return (performance.now() - started) / 1000;
}

/**
 * Articles per second of `threads` worker threads each making one pass over `texts`, started
 * together once every thread is warmed up.
 */
export async function winkPassInThreads(texts: readonly string[], threads: number): Promise<number> {
  const data: PassData = { winkBench: true, texts };
  const workers = Array.from({ length: threads }, () => new Worker(new URL(import.meta.url), { workerData: data }));
  const next = (worker: Worker): Promise<unknown> => new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
  try {
    await Promise.all(workers.map(next));
    const started = performance.now();
    const done = workers.map(next);
    for (const worker of workers) worker.postMessage('go');
    await Promise.all(done);
    return (threads * texts.length) / ((performance.now() - started) / 1000);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

if (!isMainThread && (workerData as Partial<PassData> | null)?.winkBench) {
  const { texts } = workerData as PassData;
  const nlp = warmedUp(texts);
  parentPort!.postMessage('ready');
  parentPort!.once('message', () => {
    pass(nlp, texts);
    parentPort!.postMessage('done');
  });
}
