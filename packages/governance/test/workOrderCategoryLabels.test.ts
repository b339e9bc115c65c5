import { describeService, labelsFor } from '@onecase/core';
import { describe, expect, it } from 'vitest';
import { defineWorkOrder, WORK_ORDER_LABELS } from '../src/index.js';
import { calendar, directory, jurisdictions } from './fixtures.js';

const base = {
  id: 'lamp-report',
  version: 1,
  title: 'Street lamp',
  categories: [
    { code: 'lamp.out', zh: '路灯不亮', en: 'Lamp out' },
    { code: 'lamp.pole', zh: '灯杆损坏', en: 'Damaged pole' },
  ],
  jurisdictions,
  directory,
  calendar,
  limits: { resolve: { '*': '3wd' as const } },
};
const labels = {
  'zh-CN': { title: '路灯报修', ...WORK_ORDER_LABELS['zh-CN'] },
  en: { title: 'Street lamp', ...WORK_ORDER_LABELS.en },
};

describe('a work order names its categories in each language', () => {
  it('takes the category choices from the categories’ own zh / en names', () => {
    const lamp = defineWorkOrder({ ...base, labels });
    expect(labelsFor(lamp, 'zh-CN').values.category).toEqual({
      'lamp.out': '路灯不亮',
      'lamp.pole': '灯杆损坏',
    });
    expect(labelsFor(lamp, 'en').values.category?.['lamp.pole']).toBe('Damaged pole');
    const schema = describeService(lamp, { locale: 'en' }).input.properties as Record<string, any>;
    expect(schema.category.oneOf[0]).toEqual({ const: 'lamp.out', title: 'Lamp out' });
    // The field's own label is kept.
    expect(labelsFor(lamp, 'zh-CN').fields.category?.label).toBe(
      WORK_ORDER_LABELS['zh-CN'].fields.category.label,
    );
  });

  it('keeps the names a locale gives itself', () => {
    const own = {
      ...labels,
      en: {
        ...labels.en,
        fields: {
          ...labels.en.fields,
          category: { label: 'Fault', values: { 'lamp.out': 'Dark lamp', 'lamp.pole': 'Broken pole' } },
        },
      },
    };
    const lamp = defineWorkOrder({ ...base, labels: own });
    expect(labelsFor(lamp, 'en').values.category?.['lamp.out']).toBe('Dark lamp');
    expect(labelsFor(lamp, 'zh-CN').values.category?.['lamp.out']).toBe('路灯不亮');
  });

  it('leaves a missing category label for defineService to refuse', () => {
    const { category: _category, ...rest } = WORK_ORDER_LABELS.en.fields;
    expect(() =>
      defineWorkOrder({ ...base, labels: { ...labels, en: { ...labels.en, fields: rest } } }),
    ).toThrow(/labels\.en\.fields has no label for 'category'/);
  });
});
