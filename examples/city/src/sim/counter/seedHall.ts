import { residentIdCheckDigit } from '@onecase/counter';
import type { FakeClock } from '@onecase/testing';
import type { CityRouter } from '../../createCity.js';

/** A demo citizen the simulator prints at start, so the clerk knows whom to identify. */
export interface DemoCitizen {
  name: string;
  idNumber: string;
  phone: string;
  story: string;
}

function residentId(first17: string): string {
  return `${first17}${residentIdCheckDigit(first17)}`;
}

const MINUTE = 60_000;

/** How long before the hall opens the seeded cases were filed. */
export const SEED_LEAD_MS = 2 * 86_400_000;

/**
 * Fills the simulated city with cases opened on the web and by phone before the hall opens
 * (from the clock's current time, one minute apart, so listings have a stable order), moves
 * the clock to `opensAt` and returns who the citizens are.
 *
 * @example
 * ```ts
 * const citizens = await seedHall(router, clock, hallOpensAt);
 * ```
 */
export async function seedHall(
  router: CityRouter,
  clock: FakeClock,
  opensAt: number,
): Promise<DemoCitizen[]> {
  const wang: DemoCitizen = {
    name: 'Wang Fang',
    idNumber: residentId('44030519850312042'),
    phone: '13800138000',
    story: 'business licence and parking permit applied for online, noise complaint by phone',
  };
  const li: DemoCitizen = {
    name: 'Li Lei',
    idNumber: residentId('31011519700101031'),
    phone: '13900139000',
    story: 'consultation asked on the web',
  };
  const web = { channel: 'web', actor: { id: 'portal' } };
  const hotline = { channel: 'hotline', actor: { id: 'agent-12' } };
  await router.open({
    service: 'business-licence',
    input: {
      businessName: "Fang's Noodle Bar",
      legalRepresentative: 'Wang Fang',
      address: '18 Zhongshan Road',
      activity: 'catering',
      registeredCapital: 100_000,
      documents: ['articles of association', 'lease contract'],
    },
    citizen: { idNumber: wang.idNumber, phone: wang.phone },
    via: web,
  });
  clock.advance(MINUTE);
  await router.open({
    service: 'noise-complaint',
    input: {
      category: 'noise.business',
      address: '西城区新街口街道西直门内大街18号602',
      description: 'Karaoke from the bar downstairs every night',
      when: 'every night until 2am',
    },
    citizen: { phone: wang.phone },
    via: hotline,
  });
  clock.advance(MINUTE);
  await router.open({
    service: 'parking-permit',
    input: { plate: '粤B12345', address: '18 Zhongshan Road' },
    citizen: { idNumber: wang.idNumber },
    via: web,
  });
  clock.advance(MINUTE);
  await router.open({
    service: 'consultation',
    input: { question: 'Which documents do I need to register a marriage?', topic: 'other' },
    citizen: { idNumber: li.idNumber, phone: li.phone },
    via: web,
  });
  clock.set(opensAt);
  await router.runDueTimers();
  return [wang, li];
}
