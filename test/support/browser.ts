import fs from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { chromiumLaunchOptions } from './global-browser.ts';

export type { Browser, Page };

/** A Chromium of its own, for tests outside the e2e project (which share one, see `connectBrowser`). */
export async function openBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/**
 * Connects to the run's one Chromium (started by `global-browser.ts`): a launch and close cost about
 * half a second a file on an idle machine (more on a busy one) and a browser's memory per worker; a
 * connection costs milliseconds, and each test still gets fresh contexts.
 */
export async function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('chromiumEndpoint'));
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** For pages once reported with two landmarks of one kind and name (issue #16, item 17): axe's check for that too. */
export const UNIQUE_LANDMARKS = { rules: ['landmark-unique'] } as const;

/**
 * Runs axe-core (WCAG 2.1 A/AA) on the page and fails on any serious or critical violation.
 * `rules` adds axe rules outside those tags (best practices such as `landmark-unique`, whose impact
 * is only "moderate"): a page that names them fails on any violation of them, whatever its impact.
 */
export async function checkA11y(page: Page, options: { rules?: readonly string[] } = {}): Promise<void> {
  // Evaluated over the DevTools protocol, so the app's strict CSP (no inline scripts) stays on.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const extra = [...(options.rules ?? [])];
  const violations = await page.evaluate(async (extra) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: unknown,
          ) => Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    // A rule enabled by name runs beside the tagged ones (axe's `rules` option overrides `runOnly` tags).
    const rules = Object.fromEntries(extra.map((id) => [id, { enabled: true }]));
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, extra);
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || extra.includes(v.id));
  expect(serious, `axe on ${page.url()}`).toEqual([]);
}
