import { type CaseStore, type Clock, createRouter, type Logger, type Router } from '@onecase/core';
import { cityServices } from './services/cityServices.js';

/** Options of `createCity`: everything the router takes except the services. */
export interface CityOptions {
  /** Defaults to a fresh memory store. */
  store?: CaseStore;
  clock?: Clock;
  logger?: Logger;
  secret?: string;
}

/** The router of the example city, typed with the city's services. */
export type CityRouter = Router<typeof cityServices>;

/**
 * Creates the example city's router with every city service registered, so simulators,
 * the demo and tests drive the same cases.
 *
 * @example
 * ```ts
 * const city = createCity({ secret: process.env.CITY_SECRET });
 * const view = await city.open({ service: 'consultation', input: { question: 'Opening hours?' }, via });
 * ```
 */
export function createCity(options: CityOptions = {}): CityRouter {
  return createRouter({ ...options, services: cityServices });
}
