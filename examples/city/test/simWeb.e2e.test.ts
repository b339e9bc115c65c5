import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCity } from '../src/createCity.js';
import { createWebSimulator, type WebSimulator } from '../src/sim/web/createWebSimulator.js';

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = fileURLToPath(new URL('../test-output/', import.meta.url));
const PHONE = '13800138000';

describe.skipIf(!existsSync(CHROMIUM))(
  `web simulator in Chromium (${CHROMIUM}; skipped when missing)`,
  () => {
    const city = createCity({ secret: 'e2e-secret' });
    let sim: WebSimulator;
    let browser: Browser;

    beforeAll(async () => {
      mkdirSync(OUTPUT, { recursive: true });
      sim = await createWebSimulator({ router: city });
      browser = await chromium.launch({
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
    }, 30_000);

    afterAll(async () => {
      await browser?.close();
      await sim?.close();
      await city.close();
    });

    it('citizen opens a complaint, the centre dispatches it, the department replies, the citizen rates it live', async () => {
      const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
      const citizenPage = await context.newPage();
      const staffPage = await context.newPage();
      const failures: string[] = [];
      for (const page of [citizenPage, staffPage])
        page.on('pageerror', (error) => failures.push(error.message));

      await citizenPage.goto(`${sim.url}/citizen`);
      await citizenPage.fill('#phone', PHONE);
      await citizenPage.click('[data-testid=sign-in]');
      await citizenPage.selectOption('[data-testid=service]', 'noise-complaint');
      // The form is rendered from the service's JSON Schema: a missing description shows the zod issue.
      await citizenPage.fill('#input-address', '东城区安定门街道外馆斜街3号');
      await citizenPage.selectOption('#input-category', 'noise.construction');
      await citizenPage.click('[data-testid=submit-case]');
      await expect.poll(() => citizenPage.textContent('[data-error-for=description]')).not.toBe('');
      await citizenPage.fill('#input-description', 'Drilling every night after 23:00');
      await citizenPage.fill('#input-when', 'every night after 23:00');
      await citizenPage.click('[data-testid=submit-case]');
      await citizenPage.waitForSelector('[data-testid=case-ref]');
      const ref = (await citizenPage.textContent('[data-testid=case-ref]'))!;
      expect(ref).toMatch(/^NC-/);
      expect(await citizenPage.textContent('[data-testid=case-state]')).toBe('received');
      expect(await citizenPage.locator('[data-testid=actions] button').allTextContents()).toEqual([
        'info.add',
        'case.urge',
        'case.withdraw',
      ]);
      await expect.poll(() => citizenPage.textContent('[data-testid=live-status]')).toBe('live');
      const pageLoads: string[] = [];
      citizenPage.on('load', () => pageLoads.push('load'));

      await staffPage.goto(`${sim.url}/staff`);
      // The department's inbox is open before the dispatch: the case must arrive in it live.
      await staffPage.click('[data-testid=open-inbox]');
      await expect.poll(() => staffPage.textContent('[data-testid=inbox-status]')).toMatch(/^live/);
      expect(await staffPage.locator('[data-inbox-ref]').count()).toBe(0);
      await staffPage.fill('#phone', PHONE);
      await staffPage.selectOption('[data-testid=channel]', 'centre');
      await staffPage.click('[data-testid=find-cases]');
      await staffPage.click(`[data-ref="${ref}"]`);
      // The centre dispatches to the department the directory proposes (no lead typed).
      await staffPage.click('[data-event="order.dispatch"]');
      await staffPage.click('[data-testid=send-event]');
      await expect.poll(() => staffPage.textContent('[data-testid=case-state]')).toBe('dispatched');
      await expect
        .poll(() => staffPage.locator(`[data-inbox-ref="${ref}"]`).count(), { timeout: 5000 })
        .toBe(1);
      expect(await staffPage.textContent(`[data-inbox-ref="${ref}"]`)).toMatch(/due /);

      await expect
        .poll(() => citizenPage.textContent('[data-testid=case-state]'), { timeout: 5000 })
        .toBe('dispatched');
      expect(await citizenPage.textContent('[data-testid=case-version]')).toBe('2');
      expect(pageLoads).toEqual([]);
      const history = await city.history(ref);
      expect(history.at(-1)?.via).toEqual({
        channel: 'centre',
        actor: { id: 'officer-1', role: 'officer' },
      });

      // The department signs for it (its id filled in from the lead) and replies.
      await staffPage.selectOption('[data-testid=channel]', 'department');
      await staffPage.click('[data-event="order.signFor"]');
      expect(await staffPage.inputValue('#event-order-signFor-department')).toBe('dongcheng.cityadmin');
      await staffPage.click('[data-testid=send-event]');
      await expect.poll(() => staffPage.textContent('[data-testid=case-state]')).toBe('handling');
      await staffPage.click('[data-event="order.reply"]');
      await staffPage.fill('#event-order-reply-answer', 'Night work stopped; the contractor was fined.');
      await staffPage.click('[data-testid=send-event]');
      await expect.poll(() => staffPage.textContent('[data-testid=case-state]')).toBe('replied');

      // The citizen reads the reply on the page, live, and rates it there.
      await expect
        .poll(() => citizenPage.textContent('[data-testid=case-reply]'), { timeout: 5000 })
        .toMatch(/contractor was fined/);
      await citizenPage.click('[data-event="visit.rate"]');
      await citizenPage.fill('#event-visit-rate-score', '5');
      await citizenPage.click('[data-testid=send-event]');
      await expect.poll(() => citizenPage.textContent('[data-testid=case-state]')).toBe('closed');
      expect(pageLoads).toEqual([]);

      await citizenPage.screenshot({ path: `${OUTPUT}simWeb-citizen.png`, fullPage: true });
      await staffPage.screenshot({ path: `${OUTPUT}simWeb-staff.png`, fullPage: true });
      expect(existsSync(`${OUTPUT}simWeb-citizen.png`)).toBe(true);
      expect(failures).toEqual([]);
      await context.close();
    }, 60_000);
  },
);
