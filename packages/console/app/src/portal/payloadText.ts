import type { Translate } from '../shared/i18n/locale.js';
import type { ServiceText } from '../shared/i18n/serviceText.js';
import type { UiKey } from '../shared/i18n/strings.js';

/** Whether an event payload is a satisfaction rating: a whole `score` from 1 to 5. */
export function isRatingSchema(schema: Record<string, any>): boolean {
  const score = schema.properties?.score;
  return score?.type === 'integer' && score.minimum === 1 && score.maximum === 5;
}

function valueText(key: string, value: unknown, t: Translate, choice?: (value: string) => string): string {
  if (key === 'score' && typeof value === 'number' && value >= 1 && value <= 5)
    return t(`rate.${value}` as UiKey);
  if (typeof value === 'boolean') return value ? t('form.yes') : '—';
  if (Array.isArray(value)) return value.map((item) => valueText('', item, t, choice)).join('、');
  if (typeof value === 'string' && choice) return choice(value);
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * The payload of a timeline event as label and text pairs: the service's field and value labels
 * for what was filed, the UI's words for the usual payload keys (note, reason, answer …).
 */
export function payloadEntries(
  type: string,
  payload: Record<string, unknown>,
  text: ServiceText | undefined,
  t: Translate,
): [string, string][] {
  return Object.entries(payload)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => {
      const fieldKey = `field.${key}` as UiKey;
      const label =
        type === 'case.open' && text ? text.field(key).label : t(fieldKey) === fieldKey ? key : t(fieldKey);
      // What was filed names an enum's value by its label (`catering` → 餐饮); a plain text stays itself.
      const choice = type === 'case.open' && text ? (raw: string) => text.value(key, raw) : undefined;
      return [label, valueText(key, value, t, choice)];
    });
}

/** The department's reply of an event, if the event is one (`case.reply`, `order.reply`, `order.answer`). */
export function replyOf(type: string, payload: Record<string, unknown>): string | undefined {
  if (!/(^|\.)(reply|answer)$/.test(type)) return undefined;
  const answer = payload.answer ?? Object.values(payload).find((value) => typeof value === 'string');
  return typeof answer === 'string' ? answer : undefined;
}
