import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import { z } from 'zod';
import { defineService } from '@onecase/core';
import { createTestRouter } from '@onecase/testing';
import { createWebHandler, serveNode, type NodeServer } from '../src/index.js';

const machine = setup({ types: { events: {} as { type: 'case.close' } } }).createMachine({
  id: 'permit',
  initial: 'open',
  states: { open: { on: { 'case.close': 'closed' } }, closed: { type: 'final' } },
});

function permit(n: number) {
  return defineService({
    id: `permit-${n}`,
    version: 1,
    title: `Permit ${n}`,
    refPrefix: 'PM',
    machine,
    input: z.object({ name: z.string() }),
    events: { 'case.close': z.object({}) },
    channels: { web: '*' },
    labels: {
      'zh-CN': {
        title: `许可证 ${n}`,
        fields: { name: { label: '姓名', hint: '与身份证一致' } },
        events: { 'case.close': '办结' },
        states: { open: '办理中', closed: '已办结' },
      },
      en: {
        title: `Permit ${n}`,
        fields: { name: 'Full name' },
        events: { 'case.close': 'Close' },
        states: { open: 'In progress', closed: 'Closed' },
      },
    },
  });
}

let server: NodeServer;
const services = Array.from({ length: 25 }, (_, i) => permit(i + 1));
const router = createTestRouter({ services });
beforeAll(async () => {
  server = await serveNode(createWebHandler({ router, authenticate: () => null }));
});
afterAll(async () => {
  await server.close();
  await router.close();
});

describe('GET /services in the caller’s language, paged and cached', () => {
  it('answers in the language Accept-Language asks for, Chinese by default', async () => {
    const english = await fetch(`${server.url}/services/permit-3`, {
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(english.headers.get('content-language')).toBe('en');
    const body = await english.json();
    expect(body.title).toBe('Permit 3');
    expect(body.input.properties.name.title).toBe('Full name');
    expect(body.events['case.close'].label).toBe('Close');
    expect(body.states.closed.label).toBe('Closed');
    const chinese = await (await fetch(`${server.url}/services/permit-3`)).json();
    expect(chinese.title).toBe('许可证 3');
    expect(chinese.input.properties.name).toMatchObject({ title: '姓名', description: '与身份证一致' });
    const list = await (
      await fetch(`${server.url}/services`, { headers: { 'accept-language': 'en' } })
    ).json();
    expect(list.map((s: { title: string }) => s.title).slice(0, 2)).toEqual(['Permit 1', 'Permit 2']);
  });

  it('pages with Link rel="next" until the last page, every service once', async () => {
    const seen: string[] = [];
    let next: string | null = '/services?pageSize=10';
    let pages = 0;
    while (next) {
      const response: Response = await fetch(`${server.url}${next}`);
      expect(response.headers.get('x-total-count')).toBe('25');
      seen.push(...(await response.json()).map((s: { id: string }) => s.id));
      next = /<([^>]+)>; rel="next"/.exec(response.headers.get('link') ?? '')?.[1] ?? null;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(services.map((s) => s.id));
    const bad = await fetch(`${server.url}/services?page=0`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).code).toBe('INVALID_INPUT');
  });

  it('sends an ETag per language and answers 304 to If-None-Match', async () => {
    const first = await fetch(`${server.url}/services`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(`${server.url}/services`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const english = await fetch(`${server.url}/services`, {
      headers: { 'if-none-match': etag, 'accept-language': 'en' },
    });
    expect(english.status).toBe(200);
    expect(english.headers.get('etag')).not.toBe(etag);
    const one = await fetch(`${server.url}/services/permit-1`);
    const cached = await fetch(`${server.url}/services/permit-1`, {
      headers: { 'if-none-match': `W/${one.headers.get('etag')}` },
    });
    expect(cached.status).toBe(304);
    const page = await fetch(`${server.url}/services?page=2&pageSize=10`);
    const pageTag = page.headers.get('etag')!;
    expect(pageTag).not.toBe(etag);
    expect(
      (await fetch(`${server.url}/services?page=2&pageSize=10`, { headers: { 'if-none-match': pageTag } }))
        .status,
    ).toBe(304);
    expect(
      (await fetch(`${server.url}/services?page=3&pageSize=10`, { headers: { 'if-none-match': pageTag } }))
        .status,
    ).toBe(200);
    expect(await (await fetch(`${server.url}/services?page=99&pageSize=10`)).json()).toEqual([]);
  });
});
