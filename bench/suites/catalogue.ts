import {
  type AnyServiceDefinition,
  type CaseStore,
  createRouter,
  memoryStore,
  type Router,
  type Via,
} from '@onecase/core';
import { createOpen311Handler } from '@onecase/open311';
import { createWebHandler } from '@onecase/web';
import {
  type CatalogueEntry,
  cityCatalogue,
  catalogueOrigin,
} from '../../examples/city/src/catalogue/index.js';
import {
  alternate,
  type BenchSuite,
  medianOf,
  opsPerSecond,
  percentile,
  ROUND_MS,
  ratioSpread,
  round,
  spread,
} from '../benchSuite.js';

// The Jingban-scale catalogue: every kind of service in each of the 16 districts, 16 versions of each.
const VERSIONS = 16;
const via: Via = { channel: 'web', actor: { id: 'bench' } };

const SAMPLE: Record<string, (options: string[]) => unknown> = {
  string: () => 'Sample text',
  text: () => 'A longer description of the matter',
  number: () => 12.5,
  integer: () => 3,
  date: () => '2026-01-05',
  boolean: () => true,
  choice: (options) => options[0],
  choices: (options) => [options[0]],
};

function sampleInput(entry: CatalogueEntry): Record<string, unknown> {
  return Object.fromEntries(
    entry.fields.map((field) => [
      field.id,
      SAMPLE[field.type]!((field.options ?? []).map((option) => option.value)),
    ]),
  );
}

/**
 * The services the spread side acts on: every report (the baseline's shape), so the ratio
 * measures what many services and versions cost, not the difference between machines. The
 * router still registers every version of every shape.
 */
function sendable(service: AnyServiceDefinition): boolean {
  return catalogueOrigin(service.id)?.entry.shape === 'report';
}

/** Opens one case on every registered version: a router per version count, on one store. */
async function casesOnEveryVersion(all: AnyServiceDefinition[], store: CaseStore): Promise<string[]> {
  const refs: string[] = [];
  for (let version = 1; version <= VERSIONS; version++) {
    const router = createRouter({
      services: all.filter((service) => service.version <= version),
      store,
      secret: 'bench',
    });
    for (const service of all) {
      if (service.version !== version || !sendable(service)) continue;
      const entry = catalogueOrigin(service.id)!.entry;
      refs.push((await router.open({ service: service.id, input: sampleInput(entry), via })).ref);
    }
    await router.close();
  }
  return refs;
}

function timeCreateRouter(services: AnyServiceDefinition[]): number {
  const start = performance.now();
  const router = createRouter({ services, secret: 'bench' });
  const ms = performance.now() - start;
  void router.close();
  return ms;
}

/**
 * The sides of a throughput comparison, each also measured per CPU-second of this process: on
 * a machine shared with other work, time stolen by other processes skews the wall-clock rate of
 * whichever side it hits, while the CPU rate counts only the work the side itself did.
 */
function cpuRated<K extends string>(sides: Record<K, () => unknown>) {
  const cpu = Object.fromEntries(Object.keys(sides).map((name) => [name, [] as number[]])) as Record<
    K,
    number[]
  >;
  const measured = Object.fromEntries(
    (Object.keys(sides) as K[]).map((name) => [
      name,
      async () => {
        const cpuStart = process.cpuUsage();
        const start = performance.now();
        const rate = await opsPerSecond(sides[name] as () => unknown);
        const used = process.cpuUsage(cpuStart);
        cpu[name].push((rate * (performance.now() - start) * 1000) / (used.user + used.system));
        return rate;
      },
    ]),
  ) as Record<K, () => Promise<number>>;
  // The warm-up round alternate() runs first is not a round.
  const rounds = (name: K) => cpu[name].slice(1);
  return { measured, rounds };
}

async function latencies(call: () => Promise<Response>, ms: number): Promise<number[]> {
  const samples: number[] = [];
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const start = performance.now();
    const response = await call();
    await response.arrayBuffer();
    samples.push(performance.now() - start);
  }
  return samples;
}

const suite: BenchSuite = {
  name: 'catalogue',
  async run() {
    const defineStart = performance.now();
    const all = cityCatalogue({ versions: VERSIONS });
    const defineMs = performance.now() - defineStart;
    const latest = all.filter((service) => service.version === VERSIONS);
    const createRouterMs = (await alternate({ create: async () => timeCreateRouter(all) })).create;

    // Spread: cases on every one of the registered versions, opens over every service.
    const spreadStore = memoryStore();
    const spreadRefs = await casesOnEveryVersion(all, spreadStore);
    const spreadRouter = createRouter({
      services: all,
      store: spreadStore,
      secret: 'bench',
    }) as unknown as Router;
    const openable = latest
      .filter(sendable)
      .map((service) => ({ id: service.id, input: sampleInput(catalogueOrigin(service.id)!.entry) }));
    // One service: the same number of cases, all on one version of one service.
    const one = latest.find((service) => service.id === 'dongcheng-road-damage')!;
    const oneInput = sampleInput(catalogueOrigin(one.id)!.entry);
    const oneRouter = createRouter({ services: [one], secret: 'bench' }) as unknown as Router;
    const oneRefs: string[] = [];
    for (let i = 0; i < spreadRefs.length; i++)
      oneRefs.push((await oneRouter.open({ service: one.id, input: oneInput, via })).ref);

    let s = 0;
    let o = 0;
    const sendSides = cpuRated({
      spread: () =>
        spreadRouter.send(
          spreadRefs[s++ % spreadRefs.length]!,
          { type: 'info.add', note: 'n' } as { type: string },
          { via },
        ),
      one: () =>
        oneRouter.send(oneRefs[o++ % oneRefs.length]!, { type: 'info.add', note: 'n' } as { type: string }, {
          via,
        }),
    });
    const sends = await alternate(sendSides.measured);
    let so = 0;
    // The baseline's own kind of service in every district: the same form and machine as the
    // baseline, so this side differs from it only in how many services the router holds and opens.
    const sameForm = openable.filter((service) => service.id.endsWith('-road-damage'));
    let sf = 0;
    // The same opens (each report's own form, machine and input, in the same order) each on a
    // router that holds only one service of that kind: the work of the spread side, on a
    // registry of one — what the spread side costs for the ~10,000 versions it holds.
    const kindRouters = new Map<string, { router: Router; id: string }>();
    for (const service of openable) {
      const kind = catalogueOrigin(service.id)!.entry.id;
      if (kindRouters.has(kind)) continue;
      const definition = latest.find((candidate) => candidate.id === service.id)!;
      kindRouters.set(kind, {
        router: createRouter({ services: [definition], secret: 'bench' }) as unknown as Router,
        id: service.id,
      });
    }
    const kindOf = openable.map((service) => kindRouters.get(catalogueOrigin(service.id)!.entry.id)!);
    let mo = 0;
    const openSides = cpuRated({
      spread: () => {
        const next = openable[so++ % openable.length]!;
        return spreadRouter.open({ service: next.id, input: next.input, via });
      },
      sameForm: () => {
        const next = sameForm[sf++ % sameForm.length]!;
        return spreadRouter.open({ service: next.id, input: next.input, via });
      },
      one: () => oneRouter.open({ service: one.id, input: oneInput, via }),
      sameWorkOne: () => {
        const index = mo++ % openable.length;
        const target = kindOf[index]!;
        return target.router.open({ service: target.id, input: openable[index]!.input, via });
      },
    });
    const opens = await alternate(openSides.measured);
    await Promise.all([
      spreadRouter.close(),
      oneRouter.close(),
      ...[...kindRouters.values()].map(({ router }) => router.close()),
    ]);

    // The catalogue as clients fetch it: 600-odd services, in Chinese, over the Fetch handler.
    const catalogueRouter = createRouter({ services: latest, secret: 'bench' });
    const web = createWebHandler({ router: catalogueRouter, authenticate: () => null });
    const open311 = createOpen311Handler({
      router: catalogueRouter,
      jurisdictionId: 'bench',
      apiKeys: ['k'],
    });
    // What the simulator's citizen page asks first: a page of 100, before anything is rendered.
    const pageStart = performance.now();
    await (await web(new Request('http://bench/services?page=1&pageSize=100'))).arrayBuffer();
    const firstPageMs = performance.now() - pageStart;
    const coldStart = performance.now();
    const first = await web(new Request('http://bench/services'));
    const body = await first.arrayBuffer();
    const coldMs = performance.now() - coldStart;
    const etag = first.headers.get('etag')!;
    const full = await latencies(() => web(new Request('http://bench/services')), ROUND_MS);
    const notModified = await latencies(
      () => web(new Request('http://bench/services', { headers: { 'if-none-match': etag } })),
      ROUND_MS,
    );
    const paged = await latencies(
      () => web(new Request('http://bench/services?page=3&pageSize=50')),
      ROUND_MS,
    );
    const georeport = await latencies(() => open311(new Request('http://bench/services.xml')), ROUND_MS);
    await catalogueRouter.close();

    const p = (values: number[]) => ({
      p50: round(percentile(values, 50)),
      p99: round(percentile(values, 99)),
      samples: values.length,
    });
    return {
      services: latest.length,
      serviceVersions: all.length,
      defineServicesMs: round(defineMs, 1),
      createRouterMs: spread(createRouterMs, 1),
      sendSpreadVsOne: ratioSpread(sends.spread, sends.one),
      openSpreadVsOne: ratioSpread(opens.spread, opens.one),
      // The same rounds per CPU-second (see cpuRated): what to read when the load average is high.
      sendSpreadVsOneCpu: ratioSpread(sendSides.rounds('spread'), sendSides.rounds('one')),
      openSpreadVsOneCpu: ratioSpread(openSides.rounds('spread'), openSides.rounds('one')),
      openSameFormSpreadVsOne: ratioSpread(opens.sameForm, opens.one),
      openSameFormSpreadVsOneCpu: ratioSpread(openSides.rounds('sameForm'), openSides.rounds('one')),
      openSpreadVsSameWorkOne: ratioSpread(opens.spread, opens.sameWorkOne),
      openSpreadVsSameWorkOneCpu: ratioSpread(openSides.rounds('spread'), openSides.rounds('sameWorkOne')),
      sendsPerSecond: { spread: medianOf(sends.spread), one: medianOf(sends.one) },
      opensPerSecond: {
        spread: medianOf(opens.spread),
        sameForm: medianOf(opens.sameForm),
        sameWorkOne: medianOf(opens.sameWorkOne),
        one: medianOf(opens.one),
      },
      catalogueMs: {
        firstPage100: round(firstPageMs, 1),
        firstRender: round(coldMs, 1),
        bytes: body.byteLength,
        full: p(full),
        notModified: p(notModified),
        page50: p(paged),
        open311ServicesXml: p(georeport),
      },
    };
  },
};

export default suite;
