import { defineService, describeService, type ServiceLabels } from '@onecase/core';
import { describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import { z } from 'zod';
import { fieldModel, labelledSchema } from '../app/src/shared/form/fieldModel.js';
import { translator } from '../app/src/shared/i18n/locale.js';
import { serviceText } from '../app/src/shared/i18n/serviceText.js';
import { payloadEntries } from '../app/src/portal/payloadText.js';

const zh: ServiceLabels = {
  title: '店铺登记',
  fields: {
    shopName: '店铺名称',
    activity: { label: '经营类别', values: { retail: '零售', catering: '餐饮' } },
    zones: { label: '区域', values: { A: 'A 区', B: 'B 区' } },
    owner: '经营者',
    'owner.kind': { label: '经营者类型', values: { person: '个人', company: '公司' } },
  },
  events: { 'fee.pay': '缴费' },
  states: { review: '审核中' },
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
  states: { review: 'In review' },
};

const shop = defineService({
  id: 'shop',
  version: 1,
  title: 'Shop registration',
  refPrefix: 'SH',
  machine: setup({ types: { events: {} as { type: 'fee.pay' } } }).createMachine({
    id: 'shop',
    initial: 'review',
    states: { review: { on: { 'fee.pay': 'review' } } },
  }),
  input: z.object({
    shopName: z.string(),
    activity: z.enum(['retail', 'catering']),
    zones: z.array(z.enum(['A', 'B'])).optional(),
    owner: z.object({ kind: z.enum(['person', 'company']).nullable() }),
  }),
  events: { 'fee.pay': z.object({}) },
  channels: { web: '*' },
  labels: { 'zh-CN': zh, en },
});

// What the portal receives: the catalogue's JSON, in the language the browser asked for.
const descriptor = JSON.parse(JSON.stringify(describeService(shop, { locale: 'zh-CN' })));

describe('choices with their labels', () => {
  const model = fieldModel(descriptor.input);
  const property = (name: string) => model.properties!.find((p) => p.name === name)!.model;

  it('reads each enum value with its label from the catalogue schema, in the enum’s order', () => {
    expect(property('activity').kind).toBe('choice');
    expect(property('activity').choices).toEqual([
      { value: 'retail', label: '零售' },
      { value: 'catering', label: '餐饮' },
    ]);
    expect(property('zones').item?.choices).toEqual([
      { value: 'A', label: 'A 区' },
      { value: 'B', label: 'B 区' },
    ]);
    const kind = property('owner').properties!.find((p) => p.name === 'kind')!.model;
    expect(kind.choices?.map((choice) => choice.label)).toEqual(['个人', '公司']);
  });

  it('keeps the labels when the form is relabelled for another language', () => {
    const text = serviceText(descriptor, 'en');
    const relabelled = fieldModel(labelledSchema(descriptor.input, (name) => text.field(name)));
    expect(relabelled.properties!.find((p) => p.name === 'activity')!.model.label).toBe('Activity');
    expect(relabelled.properties!.find((p) => p.name === 'activity')!.model.choices).toHaveLength(2);
  });

  it('names a value in the visitor’s language from the labels of every locale', () => {
    const text = serviceText(descriptor, 'en-GB');
    expect(text.value('activity', 'catering')).toBe('Catering');
    // The form asks by the path of a list item; the label belongs to the list.
    expect(text.value('zones.1', 'B')).toBe('Zone B');
    expect(text.value('owner.kind', 'company')).toBe('A company');
    expect(serviceText(descriptor, 'zh-CN').value('activity', 'retail')).toBe('零售');
    // A value nobody labelled, or a field without choices, reads as itself.
    expect(text.value('shopName', 'Corner shop')).toBe('Corner shop');
  });

  it('shows what was filed with the value labels on the case’s timeline', () => {
    const t = translator('en');
    const entries = payloadEntries(
      'case.open',
      { shopName: 'Corner shop', activity: 'catering', zones: ['A', 'B'] },
      serviceText(descriptor, 'en'),
      t,
    );
    expect(entries).toEqual([
      ['Shop name', 'Corner shop'],
      ['Activity', 'Catering'],
      ['Zones', 'Zone A、Zone B'],
    ]);
  });
});
