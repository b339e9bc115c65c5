import {
  type AnyServiceDefinition,
  type CaseStore,
  type Clock,
  createRouter,
  type Logger,
  type Router,
} from '@onecase/core';
import { cityCatalogue } from './catalogue/cityCatalogue.js';
import { cityServices } from './services/cityServices.js';

/** Options of `createCity`: everything the router takes except the services. */
export interface CityOptions {
  /** Defaults to a fresh memory store. */
  store?: CaseStore;
  clock?: Clock;
  logger?: Logger;
  secret?: string;
  /**
   * Register the Jingban-scale catalogue (`cityCatalogue()`: ≈600 services over the 16
   * districts) beside the city's own services; default `true`. `false` keeps a router of the
   * hand-written services alone, for a test or tool that needs no more.
   */
  catalogue?: boolean;
}

/**
 * The router of the example city, typed with the city's own services; a catalogue service is
 * opened by id through the untyped face, `(city as RouterClient).open({ service: 'haidian-road-damage', … })`.
 */
export type CityRouter = Router<typeof cityServices>;

// Service definitions are immutable, so every city of a process shares one catalogue (built on first use).
let catalogue: readonly AnyServiceDefinition[] | undefined;

/**
 * Creates the example city's router with every city service and the catalogue registered, so
 * simulators, the demo and tests drive the same cases.
 *
 * @example
 * ```ts
 * const city = createCity({ secret: process.env.CITY_SECRET });
 * const view = await city.open({ service: 'consultation', input: { question: 'Opening hours?' }, via });
 * ```
 */
export function createCity(options: CityOptions = {}): CityRouter {
  const { catalogue: withCatalogue = true, ...routerOptions } = options;
  if (!withCatalogue) return createRouter({ ...routerOptions, services: cityServices });
  catalogue ??= cityCatalogue();
  return createRouter({
    ...routerOptions,
    services: [...cityServices, ...catalogue],
  }) as unknown as CityRouter;
}
