import { hotlineReview } from '@onecase/hotline';
import { businessLicence } from './businessLicence.js';
import { consultation } from './consultation.js';
import { noiseComplaint } from './noiseComplaint.js';
import { noiseComplaintV1 } from './noiseComplaintV1.js';
import { parkingPermit } from './parkingPermit.js';
import { streetFacility } from './streetFacility.js';

/**
 * Every service the example city offers (the noise complaint in both its versions: new cases
 * open on the work order, older ones finish on version 1) — plus the hotline's review queue,
 * where calls that need a human land — typed as a tuple so a router built from it knows each service's events
 * and inputs.
 *
 * @example
 * ```ts
 * const router = createRouter({ services: cityServices });
 * ```
 */
export const cityServices = [
  businessLicence,
  noiseComplaint,
  // Cases opened before the noise complaint became a work order run to the end on version 1.
  noiseComplaintV1,
  parkingPermit,
  consultation,
  streetFacility,
  hotlineReview,
] as const;
