import { expect } from 'vitest';
import { z } from 'zod';

/**
 * Zod schemas written from the GeoReport v2 field tables (http://wiki.open311.org/GeoReport_v2):
 * what every response of the handler must satisfy.
 */
const text = z.string().nullable();
/** ISO 8601 with an explicit offset, as the spec asks (`2010-04-14T06:37:38-08:00`). */
export const isoWithOffset = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?[+-]\d{2}:\d{2}$/);

export const serviceSchema = z.strictObject({
  service_code: z.string().min(1),
  service_name: z.string().min(1),
  description: text,
  metadata: z.boolean(),
  type: z.enum(['realtime', 'batch', 'blackbox']),
  keywords: text,
  group: text,
});
export const servicesSchema = z.array(serviceSchema);

export const attributeSchema = z.strictObject({
  variable: z.boolean(),
  code: z.string().min(1),
  datatype: z.enum(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']),
  required: z.boolean(),
  datatype_description: text,
  order: z.number().int().positive().nullable(),
  description: text,
  values: z.array(z.strictObject({ key: z.string(), name: z.string() })).optional(),
});
export const serviceDefinitionSchema = z.strictObject({
  service_code: z.string(),
  attributes: z.array(attributeSchema),
});

export const requestSchema = z.strictObject({
  service_request_id: z.string().min(1),
  status: z.enum(['open', 'closed']),
  status_notes: text,
  service_name: text,
  service_code: z.string(),
  description: z.string().max(4000).nullable(),
  agency_responsible: text,
  service_notice: text,
  requested_datetime: isoWithOffset,
  updated_datetime: isoWithOffset.nullable(),
  expected_datetime: isoWithOffset.nullable(),
  address: text,
  address_id: text,
  zipcode: text,
  lat: z.number().min(-90).max(90).nullable(),
  long: z.number().min(-180).max(180).nullable(),
  media_url: z.string().url().nullable(),
});
export const requestsSchema = z.array(requestSchema);

export const createdSchema = z
  .array(
    z.strictObject({
      service_request_id: z.string().optional(),
      token: z.string().optional(),
      service_notice: text.optional(),
      account_id: text.optional(),
    }),
  )
  .length(1);

export const tokenSchema = z
  .array(z.strictObject({ service_request_id: z.string().optional(), token: z.string() }))
  .length(1);

export const errorsSchema = z
  .array(z.strictObject({ code: z.number().int(), description: z.string().min(1) }))
  .min(1);

export const discoverySchema = z.strictObject({
  changeset: z.string(),
  contact: text,
  key_service: text,
  endpoints: z
    .array(
      z.strictObject({
        specification: z.string(),
        url: z.string().url(),
        changeset: z.string(),
        type: z.enum(['production', 'test']),
        formats: z.array(z.string()),
      }),
    )
    .min(1),
});

interface XmlNode {
  name: string;
  children: XmlNode[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A tiny XML reader for the handler's documents: elements and text, no attributes or namespaces. */
export function parseXml(xml: string): XmlNode {
  let i = 0;
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  const decode = (s: string) =>
    s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_, e: string) =>
      e.startsWith('#x')
        ? String.fromCodePoint(Number.parseInt(e.slice(2), 16))
        : e.startsWith('#')
          ? String.fromCodePoint(Number(e.slice(1)))
          : (ENTITIES[e] ?? `&${e};`),
    );
  function node(): XmlNode {
    const open = /^<([A-Za-z_][\w.-]*)\s*(\/?)>/.exec(body.slice(i));
    if (!open) throw new Error(`XML: expected an element at ${i}: ${body.slice(i, i + 30)}`);
    i += open[0].length;
    const result: XmlNode = { name: open[1]!, children: [], text: '' };
    if (open[2] === '/') return result;
    for (;;) {
      const close = `</${result.name}>`;
      if (body.startsWith(close, i)) {
        i += close.length;
        return result;
      }
      if (body[i] === '<') result.children.push(node());
      else {
        const end = body.indexOf('<', i);
        if (end < 0) throw new Error('XML: unclosed element');
        result.text += decode(body.slice(i, end));
        i = end;
      }
    }
  }
  const root = node();
  if (i !== body.length) throw new Error('XML: content after the root element');
  return root;
}

/** The XML document as the JSON it should equal: lists by the spec's plural names, every scalar as text. */
export function xmlAsJson(node: XmlNode, lists: Readonly<Record<string, string>>): unknown {
  if (node.name in lists) {
    return node.children.map((child) => {
      expect(child.name).toBe(lists[node.name]);
      return xmlAsJson(child, lists);
    });
  }
  if (node.children.length === 0) return node.text;
  return Object.fromEntries(node.children.map((child) => [child.name, xmlAsJson(child, lists)]));
}

/** JSON with every scalar as the text XML writes it (null as ''). */
export function asText(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(asText);
  if (typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asText(v)]));
  return String(value);
}
