import { memoryStore } from '@onecase/core';
import { createFakeClock } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { createCity } from '../src/createCity.js';
import { createTimeline } from '../src/demo/createTimeline.js';
import { residents, runCityDay } from '../src/demo/runCityDay.js';

/**
 * Mainland mobile numbers and 18-digit resident ID numbers, however they are spaced — but not
 * a run of digits inside a hex token (a case id, a hash, a signature), which is no phone number.
 */
const PHONE = /(?<![\dA-Za-z-])1[3-9]\d(?:[\s-]?\d){8}(?![\dA-Za-z-])/;
const ID_NUMBER = /(?<![\dA-Za-z])\d{6}(?:19|20)\d{2}[01]\d[0-3]\d\d{3}[\dXx](?![\dA-Za-z])/;

describe('privacy at rest after a full demo day', () => {
  it('stores no phone or ID number in clear: not in records, events, effects or review items', async () => {
    const store = memoryStore();
    const clock = createFakeClock(Date.UTC(2026, 2, 2, 0, 0));
    const city = createCity({ clock, store, secret: 'privacy-secret' });
    const timeline = createTimeline(city, { now: clock.now, write: () => {} });
    try {
      await runCityDay({ router: city, clock, timeline, secret: 'privacy-secret' });
    } finally {
      timeline.stop();
    }
    // Everything the store holds, read back through the feed from its first event.
    const held: unknown[] = [];
    let after: string | undefined;
    for (;;) {
      const { changes, last } = await store.readChanges({ ...(after ? { after } : {}), limit: 500 });
      for (const change of changes)
        held.push(change.record, change.event, await store.effects(change.record.id));
      if (!last) break;
      after = last;
    }
    expect(held.length).toBeGreaterThan(20);
    const text = JSON.stringify(held);
    for (const resident of Object.values(residents) as { phone?: string; idNumber?: string }[]) {
      if (resident.phone) expect(text).not.toContain(resident.phone);
      if (resident.idNumber) expect(text).not.toContain(resident.idNumber);
    }
    expect(text.match(PHONE)?.[0]).toBeUndefined();
    expect(text.match(ID_NUMBER)?.[0]).toBeUndefined();
    await city.close();
  });
});
