import { describeService, inputPaths, labelsFor, statePaths } from '@onecase/core';
import { describe, expect, it } from 'vitest';
import {
  businessLicence,
  consultation,
  noiseComplaint,
  noiseComplaintV1,
  parkingPermit,
} from '../src/services/index.js';
import { streetFacility } from '../src/services/streetFacility.js';
import { fieldLines } from '../src/sim/counter/fieldLines.js';
import { cityHotlineRules } from '../src/hotlineRules.js';

const labelled = [
  businessLicence,
  noiseComplaint,
  noiseComplaintV1,
  parkingPermit,
  consultation,
  streetFacility,
];

describe('city services speak Chinese and English', () => {
  it.each(labelled.map((service) => [service.key, service] as const))(
    '%s labels every field, event and state in zh-CN and en',
    (_id, service) => {
      expect(Object.keys(service.labels ?? {}).sort()).toEqual(['en', 'zh-CN']);
      for (const locale of ['zh-CN', 'en']) {
        const labels = labelsFor(service, locale);
        expect(labels.locale).toBe(locale);
        for (const [name, text] of [
          ...Object.entries(labels.fields),
          ...Object.entries(labels.events),
          ...Object.entries(labels.states),
        ]) {
          // A label that is its own id means nobody wrote one.
          expect(text.label, `${locale} ${name}`).not.toBe(name);
        }
      }
      expect(labelsFor(service, 'zh-CN').title).toMatch(/\p{Script=Han}/u);
    },
  );

  it.each(labelled.map((service) => [service.key, service] as const))(
    '%s names every choice of every enum field in zh-CN and en',
    (_id, service) => {
      const { choices } = inputPaths(service.input);
      for (const locale of ['zh-CN', 'en'] as const) {
        for (const [field, values] of Object.entries(choices)) {
          const entry = service.labels?.[locale]?.fields[field];
          const declared = typeof entry === 'object' ? (entry.values ?? {}) : {};
          for (const value of values) {
            // Written by someone, not the value echoed back (which is what labelsFor falls back to).
            expect(declared[value], `${locale} ${field}=${value}`).toBeTypeOf('string');
            expect(declared[value], `${locale} ${field}=${value}`).not.toBe(value);
            if (locale === 'zh-CN') expect(declared[value]).toMatch(/\p{Script=Han}/u);
          }
        }
      }
    },
  );

  it.each(labelled.map((service) => [service.key, service] as const))(
    '%s labels every payload field of every event (and its choices) in zh-CN and en',
    (_id, service) => {
      for (const locale of ['zh-CN', 'en'] as const) {
        const { eventFields } = labelsFor(service, locale);
        for (const [type, schema] of Object.entries(service.events)) {
          // Core lets an event go without payload labels; the city gives them all, or a form shows ids.
          const fields = Object.keys((schema as { shape?: object }).shape ?? {});
          const own = service.labels?.[locale]?.events[type];
          if (fields.length > 0)
            expect(typeof own === 'object' && own.fields, `${locale} ${type}`).toBeTruthy();
          for (const field of fields) {
            const text = eventFields[type]?.fields[field]?.label;
            expect(text, `${locale} ${type}.${field}`).toBeTypeOf('string');
            expect(text, `${locale} ${type}.${field}`).not.toBe(field);
            if (locale === 'zh-CN') expect(text, `${type}.${field}`).toMatch(/\p{Script=Han}/u);
          }
          for (const [field, values] of Object.entries(inputPaths(schema).choices)) {
            for (const value of values) {
              expect(
                eventFields[type]?.values[field]?.[value],
                `${locale} ${type}.${field}=${value}`,
              ).not.toBe(value);
            }
          }
        }
      }
    },
  );

  it('titles the rating form’s payload fields in both catalogues', () => {
    const rating = (locale: string) =>
      describeService(noiseComplaint, { locale }).events['visit.rate']!.schema.properties as Record<
        string,
        any
      >;
    expect(rating('zh-CN').resolved.title).toBe('问题是否已解决');
    expect(rating('en').resolved.title).toBe('Was the problem solved?');
    expect(
      describeService(parkingPermit, { locale: 'en' }).events['identity.verify']!.schema.properties,
    ).toMatchObject({
      method: { oneOf: expect.arrayContaining([{ const: 'resident-id', title: 'Resident ID card' }]) },
    });
  });

  it('shows a business licence’s line of business in words in both catalogues', () => {
    const activity = (locale: string) =>
      (describeService(businessLicence, { locale }).input.properties as Record<string, any>).activity;
    expect(activity('zh-CN').oneOf).toContainEqual({ const: 'catering', title: '餐饮' });
    expect(activity('en').oneOf).toContainEqual({ const: 'catering', title: 'Catering' });
    expect(activity('en').enum).toContain('catering');
    expect(labelsFor(noiseComplaint, 'zh-CN').values.category?.['noise.construction']).toMatch(/施工/);
  });

  it('shows a parking permit’s nested state in words on the English catalogue', () => {
    const english = describeService(parkingPermit, { locale: 'en' });
    const path = statePaths({ active: 'renewalDue' })[0]!;
    expect(english.states[path]!.label).toBe('Valid, renewal due');
    expect((english.input.properties as Record<string, { title: string }>).plate!.title).toBe('Number plate');
    expect(describeService(noiseComplaint).events['case.urge']!.label).toBe('催办');
    expect(describeService(noiseComplaint, { locale: 'en' }).events['order.dispatch']!.label).toBe(
      'Dispatch',
    );
  });

  it('shows the clerk each form field with its label in the terminal', () => {
    const en = labelsFor(consultation, 'en');
    const lines = fieldLines(describeService(consultation).input, en.fields, en.values);
    const topic = lines.find((line) => line.trimStart().startsWith('topic'));
    expect(topic).toMatch(/optional - one of licences \(Licences\), parking \(Parking\).* · Topic$/);
    expect(topic).toContain('social-security (Social security)');
    const zh = labelsFor(consultation, 'zh-CN');
    expect(fieldLines(describeService(consultation).input, zh.fields, zh.values).join('\n')).toContain(
      'housing (住房)',
    );
  });

  it.each(labelled.map((service) => [service.id, service] as const))(
    'the hotline names %s and reads its states in the service’s own labels',
    (_id, service) => {
      const rule = cityHotlineRules.service(service.id)!;
      const [zh, en] = [labelsFor(service, 'zh-CN'), labelsFor(service, 'en')];
      expect(rule.title).toEqual({ zh: zh.title, en: en.title });
      for (const [path, text] of Object.entries(zh.states))
        expect(rule.states[path], path).toEqual({ zh: text.label, en: en.states[path]!.label });
    },
  );
});
