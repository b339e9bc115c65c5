import type { FieldIssue } from '../apiError.js';
import type { Translate } from '../i18n/locale.js';
import type { FieldModel } from './fieldModel.js';

/** The model of the field at a path, if the form has one there. */
export function modelAt(root: FieldModel, path: FieldIssue['path']): FieldModel | undefined {
  let model: FieldModel | undefined = root;
  for (const step of path) {
    if (!model) return undefined;
    if (model.kind === 'list' && typeof step === 'number') model = model.item;
    else if (model.kind === 'group')
      model = model.properties?.find((property) => property.name === step)?.model;
    else return undefined;
  }
  return model;
}

/**
 * The label a person knows a field by: its own label, an item of a list as "申请材料 第 2 项",
 * a nested field as its label alone (its group's legend is on screen beside it).
 *
 * @example
 * ```ts
 * fieldLabel(model, ['documents', 1], t); // '申请材料 第 2 项'
 * ```
 */
export function fieldLabel(root: FieldModel, path: FieldIssue['path'], t: Translate): string {
  let model: FieldModel | undefined = root;
  let label = root.label ?? '';
  for (const step of path) {
    if (!model) break;
    if (model.kind === 'list' && typeof step === 'number') {
      label = t('form.item', { label, n: step + 1 });
      model = model.item;
      if (model?.label) label = `${label}：${model.label}`;
    } else if (model.kind === 'group') {
      model = model.properties?.find((property) => property.name === step)?.model;
      label = model?.label ?? String(step);
    } else break;
  }
  return label;
}

function valueAt(value: unknown, path: FieldIssue['path']): unknown {
  let current = value;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

/**
 * What is wrong with a field in plain words, from an issue of the server's zod checks or the
 * form's own: "请填写“经营场所”", "“企业名称”至少需要 2 个字", never zod's own message.
 * `sent` is the value that was submitted, to tell a missing field from a wrong one.
 *
 * @example
 * ```ts
 * issueText({ path: ['address'], code: 'too_small', origin: 'string', minimum: 3 }, model, t);
 * // '“地址”至少需要 3 个字'
 * ```
 */
export function issueText(issue: FieldIssue, root: FieldModel, t: Translate, sent?: unknown): string {
  const model = modelAt(root, issue.path);
  if (issue.path.length === 0 && root.kind === 'group') return t('issue.whole');
  const label = fieldLabel(root, issue.path, t);
  const n = issue.minimum ?? issue.maximum ?? '';
  const value = sent === undefined ? undefined : valueAt(sent, issue.path);
  const missing = issue.missing || (sent !== undefined && (value === undefined || value === ''));
  const choosing = model?.kind === 'choice' || model?.kind === 'boolean';
  if (missing) return t(choosing ? 'issue.chooseRequired' : 'issue.required', { label });
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string')
        return Number(n) <= 1 ? t('issue.required', { label }) : t('issue.stringMin', { label, n });
      if (issue.origin === 'array') return t('issue.arrayMin', { label, n });
      return t(issue.inclusive === false ? 'issue.numberAbove' : 'issue.numberMin', { label, n });
    case 'too_big':
      if (issue.origin === 'string') return t('issue.stringMax', { label, n });
      if (issue.origin === 'array') return t('issue.arrayMax', { label, n });
      return t(issue.inclusive === false ? 'issue.numberBelow' : 'issue.numberMax', { label, n });
    case 'invalid_type':
      if (issue.expected === 'int' || model?.kind === 'integer') return t('issue.integer', { label });
      if (issue.expected === 'number' || model?.kind === 'number') return t('issue.number', { label });
      return t(choosing ? 'issue.chooseRequired' : 'issue.required', { label });
    case 'invalid_value':
    case 'invalid_union':
      return t('issue.choice', { label });
    case 'invalid_format':
      return t(
        model?.kind === 'date' || model?.kind === 'datetime' || issue.expected === 'date'
          ? 'issue.date'
          : 'issue.format',
        { label },
      );
    case 'not_multiple_of':
      return t('issue.integer', { label });
    default:
      return t('issue.other', { label });
  }
}
