import { createRouter, type Router } from '@onecase/core';
import { HOTLINE_REVIEW_SERVICE, hotlineReview } from '@onecase/hotline';
import type { CityOptions } from '../../createCity.js';
import { cityServices } from '../../services/cityServices.js';

type HotlineCityServices = readonly [...typeof cityServices, typeof hotlineReview];

// Registered once, should the city itself come to register the review queue.
const services = (
  (cityServices as readonly { id: string }[]).some((service) => service.id === HOTLINE_REVIEW_SERVICE)
    ? cityServices
    : [...cityServices, hotlineReview]
) as HotlineCityServices;

/**
 * The demo city as `createCity` builds it, plus the hotline's review queue (`hotline-review`),
 * so calls that need a human become review cases instead of failing.
 *
 * @example
 * ```ts
 * const city = createHotlineCity({ secret: 'demo' });
 * await handleCall(city, parseTranscript(text), cityHotlineRules);
 * ```
 */
export function createHotlineCity(options: CityOptions = {}): Router<HotlineCityServices> {
  return createRouter({ ...options, services });
}
