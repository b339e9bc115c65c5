import { CaseError, type CaseView, type Citizen, looksLikeCaseRef, parseCaseRef } from '@onecase/core';
import type { CitizenPrincipal, Principal } from '../principal.js';
import type { WebRouter } from '../webRouter.js';

/** The citizen identifiers a citizen principal's cases are filed and found under. */
export function citizenOf(principal: CitizenPrincipal): Citizen {
  const citizen: Citizen = { accountId: principal.accountId ?? principal.id };
  if (principal.phone !== undefined) citizen.phone = principal.phone;
  if (principal.idNumber !== undefined) citizen.idNumber = principal.idNumber;
  return citizen;
}

/** What a citizen gets for a case that is not theirs: exactly what an unknown case gets. */
function unknownCase(param: string): CaseError {
  if (looksLikeCaseRef(param)) {
    const { ref } = parseCaseRef(param);
    return new CaseError('UNKNOWN_CASE', `No case ${ref}`, { ref });
  }
  return new CaseError('UNKNOWN_CASE', `No case ${param}`, { caseId: param });
}

/** The case a principal may see: staff see every case, citizens only theirs (else 404, as unknown). */
export async function visibleCase(router: WebRouter, principal: Principal, param: string): Promise<CaseView> {
  const view = await router.get(param);
  if (principal.kind === 'staff') return view;
  const mine = await router.find(citizenOf(principal));
  if (!mine.some((candidate) => candidate.id === view.id)) throw unknownCase(param);
  return view;
}
