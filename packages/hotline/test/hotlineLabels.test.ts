import { defineService, labelsFor } from '@onecase/core';
import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import {
  defineHotlineRules,
  HOTLINE_PHRASES,
  type HotlinePhrases,
  handleCall,
  hotlineReview,
  parseTranscript,
  REVIEW_REASONS,
} from '../src/index.js';
import { noise, staff, streetlight } from './testServices.js';

const LOCALES = ['zh-CN', 'en'] as const;
const slotsOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the hotline review queue speaks zh-CN and en', () => {
  it.each(LOCALES)('labels every field, event and state of a review item in %s', (locale) => {
    expect(Object.keys(hotlineReview.labels ?? {}).sort()).toEqual(['en', 'zh-CN']);
    const labels = labelsFor(hotlineReview, locale);
    expect(labels.locale).toBe(locale);
    // The queue's own names: the fields of a review item, its two events and its three states.
    expect(Object.keys(labels.fields).sort()).toEqual(
      [
        'agentId',
        'callId',
        'callback',
        'callbackVerified',
        'callerKey',
        'excerpt',
        'heardRefs',
        'items',
        'items.reason',
        'language',
      ].sort(),
    );
    // Every reason a call comes to a person is named in words, not as its code.
    for (const reason of REVIEW_REASONS) {
      const text = labels.values['items.reason']?.[reason];
      expect(text, `${locale} ${reason}`).toBeTruthy();
      expect(text).not.toBe(reason);
    }
    expect(Object.keys(labels.events).sort()).toEqual(['review.dismiss', 'review.resolve']);
    // The reviewer's forms name what they ask for.
    expect(Object.keys(labels.eventFields['review.resolve']!.fields).sort()).toEqual([
      'caseRef',
      'resolution',
    ]);
    expect(labels.eventFields['review.dismiss']!.fields.reason?.label).toMatch(
      locale === 'zh-CN' ? /驳回/ : /nothing/,
    );
    expect(Object.keys(labels.states).sort()).toEqual(['dismissed', 'pending', 'resolved']);
    for (const [name, text] of [
      ...Object.entries(labels.fields),
      ...Object.entries(labels.events),
      ...Object.entries(labels.states),
    ]) {
      // A label that is its own id means nobody wrote one.
      expect(text.label, `${locale} ${name}`).not.toBe(name);
      if (locale === 'zh-CN') expect(text.label, name).toMatch(/\p{Script=Han}/u);
    }
    expect(labels.title).toBe(locale === 'zh-CN' ? '热线来电复核' : 'Hotline call review');
  });

  it('refuses a review queue whose labels miss a state', () => {
    const { dismissed: _dropped, ...states } = hotlineReview.labels!['zh-CN']!.states;
    expect(() =>
      defineService({
        ...hotlineReview,
        labels: { ...hotlineReview.labels, 'zh-CN': { ...hotlineReview.labels!['zh-CN']!, states } },
      } as unknown as Parameters<typeof defineService>[0]),
    ).toThrow(/zh-CN\.states has no label for 'dismissed'/);
  });
});

describe("the hotline's own phrases", () => {
  const zh = HOTLINE_PHRASES['zh-CN'] as unknown as Record<string, unknown>;
  const en = HOTLINE_PHRASES.en as unknown as Record<string, unknown>;

  it('has every phrase in both locales, with the same values to fill in', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(zh)) {
      const [a, b] = [zh[key], en[key]];
      if (typeof a === 'string') {
        expect(typeof b, key).toBe('string');
        expect(a.trim(), key).not.toBe('');
        // A translation that drops {ref} would read out a reply without the case reference.
        expect(slotsOf(a), key).toEqual(slotsOf(b as string));
      } else {
        expect(Object.keys(a as object).sort(), key).toEqual(Object.keys(b as object).sort());
        for (const text of [...Object.values(a as object), ...Object.values(b as object)])
          expect(String(text).trim(), key).not.toBe('');
      }
    }
    expect(Object.keys(HOTLINE_PHRASES.en.reasons).sort()).toEqual([...REVIEW_REASONS].sort());
  });

  it('refuses a rewording of a phrase the hotline does not have', () => {
    expect(() =>
      defineHotlineRules({
        services: [],
        phrases: { en: { urgedd: 'x' } as unknown as Partial<HotlinePhrases> },
      }),
    ).toThrow(/phrases\.en\.urgedd is not a hotline phrase/);
  });
});

describe('replies in the words of the services', () => {
  const labelled = defineService({
    ...noise,
    labels: {
      'zh-CN': {
        title: '噪声扰民投诉',
        fields: { address: '地址', description: '描述', time: '时段' },
        events: {
          'info.add': '补充',
          'case.urge': '催办',
          'case.withdraw': '撤回',
          'case.assign': '派单',
          'case.close': '办结',
          'visit.rate': '评价',
        },
        states: {
          received: '已受理',
          handling: '办理中',
          closed: '已办结',
          rated: '已评价',
          withdrawn: '已撤回',
        },
      },
      en: {
        title: 'Noise nuisance report',
        fields: { address: 'Address', description: 'Description', time: 'When' },
        events: {
          'info.add': 'Add information',
          'case.urge': 'Urge',
          'case.withdraw': 'Withdraw',
          'case.assign': 'Assign',
          'case.close': 'Close',
          'visit.rate': 'Rate',
        },
        states: {
          received: 'Received',
          handling: 'In hand',
          closed: 'Closed',
          rated: 'Rated',
          withdrawn: 'Withdrawn',
        },
      },
    },
  } as unknown as Parameters<typeof defineService>[0]);
  const cues = { zh: ['噪音', '吵'], en: ['noise', 'loud'], weight: 0.55 };

  it('names the service and reads its state from its labels, the rule’s own wording winning', async () => {
    const rules = defineHotlineRules({
      services: [
        {
          service: labelled,
          cues,
          input: { address: 'address', description: 'description' },
          states: { handling: { zh: '承办单位处理中', en: 'being handled by the department' } },
        },
      ],
      phrases: { en: { read: 'Your {title} {ref}:{state}' } },
    });
    expect(rules.service('noise-complaint')?.title).toEqual({
      zh: '噪声扰民投诉',
      en: 'Noise nuisance report',
    });
    const router = createTestRouter({ services: [labelled, streetlight, hotlineReview] });
    const phone = '13800138000';
    const open = (id: string, text: string) =>
      handleCall(router, parseTranscript(`Call-Id: ${id}\nCaller: ${phone}\n\n${text}`), rules);
    const opened = await open('l-1', '市民：我要投诉，人民路12号楼下施工太吵了。');
    expect(opened.reply[0]).toContain('已为您登记噪声扰民投诉');
    expect(opened.reply[0]).toContain('目前状态：已受理。');
    const ref = opened.actions[0]!.ref!;
    const status = await open('l-2', `Caller: what's the status of ${ref}?`);
    expect(status.reply[0]).toBe(`Your Noise nuisance report ${ref}: Current status: Received.`);
    await router.send(ref, { type: 'case.assign', department: 'env' }, { via: staff });
    const handled = await open('l-3', `Caller: any update on ${ref}?`);
    expect(handled.actions[0]!.state).toBe('being handled by the department');
  });
});
