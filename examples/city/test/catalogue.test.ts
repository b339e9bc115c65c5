import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRouter, labelsFor } from '@onecase/core';
import { createOpen311Handler } from '@onecase/open311';
import { createWebHandler } from '@onecase/web';
import { describe, expect, it } from 'vitest';
import { catalogueOrigin, cityCatalogue, loadCatalogue } from '../src/catalogue/index.js';
import { cityServices } from '../src/services/index.js';

const catalogue = cityCatalogue();
const via = { channel: 'web', actor: { id: 'citizen-1' } };

describe('the city catalogue at Jingban scale', () => {
  it('offers every kind of service in each of the 16 districts, labelled in zh-CN and en', () => {
    const data = loadCatalogue();
    expect(data.districts).toHaveLength(16);
    expect(catalogue).toHaveLength(data.entries.length * 16);
    expect(catalogue.length).toBeGreaterThanOrEqual(600);
    expect(new Set(catalogue.map((service) => service.id)).size).toBe(catalogue.length);
    expect(new Set(catalogue.map((service) => service.refPrefix)).size).toBe(catalogue.length);
    for (const service of catalogue) {
      for (const locale of ['zh-CN', 'en']) {
        const labels = labelsFor(service, locale);
        expect(labels.locale).toBe(locale);
        for (const [id, text] of [
          ...Object.entries(labels.fields),
          ...Object.entries(labels.events),
          ...Object.entries(labels.states),
        ]) {
          expect(text.label, `${service.id} ${locale} ${id}`).not.toBe(id);
        }
        // Every payload field of every event is named too, so no staff form shows an id.
        for (const [type, schema] of Object.entries(service.events)) {
          for (const field of Object.keys((schema as { shape?: object }).shape ?? {})) {
            expect(
              labels.eventFields[type]?.fields[field]?.label,
              `${service.id} ${locale} ${type}.${field}`,
            ).toBeTypeOf('string');
          }
        }
      }
    }
    expect(labelsFor(catalogue.find((s) => s.id === 'haidian-food-business-licence')!, 'zh-CN').title).toBe(
      '食品经营许可（海淀区）',
    );
  });

  it('runs a report from the data as a 12345 work order, dispatched by the city directory', async () => {
    const router = createRouter({ services: [...cityServices, ...catalogue] });
    const hotline = { channel: 'hotline', actor: { id: 'agent-7' } };
    const centre = { channel: 'centre', actor: { id: 'dispatcher' } };
    const office = { channel: 'department', actor: { id: 'haidian-roads' } };
    const opened = await router.open({
      service: 'haidian-road-damage',
      input: { description: '学校门口有个大坑', address: '海淀区中关村街道中关村大街5号' },
      via: hotline,
    });
    expect(opened.state.value).toBe('received');
    expect(opened.context).toMatchObject({
      category: 'road.pothole',
      district: 'haidian',
      street: 'haidian.zhongguancun',
      suggested: { lead: 'haidian.cityadmin', coHandlers: ['haidian.traffic-police'] },
    });
    await router.send(opened.ref, { type: 'order.dispatch' }, { via: centre });
    expect(
      await router.count({ where: { department: 'haidian.cityadmin', stateGroup: 'awaiting-sign-for' } }),
    ).toBe(1);
    await router.send(
      opened.ref,
      { type: 'order.signFor', department: 'haidian.cityadmin' },
      { via: office },
    );
    const replied = await router.send(
      opened.ref,
      { type: 'order.reply', department: 'haidian.cityadmin', answer: '已于周一修补' },
      { via: office },
    );
    expect(replied.state.value).toBe('replied');
    const done = await router.send(opened.ref, { type: 'visit.rate', score: 5 }, { via: hotline });
    expect(done.state.value).toBe('closed');
    // An address outside the district (or none) leaves the report with the district, whose commission leads.
    const elsewhere = await router.open({
      service: 'haidian-road-damage',
      input: { description: 'A pothole by the gate', address: '朝阳区望京街道阜通东大街6号' },
      via: hotline,
    });
    expect(elsewhere.context).toMatchObject({ district: 'haidian', street: null });
    await router.close();
  });

  it('validates each form from its data: types, required fields and choices', async () => {
    const router = createRouter({ services: catalogue });
    const refused = await router
      .open({
        service: 'chaoyang-food-business-licence',
        input: {
          businessName: 'Noodle bar',
          address: '1 Sanlitun Rd',
          floorArea: 'big',
          foodCategories: ['pizza'],
        },
        via,
      })
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'INVALID_INPUT' });
    const issues = (refused as { details: { issues: { path: string[] }[] } }).details.issues.map((issue) =>
      issue.path.join('.'),
    );
    expect(issues).toEqual(['floorArea', 'foodCategories.0']);
    const applied = await router.open({
      service: 'chaoyang-food-business-licence',
      input: {
        businessName: 'Noodle bar',
        address: '1 Sanlitun Rd',
        floorArea: 40,
        foodCategories: ['catering'],
      },
      via: { channel: 'counter', actor: { id: 'clerk' } },
    });
    await router.send(
      applied.ref,
      { type: 'review.approve' },
      { via: { channel: 'staff', actor: { id: 'reviewer' } } },
    );
    const issued = await router.send(
      applied.ref,
      { type: 'certificate.handover', receivedBy: 'Li Lei' } as { type: string },
      { via: { channel: 'counter', actor: { id: 'clerk' } } },
    );
    expect(issued.state.value).toBe('issued');
    await router.close();
  });

  it('serves the catalogue over the web in pages and through Open311 with categories as groups', async () => {
    const router = createRouter({ services: catalogue });
    const web = createWebHandler({ router, authenticate: () => null });
    const first = await web(
      new Request('http://city/services?pageSize=100', { headers: { 'accept-language': 'en' } }),
    );
    expect(first.headers.get('x-total-count')).toBe(String(catalogue.length));
    expect(first.headers.get('link')).toContain('page=2');
    expect((await first.json())[0].title).toBe('Food business licence (Dongcheng)');
    const open311 = createOpen311Handler({
      router,
      jurisdictionId: 'beijing.example',
      apiKeys: ['k'],
      serviceInfo: (service) => {
        const origin = catalogueOrigin(service.id);
        return origin
          ? { group: origin.category['zh-CN'], keywords: [origin.district.id, origin.entry.shape] }
          : undefined;
      },
    });
    const services = (await (await open311(new Request('http://city/services.json'))).json()) as {
      service_code: string;
      group: string;
    }[];
    const viaOpen311 = catalogue.filter((service) => service.canOpen('open311'));
    expect(services.map((service) => service.service_code)).toEqual(viaOpen311.map((service) => service.id));
    expect(services.find((service) => service.service_code === 'miyun-street-light-fault')?.group).toBe(
      '城市管理',
    );
    const form = new URLSearchParams({
      api_key: 'k',
      service_code: 'miyun-street-light-fault',
      address_string: '9 Gulou St, Miyun',
      description: 'The lamp is out all night',
      'attribute[kind]': 'out',
    });
    const created = await open311(
      new Request('http://city/requests.json', {
        method: 'POST',
        body: form,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
    );
    const [{ service_request_id: id }] = (await created.json()) as [{ service_request_id: string }];
    const [request] = (await (await open311(new Request(`http://city/requests/${id}.json`))).json()) as {
      agency_responsible: string;
      expected_datetime: string;
    }[];
    // Received by the centre: the district answers for it until a department is dispatched.
    expect(request).toMatchObject({ agency_responsible: 'miyun' });
    const [light] = (await router.list({ service: 'miyun-street-light-fault' })).cases;
    await router.send(
      light!.ref,
      { type: 'order.dispatch' },
      { via: { channel: 'centre', actor: { id: 'd' } } },
    );
    const [dispatched] = (await (await open311(new Request(`http://city/requests/${id}.json`))).json()) as {
      agency_responsible: string;
      expected_datetime: string;
    }[];
    expect(dispatched).toMatchObject({
      agency_responsible: 'miyun.cityadmin',
      expected_datetime: expect.stringMatching(/\+08:00$/),
    });
    await router.close();
  });

  it.each([
    [
      'an unknown shared field',
      { shape: 'consultation', fields: ['missing'] },
      /service 'x'.*unknown shared field 'missing'/s,
    ],
    [
      'a report without its 12345 category',
      { shape: 'report', fields: ['description'] },
      /service 'x'.*workOrder/s,
    ],
    [
      'a field without its English label',
      { shape: 'consultation', fields: [{ id: 'question', type: 'text', required: true, 'zh-CN': '问题' }] },
      /service 'x': field 1:[\s\S]*at en/,
    ],
  ])('names the file and the entry when the data has %s', (_, entry, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'catalogue-'));
    const file = join(dir, 'services.json');
    writeFileSync(
      file,
      JSON.stringify({
        categories: { a: { 'zh-CN': '甲', en: 'A' } },
        departments: { d: { 'zh-CN': '部', en: 'D' } },
        fields: { description: { type: 'text', required: true, 'zh-CN': '描述', en: 'Description' } },
        services: [
          {
            id: 'x',
            code: 'XX',
            category: 'a',
            department: 'd',
            limitDays: 1,
            channels: ['web'],
            'zh-CN': '某',
            en: 'X',
            ...entry,
          },
        ],
      }),
    );
    expect(() => loadCatalogue(pathToFileURL(file))).toThrow(message);
  });
});
