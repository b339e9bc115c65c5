import { existsSync } from 'node:fs';
import { createRouter, type CaseView, describeService, type ServiceDescriptor } from '@onecase/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityCatalogue } from '../src/catalogue/index.js';
import { cityServices } from '../src/services/cityServices.js';
import { createWebSimulator, type WebSimulator } from '../src/sim/web/createWebSimulator.js';
import {
  type AxeFinding,
  CHROMIUM,
  focusIsVisible,
  launchChromium,
  screenshot,
  seriousViolations,
  tabUntil,
} from './support/browserKit.js';
import { fillRequiredByLabels, sampleText } from './support/fillByLabels.js';
import { answerWorkOrder } from './support/answerWorkOrder.js';

const PHONE = '13800138000';
const REPLY = '经现场核查，施工单位已承诺 22 时后停止作业，我局将持续跟进。';

describe.skipIf(!existsSync(CHROMIUM))(
  `citizen portal in Chromium (${CHROMIUM}; skipped when missing)`,
  () => {
    // The whole catalogue (≈600 services) beside the city's own, as a real portal would list it.
    const city = createRouter({ services: [...cityServices, ...cityCatalogue()], secret: 'portal-e2e' });
    const zh = (id: string) => describeService(city.service(id)!, { locale: 'zh-CN' });
    const violations: AxeFinding[] = [];
    const pageErrors: string[] = [];
    let sim: WebSimulator;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;

    const audit = async (state: string) => {
      violations.push(...(await seriousViolations(page, state)));
      await screenshot(page, `portal-${state}`);
    };
    const openService = async (descriptor: ServiceDescriptor) => {
      await page.goto(`${sim.url}/portal#/services`);
      await page.getByLabel('搜索服务').fill(descriptor.title);
      await page.getByRole('link', { name: descriptor.title, exact: true }).click();
      await page.getByRole('heading', { name: `办理：${descriptor.title}` }).waitFor();
    };
    const filedRef = async () => (await page.getByTestId('filed-ref').textContent())!;

    beforeAll(async () => {
      sim = await createWebSimulator({ router: city });
      browser = await launchChromium();
      context = await browser.newContext({
        locale: 'zh-CN',
        timezoneId: 'Europe/London',
        viewport: { width: 1100, height: 900 },
      });
      page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await sim?.close();
      await city.close();
    });

    it('files a noise complaint in Chinese, then follows it live to the reply and rates it', async () => {
      const noise = zh('noise-complaint');
      await page.goto(`${sim.url}/portal`);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
      await page.getByRole('heading', { name: '办事服务' }).waitFor();
      // Every service of the catalogue is searchable; a district's own services narrow it down.
      expect(await page.getByTestId('catalogue-count').textContent()).toMatch(/共 6\d\d 项服务/);
      await audit('catalogue');
      await page.getByLabel('搜索服务').fill('噪声');
      await page.getByRole('link', { name: noise.title, exact: true }).waitFor();
      await page.getByRole('link', { name: noise.title, exact: true }).click();
      await page.getByLabel('手机号码').fill(PHONE);
      await audit('sign-in');
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByRole('heading', { name: `办理：${noise.title}` }).waitFor();
      await audit('noise-form');

      await fillRequiredByLabels(page, noise);
      await page.getByRole('button', { name: '提交' }).click();
      await page.getByTestId('filed').waitFor();
      const ref = await filedRef();
      expect(ref).toMatch(new RegExp(`^${noise.refPrefix}-`));
      await expect.poll(() => page.getByTestId('announce-status').textContent()).toContain(ref);
      await audit('noise-filed');

      await page.getByRole('link', { name: '查看事项' }).click();
      const opened = await city.get(ref);
      const stateLabel = (view: CaseView) => noise.states[String(view.state.value)]?.label;
      await expect.poll(() => page.getByTestId('case-state').textContent()).toBe(stateLabel(opened));
      await expect.poll(() => page.getByTestId('live-status').getAttribute('data-status')).toBe('live');
      const timeline = page.getByTestId('timeline').locator('li');
      expect(await timeline.first().textContent()).toContain('提交申请');
      // Local time in Shanghai, whatever the browser's zone (London here).
      const shanghai = new Intl.DateTimeFormat('zh-CN', {
        timeZone: 'Asia/Shanghai',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(opened.openedAt);
      expect(await timeline.first().locator('time').textContent()).toBe(shanghai);
      // Only what the state and the web channel allow, by its label.
      const actions = await page.getByTestId('actions').locator('button[data-event]').allTextContents();
      expect(actions).toEqual(opened.allowed.web!.map((type) => noise.events[type]!.label));
      await audit('noise-case');

      // Urging is offered while the policy allows it; its form opens in place and files the event.
      expect(opened.allowed.web).toContain('case.urge');
      {
        const urge = page.getByRole('button', { name: noise.events['case.urge']!.label, exact: true });
        await urge.click();
        expect(await urge.getAttribute('aria-expanded')).toBe('true');
        await audit('noise-urge-form');
        await page.getByLabel('说明').fill('噪声仍在继续，请尽快处理');
        await page.getByRole('button', { name: '提交', exact: true }).click();
        await expect.poll(async () => (await city.history(ref)).at(-1)?.type).toBe('case.urge');
        await expect.poll(() => timeline.count()).toBe(2);
        expect(await timeline.last().textContent()).toContain(noise.events['case.urge']!.label);
        await expect
          .poll(() => page.getByTestId('announce-status').textContent())
          .toContain(noise.events['case.urge']!.label);
      }

      const loads: string[] = [];
      page.on('load', () => loads.push('load'));
      await answerWorkOrder(city, ref, REPLY);
      const after = await city.get(ref);
      await expect
        .poll(() => page.getByTestId('case-state').textContent(), { timeout: 5000 })
        .toBe(stateLabel(after));
      await expect.poll(() => timeline.count(), { timeout: 5000 }).toBe((await city.history(ref)).length);
      expect(loads).toEqual([]);
      await expect.poll(() => page.getByTestId('reply').textContent()).toContain(REPLY);
      const rating = page.getByRole('group', { name: '您对办理结果满意吗？' });
      expect(await rating.count()).toBe(1);
      // Each level says what it means, in words.
      expect(await rating.locator('label').allTextContents()).toEqual([
        '非常满意 问题已解决，服务很好',
        '满意 问题已解决',
        '基本满意 问题基本解决，仍有不足',
        '不满意 问题未解决，事项将重新办理',
        '非常不满意 问题未解决且服务差，事项将重新办理',
      ]);
      await audit('noise-reply');
      await rating.getByRole('radio', { name: /^不满意/ }).check();
      await page.getByRole('button', { name: noise.events['visit.rate']!.label }).click();
      await expect.poll(async () => (await city.history(ref)).at(-1)?.payload).toEqual({ score: 2 });
      await expect.poll(() => timeline.last().textContent()).toContain('不满意');
      await audit('noise-rated');
    }, 90_000);

    it('files a business licence with its documents list, and shows a refused field in words', async () => {
      const licence = zh('business-licence');
      const label = (field: string) => String((licence.input.properties as any)[field].title);
      await openService(licence);
      await page.getByRole('button', { name: '提交' }).click();
      // The form's own check: every required field, in plain words, summarised and announced.
      const summary = page.getByTestId('error-summary');
      await expect.poll(() => summary.textContent()).toContain(`请填写“${label('businessName')}”`);
      // Focus moves once the summary has rendered; on a loaded machine that is a frame later.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('error-summary');
      await expect.poll(() => page.getByTestId('announce-alert').textContent()).toMatch(/提交未成功/);
      const name = page.getByLabel(label('businessName'), { exact: true });
      expect(await name.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await name.getAttribute('aria-describedby'))!.split(' ');
      expect(await page.locator(`[id="${describedBy.at(-1)}"]`).textContent()).toBe(
        `请填写“${label('businessName')}”`,
      );
      await audit('licence-errors');

      await fillRequiredByLabels(page, licence, { [label('businessName')]: '上海小笼包餐饮有限公司' });
      await page
        .getByRole('group', { name: label('activity') })
        .getByLabel('餐饮', { exact: true })
        .check();
      const documents = page.getByRole('group', { name: label('documents') });
      await page.getByLabel(`${label('documents')} 第 1 项`, { exact: true }).fill('营业执照申请书');
      await documents.getByRole('button', { name: `为“${label('documents')}”添加一项` }).click();
      // Adding moves focus to the new item.
      await expect
        .poll(() => page.evaluate(() => (document.activeElement as HTMLElement).id))
        .toMatch(/documents-1$/);
      await page.keyboard.type('法定代表人身份证复印件');
      await documents.getByRole('button', { name: `为“${label('documents')}”添加一项` }).click();
      await page.keyboard.type('多余的一项');
      await documents.getByRole('button', { name: `删除 ${label('documents')} 第 3 项` }).click();
      expect(await documents.getByRole('textbox').count()).toBe(2);
      await audit('licence-filled');

      // The server's own check, answered as problem details: the second document is sent blank.
      await page.route(
        '**/api/citizen/cases',
        async (route) => {
          const body = JSON.parse(route.request().postData()!);
          body.input.documents[1] = '';
          await route.continue({ postData: JSON.stringify(body) });
        },
        { times: 1 },
      );
      await page.getByRole('button', { name: '提交' }).click();
      const second = page.getByLabel(`${label('documents')} 第 2 项`, { exact: true });
      await expect.poll(() => second.getAttribute('aria-invalid')).toBe('true');
      expect(await summary.textContent()).toContain(`请填写“${label('documents')} 第 2 项”`);
      expect(await page.locator('main').textContent()).not.toMatch(/Too small|expected|Invalid/);
      await page.getByRole('button', { name: '提交' }).click();
      await page.getByTestId('filed').waitFor();
      const ref = await filedRef();
      expect(((await city.get(ref)).context as { documents: string[] }).documents).toEqual([
        '营业执照申请书',
        '法定代表人身份证复印件',
      ]);
      await page.getByRole('link', { name: '查看事项' }).click();
      await expect
        .poll(() => page.getByTestId('case-state').textContent())
        .toBe(licence.states.submitted!.label);
      await expect
        .poll(() => page.locator('.facts').last().textContent())
        .toContain('营业执照申请书、法定代表人身份证复印件');
      // The line of business filed reads in words on the timeline, not as the value sent.
      expect(await page.locator('.facts').last().textContent()).toContain('餐饮');
      await audit('licence-case');
      await page.getByTestId('nav-cases').click();
      await page.getByTestId('my-cases').waitFor();
      expect(await page.getByTestId('my-cases').textContent()).toContain(ref);
      await audit('my-cases');
    }, 90_000);

    it('switches to English and keeps the choice', async () => {
      const en = describeService(city.service('business-licence')!, { locale: 'en' });
      const zhLicence = zh('business-licence');
      const address = (descriptor: ServiceDescriptor) => (descriptor.input.properties as any).address.title;
      await openService(zhLicence);
      await page.getByLabel(address(zhLicence), { exact: true }).fill('徐汇区漕溪北路 5 号');
      await page.getByTestId('lang-switch').click();
      await page.getByRole('heading', { name: `Apply: ${en.title}` }).waitFor();
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
      // What was typed stays; only the words around it change.
      expect(await page.getByLabel(address(en), { exact: true }).inputValue()).toBe('徐汇区漕溪北路 5 号');
      await page.getByLabel((en.input.properties as any).businessName.title, { exact: true }).waitFor();
      // The choices switch language too, from the labels the catalogue sent in every locale.
      await page
        .getByRole('group', { name: (en.input.properties as any).activity.title })
        .getByLabel('Catering', { exact: true })
        .waitFor();
      await page.getByRole('button', { name: 'Submit' }).click();
      await expect
        .poll(() => page.getByTestId('error-summary').textContent())
        .toContain(`Enter “${(en.input.properties as any).businessName.title}”`);
      await audit('english-form');
      await page.reload();
      await page.getByRole('heading', { name: `Apply: ${en.title}` }).waitFor();
      await page.getByTestId('lang-switch').click();
      await page.getByRole('heading', { name: `办理：${zh('business-licence').title}` }).waitFor();
    }, 60_000);

    it('files with the keyboard alone (Tab, Enter and Space), with the focus always visible', async () => {
      const consult = zh('consultation');
      await page.goto(`${sim.url}/portal#/services`);
      await page.getByRole('heading', { name: '办事服务' }).waitFor();
      await tabUntil(page, (focused) => focused.label.startsWith('搜索服务'));
      expect(await focusIsVisible(page)).toBe(true);
      await page.keyboard.type(consult.title);
      await tabUntil(page, (focused) => focused.tag === 'a' && focused.text === consult.title);
      expect(await focusIsVisible(page)).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: `办理：${consult.title}` }).waitFor();
      const schema = consult.input as { properties: Record<string, any>; required?: string[] };
      for (const name of schema.required ?? []) {
        const property = schema.properties[name];
        const title = String(property.title);
        if (Array.isArray(property.enum)) {
          await tabUntil(page, (focused) => focused.type === 'radio');
          await page.keyboard.press('Space');
        } else {
          await tabUntil(page, (focused) => focused.label === title);
          await page.keyboard.type(sampleText(property, '请问社区服务中心周末几点开门？'));
        }
      }
      await tabUntil(page, (focused) => focused.text === '提交');
      expect(await focusIsVisible(page)).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByTestId('filed').waitFor();
      const ref = await filedRef();
      expect((await city.get(ref)).service.id).toBe('consultation');
      await audit('keyboard-filed');
    }, 60_000);

    it('has no serious or critical axe-core violation on any page or state visited, and no script error', () => {
      expect(violations).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  },
);
