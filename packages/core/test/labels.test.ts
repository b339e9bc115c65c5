import { describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import { z } from 'zod';
import {
  type CaseError,
  createRouter,
  defineService,
  describeService,
  labelsFor,
  negotiateLocale,
  type ServiceLabels,
  statePaths,
} from '../src/index.js';

const input = z.object({ shopName: z.string().min(1), area: z.number().positive() });
const events = { 'docs.check': z.object({ ok: z.boolean() }), 'fee.pay': z.object({}) };
const machine = setup({ types: { events: {} as { type: 'docs.check' | 'fee.pay' } } }).createMachine({
  id: 'shop',
  initial: 'review',
  states: {
    review: {
      type: 'parallel',
      states: {
        docs: { initial: 'waiting', states: { waiting: { on: { 'docs.check': 'ok' } }, ok: {} } },
        fee: { initial: 'unpaid', states: { unpaid: { on: { 'fee.pay': 'paid' } }, paid: {} } },
      },
    },
    issued: { type: 'final' },
  },
});

const zh: ServiceLabels = {
  title: '店铺登记',
  description: '登记一家店铺',
  fields: { shopName: { label: '店铺名称', hint: '营业执照上的名称' }, area: '面积（平方米）' },
  events: { 'docs.check': '核验材料', 'fee.pay': '缴费' },
  states: {
    'review.docs.waiting': '待核验',
    'review.docs.ok': '材料齐全',
    'review.fee.unpaid': '待缴费',
    'review.fee.paid': '已缴费',
    issued: '已发证',
    review: '审核中',
  },
};
const en: ServiceLabels = {
  title: 'Shop registration',
  fields: { shopName: { label: 'Shop name', hint: 'As on the business licence' }, area: 'Floor area (m²)' },
  events: { 'docs.check': 'Check documents', 'fee.pay': 'Pay the fee' },
  states: {
    'review.docs.waiting': 'Documents awaited',
    'review.docs.ok': 'Documents complete',
    'review.fee.unpaid': 'Fee due',
    'review.fee.paid': 'Fee paid',
    issued: 'Issued',
  },
};
const base = {
  id: 'shop-registration',
  version: 1,
  title: 'Shop registration',
  refPrefix: 'SR',
  machine,
  input,
  events,
  channels: { web: '*' as const },
};

function definitionError(config: unknown): CaseError {
  try {
    defineService(config as never);
  } catch (error) {
    expect((error as CaseError).code).toBe('INVALID_DEFINITION');
    return error as CaseError;
  }
  throw new Error('defineService accepted labels it should refuse');
}

describe('service labels', () => {
  const shop = defineService({ ...base, labels: { 'zh-CN': zh, en } });

  it('labels the fields, events and the state paths statePaths writes, per locale', async () => {
    const router = createRouter({ services: [shop] });
    const view = await router.open({
      service: 'shop-registration',
      input: { shopName: 'A', area: 20 },
      via: { channel: 'web', actor: { id: 'u' } },
    });
    const paths = statePaths(view.state.value);
    expect(paths.map((path) => labelsFor(shop, 'en').states[path]!.label)).toEqual([
      'Documents awaited',
      'Fee due',
    ]);
    expect(paths.map((path) => labelsFor(shop, 'zh-CN').states[path]!.label)).toEqual(['待核验', '待缴费']);
    expect(labelsFor(shop, 'en').fields.shopName).toEqual({
      label: 'Shop name',
      hint: 'As on the business licence',
    });
    expect(labelsFor(shop, 'zh-CN').events['fee.pay']!.label).toBe('缴费');
  });

  it('falls back from an undeclared locale to zh-CN, then en, then the id', () => {
    expect(labelsFor(shop, 'fr').title).toBe('店铺登记');
    expect(labelsFor(shop, 'en-GB').title).toBe('Shop registration');
    expect(labelsFor(shop, 'zh').locale).toBe('zh-CN');
    // en does not label the parent state `review`; zh-CN does.
    expect(labelsFor(shop, 'en').states.review!.label).toBe('审核中');
    const englishOnly = defineService({ ...base, labels: { en } });
    expect(labelsFor(englishOnly, 'zh-CN').events['docs.check']!.label).toBe('Check documents');
    const none = defineService(base);
    expect(labelsFor(none, 'zh-CN')).toMatchObject({
      locale: undefined,
      title: 'Shop registration',
      events: { 'fee.pay': { label: 'fee.pay' } },
      states: { issued: { label: 'issued' } },
    });
  });

  it('refuses a declared locale that misses a label, naming the locale and the entry', () => {
    const { 'review.fee.paid': _paid, ...fewer } = en.states;
    const missingState = definitionError({ ...base, labels: { 'zh-CN': zh, en: { ...en, states: fewer } } });
    expect(missingState.message).toContain("labels.en.states has no label for 'review.fee.paid'");
    expect(missingState.details).toMatchObject({
      locale: 'en',
      section: 'states',
      missing: 'review.fee.paid',
    });
    const missingField = definitionError({
      ...base,
      labels: { 'zh-CN': { ...zh, fields: { shopName: '店铺名称' } } },
    });
    expect(missingField.message).toContain("labels.zh-CN.fields has no label for 'area'");
    const missingEvent = definitionError({
      ...base,
      labels: { en: { ...en, events: { 'fee.pay': 'Pay' } } },
    });
    expect(missingEvent.message).toContain("'docs.check'");
    expect(definitionError({ ...base, labels: { en: { ...en, title: '' } } }).message).toContain(
      'labels.en needs a title',
    );
    const typo = definitionError({
      ...base,
      labels: { en: { ...en, fields: { ...en.fields, shopname: 'x' } } },
    });
    expect(typo.message).toContain("labels 'shopname', which the service does not have");
    expect(
      definitionError({ ...base, labels: { en: { ...en, events: { ...en.events, 'fee.pay': '' } } } })
        .message,
    ).toContain('labels.en.events.fee.pay');
  });

  it('puts the labels into the catalogue: field titles in the JSON Schema, event and state labels', () => {
    const english = describeService(shop, { locale: 'en' });
    expect(english).toMatchObject({ title: 'Shop registration', locale: 'en' });
    const properties = english.input.properties as Record<string, { title?: string; description?: string }>;
    expect(properties.shopName).toMatchObject({
      title: 'Shop name',
      description: 'As on the business licence',
      type: 'string',
    });
    expect(properties.area!.title).toBe('Floor area (m²)');
    expect(english.events['docs.check']!.label).toBe('Check documents');
    expect(english.states['review.fee.paid']!.label).toBe('Fee paid');
    const chinese = describeService(shop);
    expect(chinese.title).toBe('店铺登记');
    expect((chinese.input.properties as Record<string, { title?: string }>).area!.title).toBe(
      '面积（平方米）',
    );
    // A client holding the default descriptor can still show it in English.
    expect(labelsFor(chinese, 'en').events['fee.pay']!.label).toBe('Pay the fee');
    expect(labelsFor(chinese, 'en').fields.area!.label).toBe('Floor area (m²)');
  });

  it('negotiates Accept-Language with quality values', () => {
    expect(negotiateLocale('en-US,en;q=0.9,zh;q=0.8', ['zh-CN', 'en'])).toBe('en');
    expect(negotiateLocale('fr;q=1, zh-TW;q=0.5', ['zh-CN', 'en'])).toBe('zh-CN');
    expect(negotiateLocale('en;q=0.2, zh-CN', ['zh-CN', 'en'])).toBe('zh-CN');
    expect(negotiateLocale('fr, *', ['zh-CN', 'en'])).toBeUndefined();
    expect(negotiateLocale(null, ['en'])).toBeUndefined();
  });
});
