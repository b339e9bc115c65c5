export {
  businessLicence,
  businessLicenceMachine,
  LICENCE_COLLECTION_REMINDER_MS,
  LICENCE_INFO_DEADLINE_MS,
} from './businessLicence.js';
export { commonEventLabels, commonEvents, DAY } from './commonEvents.js';
export { consultation, consultationMachine } from './consultation.js';
export {
  NOISE_SOURCES,
  type NoiseSource,
  noiseCategory,
  noiseComplaint,
} from './noiseComplaint.js';
export {
  NOISE_ACCEPT_LIMIT_MS,
  NOISE_DISSATISFIED_MAX_SCORE,
  NOISE_RESPONSE_LIMIT_MS,
  NOISE_VISIT_LIMIT_MS,
  noiseComplaintMachine,
  noiseComplaintV1,
} from './noiseComplaintV1.js';
export {
  PERMIT_IDENTITY_DEADLINE_MS,
  PERMIT_RENEWAL_WINDOW_MS,
  PERMIT_VALIDITY_MS,
  parkingPermit,
  parkingPermitMachine,
  plateSchema,
} from './parkingPermit.js';
export { cityServices } from './cityServices.js';
