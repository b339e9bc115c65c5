import type { Route } from '../handler/routeTable.js';
import { aggregateCases } from './aggregateCases.js';
import { caseHistory } from './caseHistory.js';
import { caseStream } from './caseStream.js';
import { caseTimers } from './caseTimers.js';
import { countCases } from './countCases.js';
import { findCases } from './findCases.js';
import { getCase } from './getCase.js';
import { getService } from './getService.js';
import { linkCitizen } from './linkCitizen.js';
import { listServices } from './listServices.js';
import { openCase } from './openCase.js';
import { queueStream } from './queueStream.js';
import { sendEvent } from './sendEvent.js';

/**
 * Every route of the web handler. Adding one is a file beside these and a line here; the
 * matcher ranks literal segments before parameters, so the order does not matter.
 */
export const ROUTES: readonly Route[] = [
  listServices,
  getService,
  findCases,
  openCase,
  getCase,
  sendEvent,
  caseHistory,
  caseTimers,
  caseStream,
  countCases,
  aggregateCases,
  queueStream,
  linkCitizen,
];
