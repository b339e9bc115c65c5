export { type CaseEventStreamOptions, createCaseEventStream } from './caseEventStream.js';
export { createHttpRouterClient, type HttpRouterClientOptions } from './createHttpRouterClient.js';
export { createNodeListener, type FetchHandler, type NodeListener } from './createNodeListener.js';
export {
  createWebHandler,
  type WebHandler,
  type WebHandlerLimits,
  type WebHandlerOptions,
} from './createWebHandler.js';
export type { WebCall, WebReply } from './handler/webCall.js';
export { describeService, type JsonSchema, type ServiceDescriptor } from '@onecase/core';
export {
  type Authenticate,
  type Authorize,
  type CaseAction,
  CHANNEL_HEADER,
  type CitizenPrincipal,
  type Principal,
  type StaffPrincipal,
} from './principal.js';
export { HttpProblemError, isHttpProblemError } from './httpProblemError.js';
export {
  createProblem,
  HTTP_ERROR_CODES,
  type HttpErrorCode,
  isCaseErrorCode,
  PROBLEM_CONTENT_TYPE,
  type ProblemCode,
  type ProblemDetails,
  problemStatus,
} from './problemDetails.js';
export { problemToError } from './problemToError.js';
export { type NodeServer, serveNode } from './serveNode.js';
export type { WebRouter } from './webRouter.js';
export { aggregateQueryFromParams, aggregateQueryToParams } from './query/aggregateQueryParams.js';
export { caseQueryFromParams, caseQueryToParams, isCaseListQuery } from './query/caseQueryParams.js';
