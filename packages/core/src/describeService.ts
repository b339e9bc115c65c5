import type { AnyServiceDefinition } from './defineService.js';
import { z } from 'zod';
import { type LabelText, labelsFor, type ResolvedLabels, type ServiceLabelSet } from './labels.js';

/** A JSON Schema (draft 2020-12) object as generated from a zod schema. */
export type JsonSchema = Record<string, unknown>;

/** What a portal needs to render a service: its input form, its events and who may send them. */
export interface ServiceDescriptor {
  id: string;
  version: number;
  /** The title in `locale` (the service's own `title` when it declares no labels). */
  title: string;
  description?: string;
  refPrefix: string;
  /** The declared locale the texts are in; absent when the service declares no labels. */
  locale?: string;
  /**
   * JSON Schema of the input `POST /cases` takes for this service; each property carries its
   * label as `title` and its hint as `description`, and an enum field's values their labels as
   * `oneOf: [{ const, title }]` beside its `enum`.
   */
  input: JsonSchema;
  /** Every event with the JSON Schema of its payload (labelled fields titled), the channels that may send it and its label. */
  events: Record<string, { schema: JsonSchema; channels: string[]; label: string; hint?: string }>;
  /** The channel policy: the events each channel may send (a channel listed here may also open cases). */
  channels: Record<string, string[]>;
  /** A label for every state path (leaves and their parents), in `locale`. */
  states: Record<string, LabelText>;
  /** The service's labels in every declared locale, so a client can switch language without asking again. */
  labels?: ServiceLabelSet;
}

/** How to describe a service: the locale its texts are wanted in (default: zh-CN, then en). */
export interface DescribeOptions {
  locale?: string;
}

const cache = new WeakMap<AnyServiceDefinition, Map<string, ServiceDescriptor>>();

function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  // Clients fill in the input side; a type JSON Schema cannot express (a date, a transform's output) becomes `{}`.
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/**
 * A copy of a JSON Schema node at a field path dressed in the resolved labels: a labelled field
 * gets `title` (and `description` from its hint), an enum field keeps `enum` for the clients
 * that read only that and gains `oneOf: [{ const, title }]`, which form tools show as the text.
 */
function labelled(
  node: JsonSchema,
  path: string,
  labels: Pick<ResolvedLabels, 'fields' | 'values'>,
  titled = true,
): JsonSchema {
  let out = node;
  // A list's items and a nullable field's branches share its path but not its title: a form
  // names an item "申请材料 第 1 项" from the list's title, not by repeating it on each.
  const text = path === '' || !titled ? undefined : labels.fields[path];
  if (text)
    out = { ...out, title: text.label, ...(text.hint !== undefined ? { description: text.hint } : {}) };
  const values = labels.values[path];
  if (values && Array.isArray(node.enum)) {
    out = {
      ...out,
      oneOf: node.enum.map((value) => ({ const: value, title: values[String(value)] ?? String(value) })),
    };
  }
  if (Array.isArray(node.anyOf))
    out = { ...out, anyOf: node.anyOf.map((branch) => labelled(branch, path, labels, false)) };
  if (typeof node.items === 'object' && node.items !== null && !Array.isArray(node.items)) {
    out = { ...out, items: labelled(node.items as JsonSchema, path, labels, false) };
  }
  const properties = node.properties as Record<string, JsonSchema> | undefined;
  if (properties) {
    const dressed: Record<string, JsonSchema> = {};
    for (const [name, property] of Object.entries(properties)) {
      dressed[name] = labelled(property, path === '' ? name : `${path}.${name}`, labels);
    }
    out = { ...out, properties: dressed };
  }
  return out;
}

/**
 * Describes a service for clients in a locale: the JSON Schema of its input (each field titled
 * with its label) and of each event payload (each field its locale labels titled the same way), its channel policy, and labels for its events and
 * states. Served by `GET /services` (`Accept-Language` picks the locale).
 *
 * @example
 * ```ts
 * const descriptor = describeService(noise, { locale: 'en' });
 * descriptor.channels.web; // ['info.add', 'case.withdraw']
 * descriptor.events['info.add'].label; // 'Add information'
 * ```
 */
export function describeService(service: AnyServiceDefinition, options?: DescribeOptions): ServiceDescriptor {
  // `catalogue()` maps services through this function: an array index is not options.
  const wanted = typeof options === 'object' && options !== null ? options.locale : undefined;
  const labels = labelsFor(service, wanted);
  const key = labels.locale ?? '';
  let byLocale = cache.get(service);
  const cached = byLocale?.get(key);
  if (cached) return cached;
  const channels: Record<string, string[]> = {};
  for (const channel of Object.keys(service.channels))
    channels[channel] = [...service.channelEvents(channel)];
  const events: ServiceDescriptor['events'] = {};
  for (const type of Object.keys(service.events)) {
    const text = labels.events[type]!;
    const schema = jsonSchemaOf(service.events[type]!);
    const payload = labels.eventFields[type];
    events[type] = {
      // Only the fields a locale labels gain a title: a client keeps its own words for the rest.
      schema: payload && Object.keys(payload.fields).length > 0 ? labelled(schema, '', payload) : schema,
      channels: Object.keys(channels).filter((channel) => channels[channel]!.includes(type)),
      label: text.label,
      ...(text.hint !== undefined ? { hint: text.hint } : {}),
    };
  }
  const descriptor: ServiceDescriptor = {
    id: service.id,
    version: service.version,
    title: labels.title,
    ...(labels.description !== undefined ? { description: labels.description } : {}),
    refPrefix: service.refPrefix,
    ...(labels.locale !== undefined ? { locale: labels.locale } : {}),
    // A service without labels keeps its schema as zod wrote it (no ids dressed up as titles).
    input:
      labels.locale !== undefined
        ? { ...labelled(jsonSchemaOf(service.input), '', labels), title: labels.title }
        : jsonSchemaOf(service.input),
    events,
    channels,
    states: labels.states,
    ...(service.labels !== undefined ? { labels: service.labels } : {}),
  };
  if (!byLocale) {
    byLocale = new Map();
    cache.set(service, byLocale);
  }
  byLocale.set(key, descriptor);
  return descriptor;
}
