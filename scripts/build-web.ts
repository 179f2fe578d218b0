import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Builds the web app when its sources (or the shared schemas it imports) are newer than the last
 * build, so `npm start` is quick after the first run and never serves a stale UI.
 */
export async function buildWebIfStale(): Promise<boolean> {
  const index = path.join(root, 'web/dist/index.html');
  const builtAt = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  const sourcesAt = Math.max(
    newestMtime(path.join(root, 'web/src')),
    newestMtime(path.join(root, 'shared')),
    fs.statSync(path.join(root, 'web/index.html')).mtimeMs,
    fs.statSync(path.join(root, 'vite.config.ts')).mtimeMs,
  );
  if (sourcesAt <= builtAt) return false;
  // Build beside web/dist and swap it in, so a server already running (another test run, say)
  // never serves a half-written folder.
  const dist = path.join(root, 'web/dist');
  const fresh = path.join(root, `web/.dist-${process.pid}`);
  const stale = path.join(root, `web/.dist-old-${process.pid}`);
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: fresh, emptyOutDir: true } });
  if (fs.existsSync(dist)) fs.renameSync(dist, stale);
  fs.renameSync(fresh, dist);
  fs.rmSync(stale, { recursive: true, force: true });
  return true;
}
