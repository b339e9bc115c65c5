import type { AnyServiceDefinition } from './defineService.js';
import { z } from 'zod';

/** A JSON Schema (draft 2020-12) object as generated from a zod schema. */
export type JsonSchema = Record<string, unknown>;

/** What a portal needs to render a service: its input form, its events and who may send them. */
export interface ServiceDescriptor {
  id: string;
  version: number;
  title: string;
  description?: string;
  refPrefix: string;
  /** JSON Schema of the input `POST /cases` takes for this service. */
  input: JsonSchema;
  /** Every event with the JSON Schema of its payload and the channels that may send it. */
  events: Record<string, { schema: JsonSchema; channels: string[] }>;
  /** The channel policy: the events each channel may send (a channel listed here may also open cases). */
  channels: Record<string, string[]>;
}

const cache = new WeakMap<AnyServiceDefinition, ServiceDescriptor>();

function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  // Clients fill in the input side; a type JSON Schema cannot express (a date, a transform's output) becomes `{}`.
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/**
 * Describes a service for clients: the JSON Schema of its input and of each event payload
 * (generated from its zod schemas) and its channel policy. Served by `GET /services`.
 *
 * @example
 * ```ts
 * const descriptor = describeService(noise);
 * descriptor.channels.web; // ['info.add', 'case.withdraw']
 * ```
 */
export function describeService(service: AnyServiceDefinition): ServiceDescriptor {
  const cached = cache.get(service);
  if (cached) return cached;
  const channels: Record<string, string[]> = {};
  for (const channel of Object.keys(service.channels))
    channels[channel] = [...service.channelEvents(channel)];
  const events: ServiceDescriptor['events'] = {};
  for (const type of Object.keys(service.events)) {
    events[type] = {
      schema: jsonSchemaOf(service.events[type]!),
      channels: Object.keys(channels).filter((channel) => channels[channel]!.includes(type)),
    };
  }
  const descriptor: ServiceDescriptor = {
    id: service.id,
    version: service.version,
    title: service.title,
    ...(service.description !== undefined ? { description: service.description } : {}),
    refPrefix: service.refPrefix,
    input: jsonSchemaOf(service.input),
    events,
    channels,
  };
  cache.set(service, descriptor);
  return descriptor;
}
