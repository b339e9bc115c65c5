import { defineService } from '@onecase/core';
import { createTestRouter } from '@onecase/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import { z } from 'zod';
import { createWebHandler, type NodeServer, serveNode } from '../src/index.js';

const machine = setup({ types: { events: {} as { type: 'case.close' } } }).createMachine({
  id: 'stall',
  initial: 'open',
  states: { open: { on: { 'case.close': 'closed' } }, closed: { type: 'final' } },
});

const stall = defineService({
  id: 'market-stall',
  version: 1,
  title: 'Market stall',
  refPrefix: 'MS',
  machine,
  input: z.object({
    goods: z.enum(['food', 'clothes']),
    days: z.array(z.enum(['sat', 'sun'])).min(1),
  }),
  events: { 'case.close': z.object({}) },
  channels: { web: '*' },
  labels: {
    'zh-CN': {
      title: '市集摊位',
      fields: {
        goods: { label: '经营品类', values: { food: '食品', clothes: '服装' } },
        days: { label: '摆摊日', values: { sat: '周六', sun: '周日' } },
      },
      events: { 'case.close': '办结' },
      states: { open: '办理中', closed: '已办结' },
    },
    en: {
      title: 'Market stall',
      fields: {
        goods: { label: 'Goods', values: { food: 'Food', clothes: 'Clothes' } },
        days: { label: 'Days', values: { sat: 'Saturday', sun: 'Sunday' } },
      },
      events: { 'case.close': 'Close' },
      states: { open: 'In progress', closed: 'Closed' },
    },
  },
});

let server: NodeServer;
const router = createTestRouter({ services: [stall] });
beforeAll(async () => {
  server = await serveNode(createWebHandler({ router, authenticate: () => null }));
});
afterAll(async () => {
  await server.close();
  await router.close();
});

const fetchIn = async (path: string, language?: string) => {
  const response = await fetch(`${server.url}${path}`, {
    headers: language ? { 'accept-language': language } : {},
  });
  return { etag: response.headers.get('etag'), body: await response.json() };
};

describe('GET /services names enum values in the caller’s language', () => {
  it('keeps enum and adds oneOf const/title in Chinese by default and in English when asked', async () => {
    const chinese = (await fetchIn('/services/market-stall')).body.input.properties;
    expect(chinese.goods.enum).toEqual(['food', 'clothes']);
    expect(chinese.goods.oneOf).toEqual([
      { const: 'food', title: '食品' },
      { const: 'clothes', title: '服装' },
    ]);
    expect(chinese.days.items.oneOf.map((branch: { title: string }) => branch.title)).toEqual([
      '周六',
      '周日',
    ]);
    const english = (await fetchIn('/services/market-stall', 'en-GB,en;q=0.8')).body.input.properties;
    expect(english.goods.oneOf[0]).toEqual({ const: 'food', title: 'Food' });
    expect(english.days.items.oneOf[1]).toEqual({ const: 'sun', title: 'Sunday' });
  });

  it('carries them in the list too, with an entity tag per language', async () => {
    const zh = await fetchIn('/services', 'zh-CN');
    const en = await fetchIn('/services', 'en');
    expect(zh.body[0].input.properties.goods.oneOf[1].title).toBe('服装');
    expect(en.body[0].input.properties.goods.oneOf[1].title).toBe('Clothes');
    expect(zh.etag).not.toBe(en.etag);
    // Every declared locale rides along, so a client switches language without asking again.
    expect(zh.body[0].labels.en.fields.goods.values.clothes).toBe('Clothes');
  });
});
