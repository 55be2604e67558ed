/**
 * `npm run advisories`: known advisories of the runtime dependencies (`npm audit --omit=dev`),
 * for CI's log. Always exits 0: it reports, and says so when the registry cannot answer
 * (offline, no audit endpoint, slower than its time limit).
 */
import { spawnSync } from 'node:child_process';
import { auditLines, readAudit } from './lib/advisories.ts';

const LIMIT_MS = 60_000;
const npm = process.env.npm_execpath && process.env.npm_execpath.endsWith('.js') ? [process.execPath, process.env.npm_execpath] : ['npm'];
const run = spawnSync(npm[0]!, [...npm.slice(1), 'audit', '--omit=dev', '--json', '--fetch-retries=0', '--fetch-timeout=20000'], {
  encoding: 'utf8',
  timeout: LIMIT_MS,
  maxBuffer: 32 * 1024 * 1024,
});
const result = run.error
  ? { answered: false as const, reason: run.error.message.includes('ETIMEDOUT') ? `no answer within ${LIMIT_MS / 1000} s` : run.error.message }
  : readAudit(run.stdout);
for (const line of auditLines(result)) console.log(line);
