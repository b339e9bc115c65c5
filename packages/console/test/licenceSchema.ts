import type { ServiceDescriptor } from '@onecase/core';

// The business licence's input and labels as `GET /services/business-licence` describes them
// (a copy of the city's descriptor, so these tests need no router).
export const licenceInput = {
  type: 'object',
  title: '营业执照申请',
  properties: {
    businessName: {
      type: 'string',
      minLength: 2,
      maxLength: 100,
      title: '企业名称',
      description: '拟登记的字号全称',
    },
    address: { type: 'string', minLength: 3, maxLength: 200, title: '经营场所' },
    activity: {
      type: 'string',
      enum: ['retail', 'catering', 'services', 'manufacturing', 'other'],
      title: '经营类别',
    },
    registeredCapital: {
      type: 'integer',
      exclusiveMinimum: 0,
      maximum: 10_000_000_000,
      title: '注册资本（元）',
    },
    documents: {
      type: 'array',
      minItems: 1,
      maxItems: 20,
      items: { type: 'string', minLength: 1, maxLength: 200 },
      title: '申请材料',
    },
    contact: {
      type: 'object',
      title: '联系人',
      properties: {
        name: { type: 'string', minLength: 1, title: '姓名' },
        since: { type: 'string', format: 'date', title: '日期' },
      },
      required: ['name'],
    },
    source: { type: 'string', enum: ['a', 'b'], default: 'a', title: '来源' },
    urgent: { type: 'boolean', title: '加急' },
  },
  required: ['businessName', 'address', 'activity', 'registeredCapital', 'documents', 'source'],
};

export const licenceDescriptor = {
  id: 'business-licence',
  version: 1,
  title: '营业执照申请',
  refPrefix: 'BL',
  locale: 'zh-CN',
  input: licenceInput,
  events: {
    'info.add': { schema: {}, channels: ['web'], label: '补充材料' },
    'case.custom': { schema: {}, channels: ['web'], label: 'case.custom' },
  },
  channels: { web: ['info.add'] },
  states: { submitted: { label: '已提交，待核验原件' }, review: { label: '审核中' } },
  labels: {
    'zh-CN': {
      title: '营业执照申请',
      fields: { businessName: { label: '企业名称', hint: '拟登记的字号全称' }, documents: '申请材料' },
      events: { 'info.add': '补充材料' },
      states: { submitted: '已提交，待核验原件', review: '审核中', handling: '办理中' },
    },
    en: {
      title: 'Business licence application',
      fields: { businessName: 'Business name' },
      events: { 'info.add': 'Add information' },
      states: { submitted: 'Submitted, originals to be checked' },
    },
  },
} as unknown as ServiceDescriptor;
