import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium; the browser tests skip when it is missing (they never download one). */
export const CHROMIUM = '/usr/bin/chromium';
/** Where screenshots go (gitignored test artefacts). */
export const SCREENSHOTS = fileURLToPath(new URL('../../test-output/screenshots/', import.meta.url));

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Launches headless Chromium with the flags that keep it quiet and offline. */
export function launchChromium(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** One axe-core violation, as much as a failing test needs to show. */
export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (WCAG 2.1 A/AA and best practice) on the page as it is now and returns the
 * serious and critical violations, each named with the state it was found in.
 */
export async function seriousViolations(page: Page, state: string): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<any> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return (result.violations as any[]).map((violation) => ({
      id: violation.id as string,
      impact: String(violation.impact),
      help: violation.help as string,
      targets: (violation.nodes as any[]).map((node) => String(node.target)),
    }));
  });
  return found
    .filter((finding) => finding.impact === 'serious' || finding.impact === 'critical')
    .map((finding) => ({ ...finding, help: `${state}: ${finding.help}` }));
}

/** Saves a full-page screenshot as a test artefact. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

/**
 * Presses Tab until the focused element satisfies `matches` (its accessible text, say), as a
 * keyboard user would; fails after `limit` presses.
 */
export async function tabUntil(
  page: Page,
  matches: (focused: { tag: string; text: string; label: string; type: string }) => boolean,
  limit = 60,
): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      const input = element as HTMLInputElement | null;
      const labels = input?.labels ? [...input.labels].map((label) => label.textContent ?? '').join(' ') : '';
      return {
        tag: element?.tagName.toLowerCase() ?? '',
        text: (element?.textContent ?? '').trim(),
        label: (element?.getAttribute('aria-label') ?? labels).trim(),
        type: input?.type ?? '',
      };
    });
    if (matches(focused)) return;
  }
  throw new Error(`Tab never reached the element after ${limit} presses`);
}

/** Whether the focused element shows a focus indicator (an outline or a ring). */
export function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    return (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none';
  });
}
