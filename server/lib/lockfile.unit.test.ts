import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from './lockfile.ts';

describe('data directory lock', () => {
  const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'jobbro-lock-'));

  it('refuses a second holder while the first is alive, with a clear message', () => {
    const d = dir();
    fs.writeFileSync(path.join(d, 'jobbro.lock'), String(process.ppid));
    expect(() => acquireDataDirLock(d)).toThrow(DataDirLockedError);
    expect(() => acquireDataDirLock(d)).toThrow(/already in use by another Jobbro process/);
  });

  it('takes over a lock left by a dead process and releases it', () => {
    const d = dir();
    fs.writeFileSync(path.join(d, 'jobbro.lock'), '999999999');
    const release = acquireDataDirLock(d);
    expect(fs.readFileSync(path.join(d, 'jobbro.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(d, 'jobbro.lock'))).toBe(false);
  });
});
