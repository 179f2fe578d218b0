import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Thrown when the configured Chromium binary is absent; the job fails with this code. */
export class ChromiumUnavailable extends Error {
  readonly code = 'chromium_unavailable';
  constructor(path: string) {
    super(`chromium_unavailable: no Chromium at ${path} (set CHROMIUM_PATH)`);
  }
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
/** How long an idle Chromium is kept for the next report before it is closed. */
const IDLE_MS = 60_000;

interface Shared {
  path: string;
  browser: Promise<Browser>;
  timer?: NodeJS.Timeout;
}
let shared: Shared | null = null;

/**
 * One Chromium shared by report jobs and closed after a minute without work: starting the browser
 * is most of a report's time, and reports come in bursts (a coordinator tries filters, then prints).
 * A crashed browser is forgotten and the next job starts a new one.
 */
function acquire(executablePath: string): Promise<Browser> {
  if (shared && shared.path !== executablePath) void closePrinter();
  if (!shared) {
    const browser = chromium.launch({ executablePath, args: ARGS });
    const entry: Shared = { path: executablePath, browser };
    shared = entry;
    browser.then(
      (b) =>
        b.on('disconnected', () => {
          if (shared === entry) shared = null;
        }),
      () => {
        if (shared === entry) shared = null;
      },
    );
  }
  clearTimeout(shared.timer);
  return shared.browser;
}

function release(): void {
  const entry = shared;
  if (!entry) return;
  entry.timer = setTimeout(() => {
    if (shared === entry) void closePrinter();
  }, IDLE_MS);
  entry.timer.unref();
}

/** Closes the shared browser now (server shutdown, benchmarks). */
export async function closePrinter(): Promise<void> {
  const entry = shared;
  shared = null;
  if (!entry) return;
  clearTimeout(entry.timer);
  await entry.browser.then(
    (b) => b.close(),
    () => undefined,
  );
}

/**
 * Prints self-contained HTML to an A4 PDF with Chromium, tagged (structure tree from the HTML's
 * headings and tables) and with an outline from the headings. Each report gets its own context
 * with JavaScript off and no network: the report is static HTML and SVG.
 */
export async function printPdf(html: string, executablePath: string): Promise<Buffer> {
  if (!fs.existsSync(executablePath)) throw new ChromiumUnavailable(executablePath);
  const browser = await acquire(executablePath);
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      tagged: true,
      outline: true,
      margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' },
    });
  } finally {
    await context.close();
    release();
  }
}
