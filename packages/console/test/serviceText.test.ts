import { describe, expect, it } from 'vitest';
import { serviceText, statePaths } from '../app/src/shared/i18n/serviceText.js';
import { initialLocale, translator } from '../app/src/shared/i18n/locale.js';
import { licenceDescriptor } from './licenceSchema.js';

describe('service texts from the descriptor’s labels', () => {
  it('uses the wanted locale, then zh-CN, then the raw id', () => {
    const en = serviceText(licenceDescriptor, 'en-GB');
    expect(en.title).toBe('Business licence application');
    expect(en.field('businessName')).toEqual({ label: 'Business name' });
    // Unlabelled in English: the zh-CN label, as labelsFor falls back.
    expect(en.field('documents').label).toBe('申请材料');
    expect(en.state('review')).toBe('审核中');
    expect(en.event('case.custom').label).toBe('case.custom');
    expect(serviceText(licenceDescriptor, 'zh-CN').state('submitted')).toBe('已提交，待核验原件');
  });

  it('names a nested state by its own label or its parent’s', () => {
    expect(statePaths({ handling: { site: 'visit' } })).toEqual(['handling.site.visit']);
    expect(serviceText(licenceDescriptor, 'zh-CN').state({ handling: 'site' })).toBe('办理中');
  });
});

describe('UI locale', () => {
  it('follows an earlier choice, then the browser, then zh-CN', () => {
    expect(initialLocale(['en-US', 'zh-CN'], null)).toBe('en');
    expect(initialLocale(['fr-FR', 'zh-Hans-CN'], null)).toBe('zh-CN');
    expect(initialLocale(['de'], null)).toBe('zh-CN');
    expect(initialLocale(['en-US'], 'zh-CN')).toBe('zh-CN');
  });

  it('fills placeholders', () => {
    expect(translator('zh-CN')('catalogue.count', { count: 612 })).toBe('共 612 项服务');
  });
});
