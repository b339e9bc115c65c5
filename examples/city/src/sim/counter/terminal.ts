// `pnpm sim:counter`: a clerk's terminal at a counter of the simulated city service hall.
// Interactive on a terminal; reads commands from `--script file` or piped stdin otherwise.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { RouterClient } from '@onecase/core';
import {
  createCounterSession,
  createOfflineSwitch,
  createOutbox,
  createTicketQueue,
  formatTime,
  jsonLinesQueueStore,
  routerServiceCodeLedger,
  serviceCodeLedgerService,
} from '@onecase/counter';
import { createFakeClock } from '@onecase/testing';
import { createHttpRouterClient } from '@onecase/web';
import { CliError, fromInvokingDir, parseCli, UsageError } from '../../cli.js';
import { type CityRouter, createCity } from '../../createCity.js';
import { createCounterTerminal, HALL_GROUPS } from './createCounterTerminal.js';
import { SEED_LEAD_MS, seedHall } from './seedHall.js';

const USAGE = `Usage: pnpm sim:counter [options]

A clerk's terminal at a counter of the simulated city service hall: call tickets, identify
citizens, look up and act on their cases, print receipts, work offline and sync. Interactive
on a terminal; reads commands from --script or from piped stdin otherwise. Type help inside
for the commands.

Options:
  --counter <n>     the counter number (default: 3)
  --clerk <id>      the clerk's id (default: clerk-17)
  --script <file>   run the commands in a file, one a line, then exit
  --data <dir>      keep the ticket queue and outbox in this folder (they survive a restart)
  --start <time>    the simulated time the hall opens (ISO, e.g. 2026-03-02T09:00+08:00)
  --url <url>       drive a remote router (pnpm sim:web) instead of an in-process city
  --token <token>   bearer token sent to --url
  --secret <text>   the secret that keys citizen identifiers (default: a demo secret)
  --no-seed         start with an empty hall (no seeded citizens and cases)
  -h, --help        show this help

Paths are taken from the folder you run the command in.`;

// pnpm runs this in examples/city, so relative paths are taken from where the command was typed
// (INIT_CWD); parseCli drops the \`--\` that \`pnpm sim:counter -- --script x\` passes through.
const { values } = parseCli({
  name: 'pnpm sim:counter',
  usage: USAGE,
  options: {
    counter: { type: 'string', default: '3' },
    clerk: { type: 'string', default: 'clerk-17' },
    script: { type: 'string' },
    data: { type: 'string' },
    start: { type: 'string' },
    url: { type: 'string' },
    token: { type: 'string' },
    secret: { type: 'string', default: 'suihaoban-demo-secret' },
    'no-seed': { type: 'boolean', default: false },
  },
});
if (values.start !== undefined && Number.isNaN(Date.parse(values.start))) {
  throw new UsageError(
    `--start must be a date and time such as 2026-03-02T09:00+08:00, not '${values.start}'`,
  );
}
if (values.script !== undefined && !existsSync(fromInvokingDir(values.script))) {
  throw new CliError(`--script: no such file ${fromInvokingDir(values.script)}`);
}
if (values.url !== undefined && !URL.canParse(values.url)) {
  throw new UsageError(
    `--url must be the address of a web simulator such as http://127.0.0.1:3000, not '${values.url}'`,
  );
}

const fromUser = fromInvokingDir;
const dataDir = values.data === undefined ? undefined : fromUser(values.data);
const HALL = 'Suihaoban service hall';
const write = (text: string) => process.stdout.write(`${text}\n`);
const remote = values.url !== undefined;
const seeding = !remote && !values['no-seed'];
const opensAt = createFakeClock(values.start ?? Date.now()).now();
// Seeded cases were filed two days before the hall opens, so the clock starts then.
const clock = createFakeClock(seeding ? opensAt - SEED_LEAD_MS : opensAt);
const counter = values.counter;

let router: CityRouter | undefined;
let client: RouterClient;
if (values.url !== undefined) {
  client = createHttpRouterClient(values.url, {
    ...(values.token !== undefined ? { headers: { authorization: `Bearer ${values.token}` } } : {}),
  });
} else {
  router = createCity({ clock, secret: values.secret });
  client = router;
}
const network = createOfflineSwitch(client);
const queue = createTicketQueue({
  clock,
  groups: HALL_GROUPS,
  ...(dataDir !== undefined ? { store: jsonLinesQueueStore(join(dataDir, 'queue.jsonl')) } : {}),
});
const outbox = createOutbox({
  clock,
  // The outbox file holds citizens' identifiers: sealed under the hall's secret.
  secret: values.secret,
  ...(dataDir !== undefined ? { file: join(dataDir, `outbox-counter-${counter}.jsonl`) } : {}),
});
// When the router keeps the hall's used-code ledger, every terminal shares it (a code works once in the hall).
const sharedLedger = (await client.catalogue().catch(() => [])).some(
  (service) => service.id === serviceCodeLedgerService.id,
);
const session = createCounterSession({
  ...(sharedLedger ? { ledger: routerServiceCodeLedger({ client: network.client, hall: HALL }) } : {}),
  client: network.client,
  counter,
  clerk: values.clerk,
  queue,
  outbox,
  secret: values.secret,
  clock,
  hall: HALL,
});
const terminal = createCounterTerminal({
  session,
  queue,
  network,
  write,
  secret: values.secret,
  ...(router ? { router, clock } : {}),
});

const citizens = router && seeding ? await seedHall(router, clock, opensAt) : [];
write(`onecase counter terminal - ${HALL}, counter ${counter}, clerk ${values.clerk}`);
write(
  `${remote ? `Router: ${values.url}` : 'Router: in-process simulated city'}; time ${formatTime(clock.now())}.`,
);
for (const citizen of citizens) {
  write(`  ${citizen.name.padEnd(10)} ID ${citizen.idNumber}  phone ${citizen.phone}  (${citizen.story})`);
}
if (seeding && (await queue.list()).length === 0) {
  for (const group of ['licences', 'complaints']) await queue.take({ group });
  await queue.take({ group: 'permits', priority: 1 });
}
// Fetched now, while the router answers, so payloads can be checked offline later.
await session.services().catch(() => undefined);
const waiting = session.pending().length;
if (waiting > 0) write(`${waiting} command(s) wait in the outbox from before: run sync.`);
write('Type help for the commands.');

const prompt = `counter ${counter}> `;
const interactive = values.script === undefined && process.stdin.isTTY === true;

async function runLines(lines: AsyncIterable<string> | Iterable<string>): Promise<void> {
  for await (const line of lines) {
    // A script or a pipe shows each command as if typed, so the transcript reads like a session.
    if (!interactive) write(`${prompt}${line}`);
    if (!(await terminal.run(line))) break;
  }
}

if (values.script !== undefined) {
  const lines = readFileSync(fromUser(values.script), 'utf8').split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  await runLines(lines);
} else {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive, prompt });
  if (interactive) {
    // At a real keyboard the simulated clock keeps pace with the wall clock, so waiting times grow.
    let lastTick = Date.now();
    rl.prompt();
    for await (const line of rl) {
      clock.advance(Date.now() - lastTick);
      lastTick = Date.now();
      await router?.runDueTimers();
      if (!(await terminal.run(line))) break;
      rl.prompt();
    }
  } else {
    await runLines(rl);
  }
  rl.close();
}
await router?.close();
