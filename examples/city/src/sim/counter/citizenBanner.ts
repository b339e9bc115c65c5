import type { RouterClient } from '@onecase/core';
import type { DemoCitizen } from './seedHall.js';

/**
 * The line the simulator prints for a demo citizen, counting what `find` returns: all her
 * cases, and, while a clerk has not linked her identifiers yet, how few each one finds alone.
 *
 * @example
 * ```ts
 * write(await citizenBanner(router, wang)); // '  Wang Fang  ID …  phone …  (…; 3 cases: 2 under the ID, 2 under the phone until a clerk links them)'
 * ```
 */
export async function citizenBanner(client: RouterClient, citizen: DemoCitizen): Promise<string> {
  const { idNumber, phone } = citizen;
  const [all, byId, byPhone] = await Promise.all([
    client.find({ idNumber, phone }),
    client.find({ idNumber }),
    client.find({ phone }),
  ]);
  const cases = `${all.length} case${all.length === 1 ? '' : 's'}`;
  const linked = byId.length === all.length && byPhone.length === all.length;
  const counts = linked
    ? cases
    : `${cases}: ${byId.length} under the ID, ${byPhone.length} under the phone until a clerk links them`;
  return `  ${citizen.name.padEnd(10)} ID ${idNumber}  phone ${phone}  (${citizen.story}; ${counts})`;
}
