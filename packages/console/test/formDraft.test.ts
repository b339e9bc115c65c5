import { describe, expect, it } from 'vitest';
import { fieldModel } from '../app/src/shared/form/fieldModel.js';
import { initialDraft, readDraft } from '../app/src/shared/form/formDraft.js';
import { issueText } from '../app/src/shared/form/issueText.js';
import { translator } from '../app/src/shared/i18n/locale.js';
import { licenceInput } from './licenceSchema.js';

const model = fieldModel(licenceInput);
const zh = translator('zh-CN');

describe('generated form: draft to value', () => {
  it('reads each property into the control it needs', () => {
    expect(Object.fromEntries(model.properties!.map((p) => [p.name, p.model.kind]))).toEqual({
      businessName: 'text',
      address: 'text',
      activity: 'choice',
      registeredCapital: 'integer',
      documents: 'list',
      contact: 'group',
      source: 'choice',
      urgent: 'boolean',
    });
  });

  it('starts a list that may not be empty with one item, and fills defaults', () => {
    const draft = initialDraft(model) as Record<string, unknown>;
    expect(draft.documents).toEqual(['']);
    expect(draft.source).toBe('a');
    // An optional yes/no starts unanswered, so leaving it alone is not a "no".
    expect(draft.urgent).toBe('');
  });

  it('sends an optional yes/no only when it was answered, and a "no" as false', () => {
    const draft = initialDraft(model) as Record<string, unknown>;
    expect((readDraft(model, draft as never).value as Record<string, unknown>).urgent).toBeUndefined();
    expect(
      (readDraft(model, { ...draft, urgent: false } as never).value as Record<string, unknown>).urgent,
    ).toBe(false);
    expect(
      (readDraft(model, { ...draft, urgent: true } as never).value as Record<string, unknown>).urgent,
    ).toBe(true);
  });

  it('turns a filled draft into the typed value the API takes, leaving out empty optional fields', () => {
    const draft = {
      ...(initialDraft(model) as object),
      businessName: '  上海小笼包有限公司 ',
      address: '徐汇区漕溪北路 5 号',
      activity: 'catering',
      registeredCapital: '500000',
      documents: ['营业执照申请书', '法定代表人身份证复印件'],
    };
    const { value, issues } = readDraft(model, draft);
    expect(issues).toEqual([]);
    expect(value).toEqual({
      businessName: '上海小笼包有限公司',
      address: '徐汇区漕溪北路 5 号',
      activity: 'catering',
      registeredCapital: 500000,
      documents: ['营业执照申请书', '法定代表人身份证复印件'],
      source: 'a',
    });
  });

  it('finds what the schema refuses, in plain Chinese words', () => {
    const draft = {
      ...(initialDraft(model) as object),
      businessName: '店',
      registeredCapital: '12.5',
      documents: ['申请书', ''],
      contact: { name: '', since: '2026-02-30' },
    };
    const { issues } = readDraft(model, draft);
    const texts = issues.map((issue) => [issue.path.join('.'), issueText(issue, model, zh)]);
    expect(texts).toEqual([
      ['businessName', '“企业名称”至少需要 2 个字'],
      ['address', '请填写“经营场所”'],
      ['activity', '请选择“经营类别”'],
      ['registeredCapital', '“注册资本（元）”请填写整数'],
      ['documents.1', '请填写“申请材料 第 2 项”'],
      ['contact.name', '请填写“姓名”'],
      ['contact.since', '“日期”请填写有效日期'],
    ]);
  });

  it('describes the server’s zod issues without zod’s message', () => {
    const sent = { registeredCapital: -1, documents: [] };
    const server = [
      {
        path: ['registeredCapital'],
        code: 'too_small',
        origin: 'number',
        minimum: 0,
        inclusive: false,
        message: 'Too small: expected number to be >0',
      },
      { path: ['documents'], code: 'too_small', origin: 'array', minimum: 1, message: 'Too small' },
      {
        path: ['address'],
        code: 'invalid_type',
        expected: 'string',
        message: 'Invalid input: expected string, received undefined',
      },
      { path: ['activity'], code: 'invalid_value', message: 'Invalid option' },
    ];
    expect(server.map((issue) => issueText(issue, model, zh, sent))).toEqual([
      '“注册资本（元）”必须大于 0',
      '“申请材料”至少需要 1 项',
      '请填写“经营场所”',
      '请选择“经营类别”',
    ]);
    expect(issueText(server[0]!, model, translator('en'), sent)).toBe('“注册资本（元）” must be more than 0');
  });
});
