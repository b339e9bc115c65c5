import { describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import { z } from 'zod';
import {
  type CaseError,
  defineService,
  describeService,
  labelsFor,
  type ServiceLabels,
} from '../src/index.js';

const events = {
  'visit.rate': z.object({
    score: z.number().int().min(1).max(5),
    resolved: z.boolean().optional(),
    comment: z.string().optional(),
    channel: z.enum(['phone', 'sms']).optional(),
  }),
  'case.urge': z.object({ note: z.string().optional() }),
};
const machine = setup({
  types: { events: {} as { type: 'visit.rate' } | { type: 'case.urge' } },
}).createMachine({
  id: 'visit',
  initial: 'replied',
  states: { replied: { on: { 'visit.rate': 'closed', 'case.urge': 'replied' } }, closed: { type: 'final' } },
});

const rateZh = {
  label: '评价',
  fields: {
    score: { label: '满意度', hint: '1–5 分' },
    resolved: { label: '问题是否已解决' },
    comment: '意见',
    channel: { label: '回访方式', values: { phone: '电话', sms: '短信' } },
  },
};
const zh: ServiceLabels = {
  title: '回访',
  fields: {},
  events: { 'visit.rate': rateZh, 'case.urge': '催办' },
  states: { replied: '已答复', closed: '已办结' },
};
const en: ServiceLabels = {
  title: 'Return visit',
  fields: {},
  events: {
    'visit.rate': {
      label: 'Rate',
      fields: {
        score: 'Satisfaction',
        resolved: 'Was the problem solved?',
        comment: 'Comment',
        channel: { label: 'How we asked', values: { phone: 'By phone', sms: 'By text message' } },
      },
    },
    // No payload labels for this event in English: the zh-CN ones are the fallback.
    'case.urge': 'Urge',
  },
  states: { replied: 'Answered', closed: 'Closed' },
};
const base = {
  id: 'return-visit',
  version: 1,
  title: 'Return visit',
  refPrefix: 'RV',
  machine,
  input: z.object({}),
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
  throw new Error('defineService accepted payload labels it should refuse');
}

const withRate = (set: ServiceLabels, fields: unknown): ServiceLabels =>
  ({ ...set, events: { ...set.events, 'visit.rate': { label: 'x', fields } } }) as ServiceLabels;

describe('event payload field labels', () => {
  const service = defineService({ ...base, labels: { 'zh-CN': zh, en } });

  it('resolves payload field and value labels per locale', () => {
    const english = labelsFor(service, 'en').eventFields['visit.rate']!;
    expect(english.fields.resolved).toEqual({ label: 'Was the problem solved?' });
    expect(english.values.channel?.sms).toBe('By text message');
    const chinese = labelsFor(service, 'zh-CN').eventFields['visit.rate']!;
    expect(chinese.fields.score).toEqual({ label: '满意度', hint: '1–5 分' });
    expect(chinese.values.channel?.phone).toBe('电话');
    // The event label itself stays text and hint only.
    expect(labelsFor(service, 'zh-CN').events['visit.rate']).toEqual({ label: '评价' });
  });

  it('falls back zh-CN → en → nothing for an event a locale gives no fields', () => {
    const urgeZh = { 'case.urge': { label: '催办', fields: { note: '说明' } } };
    const withUrge = defineService({
      ...base,
      id: 'return-visit-urge',
      labels: { 'zh-CN': { ...zh, events: { ...zh.events, ...urgeZh } }, en },
    });
    expect(labelsFor(withUrge, 'en').eventFields['case.urge']!.fields.note).toEqual({ label: '说明' });
    // Nobody labels it: no entry, so a client keeps its own word rather than showing an id as one.
    expect(labelsFor(service, 'en').eventFields['case.urge']!.fields).toEqual({});
  });

  it('refuses an event whose fields leave a payload field unlabelled, naming locale, event and field', () => {
    const { resolved: _resolved, ...rest } = rateZh.fields;
    const error = definitionError({ 'zh-CN': withRate(zh, rest), en });
    expect(error.message).toContain("labels.zh-CN.events.visit.rate.fields has no label for 'resolved'");
    expect(error.details).toMatchObject({ locale: 'zh-CN', event: 'visit.rate', missing: 'resolved' });
  });

  it('refuses a payload field or value the event does not have', () => {
    const unknownField = definitionError({
      'zh-CN': zh,
      en: withRate(en, { ...rateZh.fields, urgency: '紧急' }),
    });
    expect(unknownField.details).toMatchObject({ locale: 'en', event: 'visit.rate', unknown: 'urgency' });
    expect(unknownField.message).toContain("payload of 'visit.rate' does not have");

    const channel = { label: '方式', values: { phone: '电话', sms: '短信', email: '邮件' } };
    const unknownValue = definitionError({ 'zh-CN': withRate(zh, { ...rateZh.fields, channel }), en });
    expect(unknownValue.details).toMatchObject({ event: 'visit.rate', field: 'channel', unknown: 'email' });

    const missingValue = { label: '方式', values: { phone: '电话' } };
    const missing = definitionError({
      'zh-CN': withRate(zh, { ...rateZh.fields, channel: missingValue }),
      en,
    });
    expect(missing.message).toContain(
      "labels.zh-CN.events.visit.rate.fields.channel.values has no label for 'sms'",
    );

    const valuesOnText = { label: '意见', values: { a: 'A' } };
    expect(
      definitionError({ 'zh-CN': withRate(zh, { ...rateZh.fields, comment: valuesOnText }), en }).message,
    ).toContain('not an enum');
    expect(
      definitionError({ 'zh-CN': withRate(zh, { ...rateZh.fields, score: '' }), en }).details,
    ).toMatchObject({
      event: 'visit.rate',
      field: 'score',
    });
    expect(definitionError({ 'zh-CN': withRate(zh, ['score']), en }).details).toMatchObject({
      event: 'visit.rate',
    });
  });

  it('titles payload fields and their choices in the catalogue schema of each locale', () => {
    const schemaOf = (locale: string) =>
      describeService(service, { locale }).events['visit.rate']!.schema.properties as Record<string, any>;
    expect(schemaOf('zh-CN').resolved.title).toBe('问题是否已解决');
    expect(schemaOf('zh-CN').score).toMatchObject({ title: '满意度', description: '1–5 分' });
    expect(schemaOf('en').resolved.title).toBe('Was the problem solved?');
    expect(schemaOf('en').channel.anyOf ?? schemaOf('en').channel.oneOf).toBeDefined();
    const channel = JSON.stringify(schemaOf('en').channel);
    expect(channel).toContain('"title":"By text message"');
    // An event nobody gives payload labels keeps its schema as zod wrote it.
    expect(describeService(service, { locale: 'en' }).events['case.urge']!.schema.properties).toEqual(
      describeService(defineService(base)).events['case.urge']!.schema.properties,
    );
  });

  it('resolves payload labels from a catalogue descriptor too', () => {
    const descriptor = describeService(service, { locale: 'en' });
    expect(labelsFor(descriptor, 'en').eventFields['visit.rate']!.fields.comment?.label).toBe('Comment');
    expect(labelsFor(descriptor, 'zh-CN').eventFields['visit.rate']!.values.channel?.sms).toBe('短信');
  });
});
