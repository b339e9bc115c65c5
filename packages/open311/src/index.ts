export {
  createOpen311Client,
  type Open311Client,
  type Open311ClientOptions,
  type Open311NewRequest,
  type Open311RequestFilter,
} from './createOpen311Client.js';
export { createOpen311Handler, type Open311Handler } from './createOpen311Handler.js';
export { forwardToOpen311, type ForwardToOpen311Options } from './forwardToOpen311.js';
export { isoWithOffset } from './isoDate.js';
export type {
  Open311FieldMap,
  Open311HandlerOptions,
  Open311Router,
  Open311ServiceInfo,
} from './open311Context.js';
export {
  isOpen311Error,
  Open311Error,
  type Open311ErrorCode,
  type Open311ErrorEntry,
} from './open311Error.js';
export type { Open311Request } from './requestRecord.js';
export type { Open311Attribute, Open311Datatype } from './serviceAttributes.js';
export type { Open311Service } from './serviceRoutes.js';
export { toXml, XML_ITEM_NAMES, type XmlValue } from './xml.js';
