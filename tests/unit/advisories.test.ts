import { describe, expect, it } from 'vitest';
import { auditLines, readAudit } from '../../scripts/lib/advisories.ts';

/** The shape of `npm audit --json` (report version 2) with one direct and one transitive advisory. */
const REPORT = JSON.stringify({
  auditReportVersion: 2,
  vulnerabilities: {
    'some-lib': { name: 'some-lib', severity: 'moderate', isDirect: false, via: ['deep-lib'], range: '<2.0.0', fixAvailable: true },
    'deep-lib': { name: 'deep-lib', severity: 'high', isDirect: false, via: [{ source: 1, name: 'deep-lib', title: 'Prototype pollution in deep-lib', url: 'https://github.com/advisories/GHSA-xxxx', severity: 'high', range: '<1.2.3' }], range: '<1.2.3', fixAvailable: false },
  },
  metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 1, critical: 0, total: 2 }, dependencies: { prod: 100, dev: 0, total: 100 } },
});

describe('the advisories report', () => {
  it('lists each vulnerable package, worst first, with its advisory and whether a fix exists', () => {
    expect(auditLines(readAudit(REPORT))).toEqual([
      'Known advisories: 1 high, 1 moderate.',
      '  high deep-lib <1.2.3: Prototype pollution in deep-lib https://github.com/advisories/GHSA-xxxx',
      '  moderate some-lib <2.0.0: deep-lib (a fix is available: npm audit fix)',
    ]);
  });

  it('says so when there is none', () => {
    const clean = JSON.stringify({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 } } });
    expect(auditLines(readAudit(clean))).toEqual(['Known advisories: none in the runtime dependencies.']);
  });

  it('says why it could not check when the registry has no audit endpoint, is offline or npm printed nothing', () => {
    const refused = JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk', statusCode: 405, error: { summary: '' } });
    expect(auditLines(readAudit(refused))).toEqual(['Known advisories: not checked (405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk).']);
    const offline = JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request to https://registry.npmjs.org failed, reason: getaddrinfo ENOTFOUND' } });
    expect(readAudit(offline)).toEqual({ answered: false, reason: 'request to https://registry.npmjs.org failed, reason: getaddrinfo ENOTFOUND' });
    expect(readAudit('')).toEqual({ answered: false, reason: 'npm audit printed nothing' });
    expect(readAudit('npm ERR! something')).toEqual({ answered: false, reason: 'npm audit printed no report' });
  });
});
