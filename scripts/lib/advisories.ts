/**
 * What `npm audit --json` says about the packages a built site runs on, read for CI: a report
 * of known advisories when the registry answered, or why there is none (offline, a registry
 * without the audit endpoint, a timeout). Reading only: CI prints it and goes on either way,
 * so an advisory published overnight, or a registry that is down, does not fail a change.
 */

export type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical';
const SEVERITIES: Severity[] = ['critical', 'high', 'moderate', 'low', 'info'];

export interface Advisory {
  /** The package that is vulnerable. */
  name: string;
  severity: Severity;
  /** The versions affected, as npm gives them. */
  range: string;
  /** The advisories' titles and addresses; for a package vulnerable through another, that one's name. */
  via: string[];
  fixAvailable: boolean;
}

export type AuditResult =
  | { answered: true; counts: Record<Severity, number>; advisories: Advisory[] }
  | { answered: false; reason: string };

interface NpmVia { title?: string; url?: string; name?: string }
interface NpmVulnerability { name?: string; severity?: Severity; range?: string; via?: (string | NpmVia)[]; fixAvailable?: unknown }

/** Reads the JSON `npm audit --json` printed (empty or not JSON when npm could not run). */
export function readAudit(stdout: string): AuditResult {
  let report: { metadata?: { vulnerabilities?: Partial<Record<Severity, number>> }; vulnerabilities?: Record<string, NpmVulnerability>; error?: { summary?: string }; message?: string };
  try {
    report = JSON.parse(stdout);
  } catch {
    return { answered: false, reason: stdout.trim() ? 'npm audit printed no report' : 'npm audit printed nothing' };
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) return { answered: false, reason: report.message || report.error?.summary || 'the registry gave no audit report' };
  const advisories = Object.entries(report.vulnerabilities ?? {}).map(([name, v]): Advisory => ({
    name: v.name ?? name,
    severity: v.severity ?? 'info',
    range: v.range ?? '',
    via: (v.via ?? []).map((via) => (typeof via === 'string' ? via : [via.title ?? via.name ?? '', via.url ?? ''].filter(Boolean).join(' '))),
    fixAvailable: Boolean(v.fixAvailable),
  }));
  advisories.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.name.localeCompare(b.name));
  return {
    answered: true,
    counts: Object.fromEntries(SEVERITIES.map((s) => [s, counts[s] ?? 0])) as Record<Severity, number>,
    advisories,
  };
}

/** The lines CI prints. */
export function auditLines(result: AuditResult): string[] {
  if (!result.answered) return [`Known advisories: not checked (${result.reason}).`];
  const total = SEVERITIES.reduce((n, s) => n + result.counts[s], 0);
  if (total === 0) return ['Known advisories: none in the runtime dependencies.'];
  return [
    `Known advisories: ${SEVERITIES.filter((s) => result.counts[s]).map((s) => `${result.counts[s]} ${s}`).join(', ')}.`,
    ...result.advisories.map((a) => `  ${a.severity} ${a.name} ${a.range}: ${a.via.join('; ')}${a.fixAvailable ? ' (a fix is available: npm audit fix)' : ''}`),
  ];
}
