import { type Citizen, type Clock, normalizePhone } from '@onecase/core';
import { checkDocument, type DocumentType } from './checkDocument.js';
import { checkResidentId } from './checkResidentId.js';
import { CounterError } from './counterError.js';
import type { Identification, IdentifyInput, IdentifyMethod } from './counterSessionTypes.js';
import { claimServiceCode, type ServiceCodeCheck, verifyServiceCode } from './serviceCode.js';
import type { ServiceCodeLedger } from './serviceCodeLedger.js';

/** What the session's identification needs: the hall's secret and ledger for service codes. */
export interface IdentifyContext {
  counter: string;
  clock: Clock;
  secret: string | undefined;
  ledger: ServiceCodeLedger;
}

const MOBILE = /^1[3-9]\d{9}$/;

function badPhone(): Identification {
  return {
    identified: false,
    method: 'phone',
    reason: 'format',
    message: 'A mobile number has 11 digits starting with 1',
  };
}

function detectInput(input: string): Exclude<IdentifyInput, string> {
  const text = input.trim();
  if (text.startsWith('OC1.')) return { serviceCode: text };
  const phone = normalizePhone(text);
  if (/^1\d{10}$/.test(phone)) return { phone };
  return { idNumber: text };
}

function secretOf(context: IdentifyContext): string {
  if (context.secret === undefined) {
    throw new CounterError(
      'INVALID_ARGUMENT',
      `Counter ${context.counter} has no secret to check service codes with`,
    );
  }
  return context.secret;
}

function fromCode(context: IdentifyContext, result: ServiceCodeCheck): Identification {
  if (!result.valid)
    return { identified: false, method: 'service-code', reason: result.reason, message: result.message };
  return accepted(context, 'service-code', result.citizen);
}

function accepted(context: IdentifyContext, method: IdentifyMethod, who: Citizen): Identification {
  const resident =
    who.idNumber === undefined ? undefined : checkResidentId(who.idNumber, { now: context.clock.now() });
  return {
    identified: true,
    method,
    citizen: who,
    ...(resident?.valid
      ? { person: { birthDate: resident.birthDate, sex: resident.sex, region: resident.region } }
      : {}),
  };
}

/**
 * Identifies a citizen from what the clerk typed or scanned: a resident ID or another
 * document (checked for format and check digit), a mobile number, or a service code checked
 * against an in-memory ledger (a shared ledger goes through `scanServiceCode`).
 *
 * @example
 * ```ts
 * identifyCitizen(context, '11010519491231002X'); // { identified: true, method: 'resident-id', … }
 * ```
 */
export function identifyCitizen(context: IdentifyContext, input: IdentifyInput): Identification {
  const request = typeof input === 'string' ? detectInput(input) : input;
  if ('serviceCode' in request) {
    return fromCode(
      context,
      verifyServiceCode(request.serviceCode, {
        secret: secretOf(context),
        now: context.clock.now(),
        ledger: context.ledger,
      }),
    );
  }
  // A resident ID may carry the phone she gave with it; only a phone alone identifies by phone.
  if ('phone' in request && !('idNumber' in request)) {
    const phone = normalizePhone(request.phone);
    if (!MOBILE.test(phone)) return badPhone();
    return accepted(context, 'phone', { phone });
  }
  const type: DocumentType = 'document' in request ? request.document : 'resident-id';
  const number = 'document' in request ? request.number : request.idNumber;
  const issuingCountry = 'document' in request ? request.issuingCountry : undefined;
  const result = checkDocument(type, number, {
    now: context.clock.now(),
    ...(issuingCountry !== undefined ? { issuingCountry } : {}),
  });
  if (!result.valid)
    return { identified: false, method: type, reason: result.reason, message: result.message };
  const given = 'idNumber' in request ? request.phone : undefined;
  const phone = given === undefined ? undefined : normalizePhone(given);
  if (phone !== undefined && !MOBILE.test(phone)) return badPhone();
  // Resident IDs (and the new 18-digit permanent residence IDs) are the idNumber other channels use; other documents are namespaced.
  const direct =
    type === 'resident-id' || (type === 'foreign-permanent-residence' && result.number.length === 18);
  return accepted(context, type, {
    idNumber: direct ? result.number : `${type}:${result.number}`,
    ...(phone !== undefined ? { phone } : {}),
  });
}

/**
 * Identifies a citizen by a scanned service code, claiming it in the hall's ledger even when
 * that ledger answers through the router, so a code works at one counter of the hall only once.
 *
 * @example
 * ```ts
 * await scanServiceCode(context, scanned); // { identified: false, reason: 'replayed', … } the second time
 * ```
 */
export async function scanServiceCode(context: IdentifyContext, code: string): Promise<Identification> {
  return fromCode(
    context,
    await claimServiceCode(code, {
      secret: secretOf(context),
      now: context.clock.now(),
      ledger: context.ledger,
    }),
  );
}
