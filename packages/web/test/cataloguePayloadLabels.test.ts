import { defineService } from '@onecase/core';
import { createTestRouter } from '@onecase/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import { z } from 'zod';
import { createWebHandler, type NodeServer, serveNode } from '../src/index.js';

const machine = setup({ types: { events: {} as { type: 'visit.rate' } } }).createMachine({
  id: 'visit',
  initial: 'replied',
  states: { replied: { on: { 'visit.rate': 'closed' } }, closed: { type: 'final' } },
});

const visit = defineService({
  id: 'return-visit',
  version: 1,
  title: 'Return visit',
  refPrefix: 'RV',
  machine,
  input: z.object({}),
  events: {
    'visit.rate': z.object({
      score: z.number().int().min(1).max(5),
      resolved: z.boolean().optional(),
      how: z.enum(['phone', 'web']).optional(),
    }),
  },
  channels: { web: '*' },
  labels: {
    'zh-CN': {
      title: '回访',
      fields: {},
      events: {
        'visit.rate': {
          label: '评价',
          fields: {
            score: { label: '满意度', hint: '1–5 分' },
            resolved: '问题是否已解决',
            how: { label: '评价方式', values: { phone: '电话', web: '网上' } },
          },
        },
      },
      states: { replied: '已答复', closed: '已办结' },
    },
    en: {
      title: 'Return visit',
      fields: {},
      events: {
        'visit.rate': {
          label: 'Rate',
          fields: {
            score: 'Satisfaction',
            resolved: 'Was the problem solved?',
            how: { label: 'Rated by', values: { phone: 'Phone', web: 'Online' } },
          },
        },
      },
      states: { replied: 'Answered', closed: 'Closed' },
    },
  },
});

let server: NodeServer;
const router = createTestRouter({ services: [visit] });
beforeAll(async () => {
  server = await serveNode(createWebHandler({ router, authenticate: () => null }));
});
afterAll(async () => {
  await server.close();
  await router.close();
});

const payloadIn = async (path: string, language?: string) => {
  const response = await fetch(`${server.url}${path}`, {
    headers: language ? { 'accept-language': language } : {},
  });
  const body = await response.json();
  return (Array.isArray(body) ? body[0] : body).events['visit.rate'].schema.properties;
};

describe('GET /services titles event payload fields in the caller’s language', () => {
  it('in Chinese by default and in English when asked, with the choices of an enum', async () => {
    const chinese = await payloadIn('/services/return-visit');
    expect(chinese.resolved.title).toBe('问题是否已解决');
    expect(chinese.score).toMatchObject({ title: '满意度', description: '1–5 分' });
    const english = await payloadIn('/services/return-visit', 'en-US,en;q=0.9');
    expect(english.resolved.title).toBe('Was the problem solved?');
    expect(JSON.stringify(english.how)).toContain('{"const":"web","title":"Online"}');
  });

  it('in the catalogue list too', async () => {
    expect((await payloadIn('/services', 'zh-CN')).how.title).toBe('评价方式');
    expect((await payloadIn('/services', 'en')).score.title).toBe('Satisfaction');
  });
});
