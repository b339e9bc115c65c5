import { describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import { z } from 'zod';
import {
  type CaseError,
  defineService,
  describeService,
  inputPaths,
  labelsFor,
  type ServiceLabels,
} from '../src/index.js';

const input = z.object({
  shopName: z.string().min(1),
  activity: z.enum(['retail', 'catering']),
  zones: z.array(z.enum(['A', 'B'])).optional(),
  owner: z.object({ kind: z.enum(['person', 'company']).nullable() }),
});
const events = { 'fee.pay': z.object({}) };
const machine = setup({ types: { events: {} as { type: 'fee.pay' } } }).createMachine({
  id: 'shop',
  initial: 'review',
  states: { review: { on: { 'fee.pay': 'issued' } }, issued: { type: 'final' } },
});

const zh: ServiceLabels = {
  title: '店铺登记',
  fields: {
    shopName: '店铺名称',
    activity: { label: '经营类别', hint: '主要业务', values: { retail: '零售', catering: '餐饮' } },
    zones: { label: '区域', values: { A: 'A 区', B: 'B 区' } },
    owner: '经营者',
    'owner.kind': { label: '经营者类型', values: { person: '个人', company: '公司' } },
  },
  events: { 'fee.pay': '缴费' },
  states: { review: '审核中', issued: '已发证' },
};
const en: ServiceLabels = {
  title: 'Shop registration',
  fields: {
    shopName: 'Shop name',
    activity: { label: 'Activity', values: { retail: 'Retail', catering: 'Catering' } },
    zones: { label: 'Zones', values: { A: 'Zone A', B: 'Zone B' } },
    owner: 'Owner',
    'owner.kind': { label: 'Kind of owner', values: { person: 'A person', company: 'A company' } },
  },
  events: { 'fee.pay': 'Pay the fee' },
  states: { review: 'In review', issued: 'Issued' },
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

function definitionError(labels: unknown): CaseError {
  try {
    defineService({ ...base, labels } as never);
  } catch (error) {
    expect((error as CaseError).code).toBe('INVALID_DEFINITION');
    return error as CaseError;
  }
  throw new Error('defineService accepted value labels it should refuse');
}

const withField = (set: ServiceLabels, field: string, label: unknown): ServiceLabels =>
  ({ ...set, fields: { ...set.fields, [field]: label } }) as ServiceLabels;

describe('value labels', () => {
  const shop = defineService({ ...base, labels: { 'zh-CN': zh, en } });

  it('finds enum fields at the top level, in arrays and in nested objects', () => {
    expect(inputPaths(input)).toEqual({
      nested: ['owner.kind'],
      choices: { activity: ['retail', 'catering'], zones: ['A', 'B'], 'owner.kind': ['person', 'company'] },
    });
  });

  it('resolves every value in the wanted locale', () => {
    expect(labelsFor(shop, 'zh-CN').values).toEqual({
      activity: { retail: '零售', catering: '餐饮' },
      zones: { A: 'A 区', B: 'B 区' },
      'owner.kind': { person: '个人', company: '公司' },
    });
    expect(labelsFor(shop, 'en-GB').values.activity?.catering).toBe('Catering');
    expect(labelsFor(shop, 'en').fields['owner.kind']).toEqual({ label: 'Kind of owner' });
    // The field's own label keeps its hint and does not carry the value table.
    expect(labelsFor(shop, 'zh-CN').fields.activity).toEqual({ label: '经营类别', hint: '主要业务' });
  });

  it('falls back zh-CN, then en, then the value itself', () => {
    const zhOnly = defineService({ ...base, labels: { 'zh-CN': zh } });
    expect(labelsFor(zhOnly, 'fr').values.activity?.retail).toBe('零售');
    const enOnly = defineService({ ...base, labels: { en } });
    expect(labelsFor(enOnly, 'zh-CN').values.zones?.B).toBe('Zone B');
    const none = defineService(base);
    expect(labelsFor(none, 'zh-CN').values.activity).toEqual({ retail: 'retail', catering: 'catering' });
  });

  it('refuses a locale that leaves a value unlabelled, naming the field and the value', () => {
    const error = definitionError({
      'zh-CN': zh,
      en: withField(en, 'activity', { label: 'Activity', values: { retail: 'Retail' } }),
    });
    expect(error.message).toContain('labels.en.fields.activity.values');
    expect(error.message).toContain("'catering'");
    expect(error.details).toMatchObject({ locale: 'en', field: 'activity', missing: 'catering' });
  });

  it('refuses a locale whose field has a plain label when another locale labels its values', () => {
    const error = definitionError({ 'zh-CN': zh, en: withField(en, 'owner.kind', 'Kind of owner') });
    expect(error.details).toMatchObject({ locale: 'en', field: 'owner.kind', missing: 'person' });
  });

  it('refuses a label for a value the enum does not have', () => {
    const error = definitionError({
      'zh-CN': withField(zh, 'zones', { label: '区域', values: { A: 'A 区', B: 'B 区', C: 'C 区' } }),
      en,
    });
    expect(error.message).toContain("labels.zh-CN.fields.zones.values labels 'C'");
    expect(error.details).toMatchObject({ field: 'zones', unknown: 'C' });
  });

  it('refuses value labels on a field that is not an enum, and an empty value text', () => {
    expect(
      definitionError({ 'zh-CN': withField(zh, 'shopName', { label: '店名', values: { a: 'A' } }) }).details,
    ).toMatchObject({ field: 'shopName' });
    const empty = withField(zh, 'activity', { label: '经营类别', values: { retail: ' ', catering: '餐饮' } });
    expect(definitionError({ 'zh-CN': empty }).details).toMatchObject({ field: 'activity', value: 'retail' });
  });

  it('refuses a nested path the input does not have', () => {
    const error = definitionError({ 'zh-CN': withField(zh, 'owner.name', '姓名'), en });
    expect(error.details).toMatchObject({ section: 'fields', unknown: 'owner.name' });
  });

  it('puts value labels in the JSON Schema as oneOf const/title beside the enum', () => {
    const zhInput = describeService(shop, { locale: 'zh-CN' }).input as any;
    expect(zhInput.properties.activity.enum).toEqual(['retail', 'catering']);
    expect(zhInput.properties.activity.oneOf).toEqual([
      { const: 'retail', title: '零售' },
      { const: 'catering', title: '餐饮' },
    ]);
    expect(zhInput.properties.zones.items.oneOf[1]).toEqual({ const: 'B', title: 'B 区' });
    // The list is titled, its items are not (a form numbers them under the list's title).
    expect(zhInput.properties.zones.title).toBe('区域');
    expect(zhInput.properties.zones.items.title).toBeUndefined();
    const kind = zhInput.properties.owner.properties.kind;
    expect(kind.title).toBe('经营者类型');
    const branch = kind.anyOf.find((node: any) => Array.isArray(node.enum));
    expect(branch.oneOf[0]).toEqual({ const: 'person', title: '个人' });
    expect(branch.title).toBeUndefined();
    const enInput = describeService(shop, { locale: 'en' }).input as any;
    expect(enInput.properties.activity.oneOf[1]).toEqual({ const: 'catering', title: 'Catering' });
  });

  it('resolves value labels from a catalogue descriptor as from the definition', () => {
    const descriptor = JSON.parse(JSON.stringify(describeService(shop, { locale: 'zh-CN' })));
    expect(labelsFor(descriptor, 'en').values).toEqual(labelsFor(shop, 'en').values);
  });
});
