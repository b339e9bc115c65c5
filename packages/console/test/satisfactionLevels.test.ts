import { SATISFACTION_LEVELS } from '@onecase/governance';
import { describe, expect, it } from 'vitest';
import { SATISFACTION_SCORES } from '../app/src/portal/SatisfactionScale.js';
import { UI_STRINGS, type UiKey } from '../app/src/shared/i18n/strings.js';

describe('the portal’s satisfaction scale', () => {
  it('names the five levels exactly as @onecase/governance does, best first', () => {
    expect(SATISFACTION_SCORES).toEqual(SATISFACTION_LEVELS.map((level) => level.score));
    for (const level of SATISFACTION_LEVELS) {
      expect(UI_STRINGS['zh-CN'][`rate.${level.score}` as UiKey]).toBe(level.zh);
      expect(UI_STRINGS.en[`rate.${level.score}` as UiKey]).toBe(level.en);
    }
  });
});
