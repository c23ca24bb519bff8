/**
 * A private redis-server (Debian's, on the PATH) on a free loopback port, with no persistence:
 * for the scale-out test and `npm run bench:queue`, which must not touch a Redis in use.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';

export interface LocalRedis {
  url: string;
  stop(): Promise<void>;
}

export const hasRedisServer = (): boolean => spawnSync('redis-server', ['--version']).status === 0;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Starts redis-server in `dir` and resolves once it answers PING. */
export async function startRedisServer(dir: string): Promise<LocalRedis> {
  if (!hasRedisServer()) throw new Error('redis-server is not on the PATH (Debian: apt-get install redis-server)');
  const port = await freePort();
  const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const url = `redis://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    server.kill('SIGTERM');
    await exited;
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    const client = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    client.on('error', () => undefined);
    const answer = await client.connect().then(() => client.ping(), () => null);
    client.disconnect();
    if (answer === 'PONG') return { url, stop };
    await sleep(100);
  }
  await stop();
  throw new Error(`redis-server does not answer on ${url}`);
}
