/**
 * Runs one build as a child process and measures it: wall time, and peak resident memory of
 * the whole process tree (Astro may start workers, Pagefind runs its own binary), polled
 * from /proc every 50 ms. The peak is the larger of the tree's summed VmRSS at any poll and
 * the highest VmHWM (the kernel's own high-water mark) of any single process in it, so a
 * spike between two polls of the main process is not missed.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface RunFigures {
  /** Wall time in ms. */
  wallMs: number;
  /** Peak resident memory of the process tree in bytes. */
  peakRss: number;
  /** VmHWM of the build's own process alone, as `/usr/bin/time -v` would report it. */
  mainHwm: number;
  code: number;
  /** The last lines of output, for when the build fails. */
  tail: string;
}

function readStatus(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

function children(pid: number): number[] {
  const found: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) found.push(...text.split(/\s+/).map(Number));
    }
  } catch {
    // gone
  }
  return found;
}

function tree(root: number): number[] {
  const all = [root];
  for (let i = 0; i < all.length; i++) all.push(...children(all[i]!));
  return all;
}

/** Runs `command args` in `cwd` and returns its figures; output is kept, not printed. */
export function measure(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<RunFigures> {
  return new Promise((resolveRun, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    let mainHwm = 0;
    const poll = () => {
      if (child.pid === undefined) return;
      let sum = 0;
      for (const pid of tree(child.pid)) {
        const status = readStatus(pid);
        if (!status) continue;
        sum += status.rss;
        peak = Math.max(peak, status.hwm);
        if (pid === child.pid) mainHwm = Math.max(mainHwm, status.hwm);
      }
      peak = Math.max(peak, sum);
    };
    const timer = setInterval(poll, 50);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearInterval(timer);
      resolveRun({
        wallMs: performance.now() - started,
        peakRss: peak,
        mainHwm,
        code: code ?? 1,
        tail: output.split('\n').slice(-30).join('\n'),
      });
    });
  });
}

/** Bytes of every file under `dir`, and the number of HTML pages. */
export function folderSize(dir: string): { bytes: number; pages: number } {
  let bytes = 0;
  let pages = 0;
  if (!existsSync(dir)) return { bytes, pages };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages++;
  }
  return { bytes, pages };
}
