import { describeService } from '@onecase/core';
import { defineWorkOrder, WORK_ORDER_LABELS } from '@onecase/governance';
import { describe, expect, it } from 'vitest';
import { fieldModel, labelledSchema } from '../app/src/shared/form/fieldModel.js';
import { serviceText } from '../app/src/shared/i18n/serviceText.js';
import { calendar, directory, jurisdictions, order } from './workOrderFixture.js';

// The fixture's work order, now speaking Chinese and English with the governance package's labels.
const labelled = defineWorkOrder({
  id: 'street-report-labelled',
  version: 1,
  title: 'Street report',
  refPrefix: 'SL',
  categories: [{ code: 'pothole', zh: '道路坑洼', en: 'Pothole' }],
  jurisdictions,
  directory,
  calendar,
  limits: { signFor: '1wd', resolve: { pothole: '5wd' } },
  labels: {
    'zh-CN': { title: '街道报修', ...WORK_ORDER_LABELS['zh-CN'] },
    en: { title: 'Street report', ...WORK_ORDER_LABELS.en },
  },
});

const labelOf = (schema: unknown, name: string) =>
  fieldModel(schema as never).properties?.find((property) => property.name === name)?.model.label;

describe('payload fields in the generated forms', () => {
  it('shows the rating form’s optional field in words, not as `resolved`', () => {
    const zh = describeService(labelled, { locale: 'zh-CN' }).events['visit.rate']!.schema;
    expect(labelOf(zh, 'resolved')).toBe('问题是否已解决');
    expect(labelOf(zh, 'score')).toBe('满意度');
    const en = describeService(labelled, { locale: 'en' }).events['visit.rate']!.schema;
    expect(labelOf(en, 'resolved')).toBe('Was the problem solved?');
  });

  it('takes payload labels from the descriptor in any declared locale, none for a service without them', () => {
    const descriptor = describeService(labelled, { locale: 'zh-CN' });
    // Switching language needs no new request: the descriptor carries every locale's labels.
    expect(serviceText(descriptor, 'en').payloadField('order.return', 'rule')?.label).toBe(
      'Rule (remit, list of duties)',
    );
    const form = labelledSchema(descriptor.events['order.extend']!.schema, (name) =>
      serviceText(descriptor, 'zh-CN').payloadField('order.extend', name),
    );
    expect(fieldModel(form).properties?.find((p) => p.name === 'by')?.model).toMatchObject({
      label: '延期时长',
      hint: expect.stringContaining('3wd'),
    });
    // The fixture declares no labels: the console then falls back to its own words.
    expect(
      serviceText(describeService(order), 'zh-CN').payloadField('visit.rate', 'resolved'),
    ).toBeUndefined();
  });
});
