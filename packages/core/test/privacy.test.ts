import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import {
  citizenKeys,
  createRouter,
  memoryStore,
  normalizeIdNumber,
  normalizePhone,
  type Via,
} from '../src/index.js';
import { noise } from '@onecase/testing/fixtures';

const via: Via = { channel: 'hotline', actor: { id: 'agent-1' } };

describe('citizen identifiers', () => {
  it('normalises phones and ID numbers as people write them', () => {
    expect(normalizePhone('+86 138-0013-8000')).toBe('13800138000');
    expect(normalizePhone('0086 (138) 0013 8000')).toBe('13800138000');
    // A landline written with the country code is the same line as in national form.
    expect(normalizePhone('+86 10 6234 5678')).toBe(normalizePhone('010-62345678'));
    expect(normalizePhone('+86 755 8888 1234')).toBe('075588881234');
    expect(normalizePhone('010-62345678')).toBe('01062345678');
    expect(normalizeIdNumber(' 11010519491231002x ')).toBe('11010519491231002X');
    expect(citizenKeys('s', { phone: '+86 138 0013 8000' })).toEqual(
      citizenKeys('s', { phone: '13800138000' }),
    );
    expect(citizenKeys('s', { phone: '13800138000' })).not.toEqual(
      citizenKeys('other', { phone: '13800138000' }),
    );
  });

  it('finds a case by any spelling of the phone or ID number, and stores only keyed hashes', async () => {
    const store = memoryStore();
    const router = createRouter({ services: [noise], store, secret: 'city-secret' });
    const view = await router.open({
      service: 'noise-complaint',
      input: { address: 'a', description: 'b' },
      citizen: { phone: '+86 139-1234-5678', idNumber: '11010519491231002x' },
      via,
    });
    expect((await router.find({ phone: '13912345678' })).map((c) => c.id)).toEqual([view.id]);
    expect((await router.find({ idNumber: '11010519491231002X' })).map((c) => c.id)).toEqual([view.id]);
    expect(await router.find({ phone: '13900000000' })).toEqual([]);
    const record = await store.load(view.id);
    const dump = JSON.stringify([record, await store.events(view.id)]);
    expect(dump).not.toMatch(/13912345678|1234-5678|11010519491231002/);
  });

  it('never lets an injected pino logger print a raw phone or ID number', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = pino({ level: 'trace' }, sink);
    const router = createRouter({ services: [noise], logger, secret: 'city-secret' });
    const view = await router.open({
      service: 'noise-complaint',
      input: { address: 'Room 5, caller 13912345678', description: 'ID 11010519491231002X says hi' },
      citizen: { phone: '13912345678', idNumber: '11010519491231002X' },
      via,
    });
    await router.send(view.ref, { type: 'info.add', note: 'call me on 13912345678' }, { via });
    await router.send(view.ref, { type: 'info.add', note: '' }, { via }).catch(() => undefined);
    await router
      .open({ service: 'noise-complaint', input: { address: 13912345678 }, via } as never)
      .catch(() => undefined);
    await router.find({ phone: '13912345678' });
    logger.flush();
    expect(lines.length).toBeGreaterThan(2);
    const output = lines.join('');
    expect(output).toContain(view.ref);
    expect(output).not.toMatch(/13912345678|11010519491231002X/);
  });
});
