import { describeService, labelsFor, statePaths } from '@onecase/core';
import { describe, expect, it } from 'vitest';
import { businessLicence, consultation, noiseComplaint, parkingPermit } from '../src/services/index.js';
import { fieldLines } from '../src/sim/counter/fieldLines.js';
import { cityHotlineRules } from '../src/hotlineRules.js';

const labelled = [businessLicence, noiseComplaint, parkingPermit, consultation];

describe('city services speak Chinese and English', () => {
  it.each(labelled.map((service) => [service.id, service] as const))(
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

  it('shows a parking permit’s nested state in words on the English catalogue', () => {
    const english = describeService(parkingPermit, { locale: 'en' });
    const path = statePaths({ active: 'renewalDue' })[0]!;
    expect(english.states[path]!.label).toBe('Valid, renewal due');
    expect((english.input.properties as Record<string, { title: string }>).plate!.title).toBe('Number plate');
    expect(describeService(noiseComplaint).events['case.urge']!.label).toBe('催办');
  });

  it('shows the clerk each form field with its label in the terminal', () => {
    const lines = fieldLines(describeService(consultation).input, labelsFor(consultation, 'en').fields);
    expect(lines.find((line) => line.trimStart().startsWith('topic'))).toMatch(
      /optional - one of licences.* · Topic$/,
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
