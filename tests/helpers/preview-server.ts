/**
 * Vitest global setup for browser tests: serves the shared fixture site's build with `astro
 * preview` on a free port
 * and hands its address to the tests as `inject('baseURL')`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT } from './astro.ts';
import { SHARED_CONTENT, SHARED_DIST } from './shared-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, ms = 30_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`astro preview did not answer at ${url} within ${ms} ms`);
}

export default async function setup(project: TestProject) {
  const port = await freePort();
  const child = spawn(process.execPath, [resolve(ROOT, 'node_modules/astro/bin/astro.mjs'), 'preview', '--outDir', SHARED_DIST, '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: SHARED_CONTENT },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${baseURL}/`, child);
  } catch (error) {
    child.kill();
    throw new Error(`${(error as Error).message}\n${log}`);
  }
  project.provide('baseURL', baseURL);
  return () => {
    child.kill();
  };
}
