import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildWebIfStale } from '../../scripts/build-web.ts';
import { describeHits, lineCount, scanLog } from '../attack/support/log-scan.ts';

/**
 * The browser tests run against the production build of the web app. Their servers log at info into
 * one directory, which is scanned when the run ends (issue #17): a CPR number, e-mail address, phone
 * number or one-time token in any of those logs fails the run.
 */
export default async function setup(project: TestProject) {
  await buildWebIfStale();
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobbro-e2e-logs-'));
  project.provide('e2eLogDir', logDir);
  return () => {
    const logs = fs
      .readdirSync(logDir)
      .map((f) => fs.readFileSync(path.join(logDir, f), 'utf8'))
      .join('\n');
    const hits = scanLog(logs);
    console.log(`[e2e:log-scan] ${lineCount(logs)} lines of the browser tests' server logs scanned, ${hits.length} hits`);
    // A failing scan keeps the logs, so the line can be read in full.
    if (hits.length > 0) throw new Error(`Personal data in the e2e servers' logs (kept in ${logDir}):\n${describeHits(hits).join('\n')}`);
    fs.rmSync(logDir, { recursive: true, force: true });
  };
}
