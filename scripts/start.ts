import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm start` and `npm run demo`: build the web app when its sources are newer than the last
 * build, then start the server. The demo uses its own data directory, seeded once.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const demo = process.argv.includes('--demo');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

const builtAt = fs.existsSync(path.join(root, 'web/dist/index.html')) ? fs.statSync(path.join(root, 'web/dist/index.html')).mtimeMs : 0;
const sourcesAt = Math.max(newestMtime(path.join(root, 'web/src')), newestMtime(path.join(root, 'shared')), fs.statSync(path.join(root, 'web/index.html')).mtimeMs);
if (sourcesAt > builtAt) {
  console.log('Building the web app…');
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

if (demo) {
  process.env.DATA_DIR ??= './data/demo';
  const { seedDemo } = await import('./demo-seed.ts');
  const { main } = await import('../server/main.ts');
  await main({ seed: seedDemo });
} else {
  const { main } = await import('../server/main.ts');
  await main();
}
