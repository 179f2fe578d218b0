import { buildWebIfStale } from './build-web.ts';

/**
 * `npm start` and `npm run demo`: build the web app if needed, then start the server. The demo
 * uses its own data directory (./data/demo), seeded once.
 */
const demo = process.argv.includes('--demo');
if (await buildWebIfStale()) console.log('Built the web app.');

if (demo) {
  process.env.DATA_DIR ??= './data/demo';
  const { seedDemo } = await import('./demo-seed.ts');
  const { main } = await import('../server/main.ts');
  await main({ seed: seedDemo });
} else {
  const { main } = await import('../server/main.ts');
  await main();
}
