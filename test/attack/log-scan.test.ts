import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newToken } from '../../server/lib/crypto.ts';
import { scanLog } from './support/log-scan.ts';

/** The log scanner catches each kind of leak and stays quiet on what a Jobbro log legitimately holds. */

const kinds = (text: string) => scanLog(text).map((h) => h.kind);

describe('log scan', () => {
  it.each([
    ['cpr', '{"level":50,"msg":"insert failed","params":["Amira","0712261234"]}'],
    ['cpr', 'reveal 071226-1234 for payroll'],
    ['email', '{"msg":"mail","to":"mona.hansen@example.test"}'],
    ['phone', '{"params":["Mona Hansen","+45 11 22 33 44"]}'],
    ['phone', 'guardian phone 11223344'],
    ['phone', 'ring +4511223344'],
    ['phone', 'tlf. 1122 3344'],
    ['phone', 'tlf. 004511223344'],
    ['token', `Link: http://localhost:3000/invitation/${newToken()}`],
    ['token', `{"body":{"token":"${newToken()}"}}`],
  ] as const)('finds a %s in %s', (kind, line) => {
    expect(kinds(line)).toContain(kind);
  });

  it('stays quiet on ids, times, durations, ports, stack frames and the default sender', () => {
    const line = JSON.stringify({
      level: 30,
      time: 1765132800000,
      pid: 1234567,
      hostname: 'ci-runner-7',
      // A random request id whose last group happens to read like +45 and eight digits.
      reqId: 'c74e0078-5751-4ac1-bed5-004537492174',
      req: {
        method: 'POST',
        url: '/api/programmes/12345678-1234-4234-8234-123456789012/shifts/00000000-0000-4000-8000-000000000001/approve',
      },
      res: { statusCode: 409 },
      responseTime: 12.345678901,
      at: '2026-12-07T18:51:17.123Z',
      from: 'Jobbro <no-reply@jobbro.invalid>',
      hash: 'a'.repeat(64),
      msg: 'request completed',
    });
    const stack = '    at file:///work/node_modules/@electric-sql/pglite/dist/index.js:3:12345';
    expect(scanLog(`${line}\n${stack}\nJobbro is running at http://127.0.0.1:43127 (PostgreSQL)`)).toEqual([]);
  });

  it('stays quiet on thousands of request lines with random ids, times and durations', () => {
    const lines = Array.from(
      { length: 5000 },
      (_, i) =>
        `{"time":${1765132800000 + i * 7919},"reqId":"${crypto.randomUUID()}","req":{"url":"/api/programmes/${crypto.randomUUID()}"},"responseTime":${Math.random() * 100}}`,
    );
    expect(scanLog(lines.join('\n'))).toEqual([]);
  });

  it('names the line of each hit', () => {
    expect(scanLog('ok\nmail kim@example.test\nok')).toEqual([{ kind: 'email', line: 2, match: 'kim@example.test' }]);
  });
});
