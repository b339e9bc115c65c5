import {
  type CaseView,
  formatStateValue,
  isCaseError,
  labelsFor,
  type RouterClient,
  type ServiceDescriptor,
  systemClock,
} from '@onecase/core';
import {
  type CounterSession,
  DOCUMENT_TYPES,
  type DocumentType,
  formatTime,
  type Identification,
  issueServiceCode,
  type OfflineSwitch,
  refusalText,
  syncReportText,
  type Ticket,
  type TicketQueue,
} from '@onecase/counter';
import type { FakeClock } from '@onecase/testing';
import type { CityRouter } from '../../createCity.js';
import { fieldLines } from './fieldLines.js';
import { parsePayload, tokenize } from './tokenize.js';

/** What the terminal drives; `router` and `clock` exist only when the router runs in this process. */
export interface CounterTerminalOptions {
  session: CounterSession;
  queue: TicketQueue;
  network: OfflineSwitch<RouterClient>;
  write: (text: string) => void;
  /** The in-process city, for `as <channel>` (other channels acting meanwhile) and `advance`. */
  router?: CityRouter;
  clock?: FakeClock;
  /** Signs the service codes `code` shows, as the citizen's app would. */
  secret?: string;
  timeZone?: string;
  /** The language of service titles on screen (default `en`, the language of the terminal's own text). */
  locale?: string;
}

/** A clerk's command interpreter: one line in, screen text out. */
export interface CounterTerminal {
  /** Runs one command line; resolves false after `quit`. */
  run(line: string): Promise<boolean>;
}

export const TERMINAL_HELP = `Commands
  take <group> [priority=1] [appointment=HH:MM]   give a citizen a ticket (groups: licences, permits, complaints, general)
  queue                                           tickets waiting for this counter, in call order
  call | recall | served | transfer <counter>     work the queue
  id <resident ID or phone> [phone]               identify the citizen; a checked ID with her phone links the two
  doc <type> <number>                             identify with ${DOCUMENT_TYPES.filter((t) => t !== 'resident-id').join(', ')}
  code <ID number> [phone]                        (simulation) the service code the citizen's app shows; kept as $CODE
  scan <code>                                     identify by scanning a service code
  services [word]                                 the services a case can be opened for, with their events (narrowed by a word)
  fields <event | service>                        the fields an event (or opening a service) takes
  cases                                           the citizen's cases from every channel, numbered #1, #2 …
  show <#n | ref>                                 one case: state, what each channel may do, history
  act <#n | ref> <event> [key=value … | {json}]   act on a case and print the receipt
  open <service> [key=value … | {json}]           open a case for the identified citizen
  as <web|hotline|staff> <#n | ref> <event> […]   (simulation) another channel acts on the case meanwhile
  offline | online                                cut or restore the counter's connection to the router
  pending | sync                                  the outbox, and delivering it
  advance <duration> | time                       (simulation) move the clock (e.g. 2d, 3h) and fire due timers
  help | quit
Values with spaces need quotes: act #1 info.add note="Recording from last night" (or a {json} object).`;

const GROUPS = {
  licences: { prefix: 'L' },
  permits: { prefix: 'P' },
  complaints: { prefix: 'C' },
  general: { prefix: 'G' },
};

/** The ticket groups of the simulated hall and their number prefixes. */
export const HALL_GROUPS: Record<string, { prefix: string }> = GROUPS;

/**
 * Creates the interpreter behind `pnpm sim:counter`: each line is a clerk's command, the
 * output is what the counter's screen shows (tickets, identification, cases, receipts,
 * refusals, the outbox and sync reports).
 *
 * @example
 * ```ts
 * const terminal = createCounterTerminal({ session, queue, network, write: (text) => console.log(text) });
 * await terminal.run('call');
 * ```
 */
export function createCounterTerminal(options: CounterTerminalOptions): CounterTerminal {
  const { session, queue, network, write, router, clock } = options;
  const now = () => (clock ?? systemClock).now();
  let listed: CaseView[] = [];
  let catalogue: ServiceDescriptor[] = [];
  const variables = new Map<string, string>();
  const locale = options.locale ?? 'en';
  const titleIn = (service: ServiceDescriptor) => labelsFor(service, locale).title;

  async function services(): Promise<ServiceDescriptor[]> {
    catalogue = await session.services();
    return catalogue;
  }

  function titleOf(view: CaseView): string {
    return (
      (() => {
        const item = catalogue.find((candidate) => candidate.id === view.service.id);
        return item ? titleIn(item) : undefined;
      })() ??
      router?.service(view.service.id, view.service.version)?.title ??
      view.service.id
    );
  }

  function minutes(ms: number): string {
    return `${Math.round(ms / 60_000)} min`;
  }

  function resolveRef(word: string | undefined): string {
    if (!word) throw new Error('Which case? Give #n from `cases` or a reference');
    const match = /^#(\d+)$/.exec(word);
    if (!match) return expand(word);
    const view = listed[Number(match[1]) - 1];
    if (!view) throw new Error(`No case ${word}: run \`cases\` first`);
    return view.ref;
  }

  function expand(word: string): string {
    return word.startsWith('$') ? (variables.get(word.slice(1)) ?? word) : word;
  }

  function describeIdentification(result: Identification): string {
    if (!result.identified) return `NOT identified (${result.method}, ${result.reason}): ${result.message}`;
    const person = result.person
      ? ` - born ${result.person.birthDate}, ${result.person.sex}, ${result.person.region.province}`
      : '';
    return `Identified by ${result.method}${person}`;
  }

  function ticketLine(ticket: Ticket): string {
    const extras = [
      ticket.priority > 0 ? `priority ${ticket.priority}` : '',
      ticket.appointmentAt !== null
        ? `appointment ${formatTime(ticket.appointmentAt, options.timeZone).slice(11)}`
        : '',
      ticket.forCounter !== null ? `transferred to counter ${ticket.forCounter}` : '',
    ].filter(Boolean);
    return `${ticket.number} (${ticket.group}${extras.length > 0 ? `, ${extras.join(', ')}` : ''})`;
  }

  function caseLine(view: CaseView, index: number): string {
    const title = titleOf(view);
    const counterCan = view.allowed.counter ?? [];
    return `#${index + 1} ${view.ref}  ${title}  [${formatStateValue(view.state.value)}${view.state.done ? ', closed' : ''}]  opened via ${view.openedVia.channel}\n     counter can: ${counterCan.length > 0 ? counterCan.join(', ') : '-'}`;
  }

  function appointmentFrom(text: string): number {
    const match = /^(\d{1,2}):(\d{2})$/.exec(text);
    if (!match) throw new Error('appointment is HH:MM');
    const day = formatTime(now(), options.timeZone).slice(0, 10);
    return new Date(`${day}T${match[1]!.padStart(2, '0')}:${match[2]}:00+08:00`).getTime();
  }

  const commands: Record<string, (args: string[], line: string) => Promise<void> | void> = {
    help: () => write(TERMINAL_HELP),
    async take([group, ...rest]) {
      if (!group) throw new Error('take <group>');
      const extra = parsePayload(rest);
      const ticket = await queue.take({
        group,
        ...(typeof extra.priority === 'number' ? { priority: extra.priority } : {}),
        ...(extra.appointment !== undefined
          ? { appointmentAt: appointmentFrom(String(extra.appointment)) }
          : {}),
      });
      write(`Ticket ${ticketLine(ticket)} taken at ${formatTime(ticket.takenAt, options.timeZone)}`);
    },
    async queue() {
      const waiting = await queue.waiting({ counter: session.counter });
      if (waiting.length === 0) return write('Nobody is waiting.');
      for (const ticket of waiting)
        write(`  ${ticketLine(ticket)} waiting ${minutes(await queue.waitingMs(ticket.number))}`);
    },
    async call() {
      const ticket = await session.callNext();
      if (!ticket) return write('Nobody is waiting.');
      listed = [];
      write(`Calling ${ticket.number} to counter ${session.counter} (waited ${minutes(ticket.waitedMs)})`);
    },
    async recall() {
      const ticket = await session.recall();
      write(
        ticket.status === 'no-show'
          ? `${ticket.number} did not come after ${ticket.calls} calls: marked no-show`
          : `Calling ${ticket.number} again (call ${ticket.calls})`,
      );
    },
    async served() {
      const ticket = await session.served();
      listed = [];
      write(`${ticket.number} served.`);
    },
    async transfer([to]) {
      if (!to) throw new Error('transfer <counter>');
      const ticket = await session.transfer(to);
      listed = [];
      write(`${ticket.number} sent to counter ${to}.`);
    },
    id([value, phone]) {
      if (!value) throw new Error('id <resident ID or phone> [phone]');
      write(describeIdentification(session.identify(phone ? { idNumber: value, phone } : value)));
    },
    doc([type, ...number]) {
      if (!type || number.length === 0) throw new Error('doc <type> <number>');
      write(
        describeIdentification(session.identify({ document: type as DocumentType, number: number.join('') })),
      );
    },
    code([idNumber, phone]) {
      if (!options.secret) throw new Error('This terminal has no service code secret');
      if (!idNumber) throw new Error('code <ID number> [phone]');
      const code = issueServiceCode({
        secret: options.secret,
        citizen: { idNumber, ...(phone ? { phone } : {}) },
        now: now(),
      });
      variables.set('CODE', code);
      write(`Service code (valid 2 min): ${code}`);
    },
    async scan([code]) {
      if (!code) throw new Error('scan <code>');
      write(describeIdentification(await session.scan(expand(code))));
    },
    async services([word]) {
      // The catalogue has ~600 services over the 16 districts: a word (海淀, road, 路灯) narrows them.
      const wanted = word?.toLowerCase();
      const list = (await services()).filter(
        (service) =>
          !wanted || service.id.includes(wanted) || titleIn(service).toLowerCase().includes(wanted),
      );
      if (list.length === 0) write(`No service has '${word}' in its id or title`);
      for (const service of list) {
        const counterEvents = Object.entries(service.events)
          .filter(([, event]) => event.channels.includes(session.via.channel))
          .map(([type]) => type);
        write(`  ${service.id.padEnd(18)} ${service.refPrefix.padEnd(4)} ${titleIn(service)}`);
        write(`     counter can send: ${counterEvents.length > 0 ? counterEvents.join(', ') : '-'}`);
      }
      write('Open one with: open <service> key=value … ; see its fields with: fields <service>');
    },
    async fields([name]) {
      if (!name) throw new Error('fields <event | service>, e.g. fields info.add or fields consultation');
      const list = await services();
      const service = list.find((item) => item.id === name);
      if (service) {
        write(`open ${service.id} (${titleIn(service)}) takes:`);
        const labels = labelsFor(service, locale);
        for (const text of fieldLines(service.input, labels.fields, labels.values)) write(text);
        return;
      }
      const having = list.filter((item) => Object.hasOwn(item.events, name));
      if (having.length === 0) {
        const events = [...new Set(list.flatMap((item) => Object.keys(item.events)))].sort();
        throw new Error(`No event or service '${name}'. Events: ${events.join(', ')}`);
      }
      for (const item of having) {
        const event = item.events[name]!;
        write(`${name} on ${titleIn(item)} (${item.refPrefix}-…), sent by ${event.channels.join(', ')}:`);
        for (const text of fieldLines(event.schema)) write(text);
      }
    },
    async cases() {
      listed = await session.cases();
      if (listed.length === 0) return write('No cases for this citizen.');
      for (const [index, view] of listed.entries()) write(caseLine(view, index));
    },
    async show([word]) {
      const ref = resolveRef(word);
      const client = network.client;
      const view = await client.get(ref);
      write(
        caseLine(
          view,
          Math.max(
            0,
            listed.findIndex((item) => item.ref === view.ref),
          ),
        ),
      );
      for (const [channel, events] of Object.entries(view.allowed))
        write(`     ${channel}: ${events.join(', ') || '-'}`);
      for (const event of await client.history(ref)) {
        write(
          `     v${event.seq} ${formatTime(event.at, options.timeZone)} ${event.type} by ${event.via.channel}/${event.via.actor.id} -> ${formatStateValue(event.stateAfter)}`,
        );
      }
    },
    async act([word, type, ...rest], line) {
      const ref = resolveRef(word);
      if (!type) throw new Error('act <#n | ref> <event> [payload]');
      const result = await session.act(ref, { ...parsePayload(rest, line), type });
      variables.set('LAST', ref);
      write(result.receipt);
    },
    async open([service, ...rest], line) {
      if (!service) throw new Error('open <service> [payload]; type services for the list');
      const known = await services().catch(() => catalogue);
      const unknown = () =>
        new Error(`No service '${service}'. Services: ${known.map((item) => item.id).join(', ')}`);
      if (known.length > 0 && !known.some((item) => item.id === service)) throw unknown();
      const result = await session.open(service, parsePayload(rest, line)).catch((error: unknown) => {
        throw isCaseError(error, 'UNKNOWN_SERVICE') ? unknown() : error;
      });
      if (result.status === 'applied') variables.set('LAST', result.case.ref);
      write(result.receipt);
    },
    async as([channel, word, type, ...rest], line) {
      if (!router) throw new Error('Other channels can only be simulated with the in-process city');
      if (!channel || !type) throw new Error('as <channel> <#n | ref> <event> [payload]');
      const ref = resolveRef(word);
      try {
        const view = await router.send(ref, { ...parsePayload(rest, line), type } as never, {
          via: { channel, actor: { id: `${channel}-user` } },
        });
        write(`${channel}: ${type} accepted -> ${formatStateValue(view.state.value)}`);
      } catch (error) {
        write(`${channel}: ${refusalText(error)}`);
      }
    },
    offline() {
      network.goOffline();
      write('The counter is OFFLINE: actions are queued in the outbox.');
    },
    online() {
      network.goOnline();
      const waiting = session.pending().length;
      write(
        `The counter is ONLINE.${waiting > 0 ? ` ${waiting} command(s) wait in the outbox: run sync.` : ''}`,
      );
    },
    pending() {
      const entries = session.pending();
      if (entries.length === 0) return write('The outbox is empty.');
      for (const entry of entries) {
        const { command } = entry;
        const what =
          command.kind === 'send' ? `${command.ref} ${command.event.type}` : `open ${command.service}`;
        write(`  #${entry.seq} ${what} (queued ${formatTime(entry.queuedAt, options.timeZone)})`);
      }
    },
    async sync() {
      write(syncReportText(await session.sync()));
    },
    async advance([duration]) {
      if (!clock || !router) throw new Error('Time can only be moved in the simulated city');
      if (!duration) throw new Error('advance <duration>, e.g. 2d or 3h');
      clock.advance(duration);
      const fired = await router.runDueTimers();
      write(`Time is now ${formatTime(clock.now(), options.timeZone)}; ${fired} timer(s) fired.`);
    },
    time: () =>
      write(
        `Time is ${formatTime(now(), options.timeZone)}; the counter is ${network.online ? 'online' : 'OFFLINE'}.`,
      ),
  };

  return {
    async run(line) {
      let words: string[];
      try {
        words = tokenize(line.trim());
      } catch (error) {
        write(`Error: ${(error as Error).message}`);
        return true;
      }
      const [name, ...args] = words;
      if (!name || name.startsWith('#')) return true;
      if (name === 'quit' || name === 'exit') return false;
      const command = commands[name];
      if (!command) {
        write(`Unknown command '${name}'. Type help.`);
        return true;
      }
      try {
        await command(args, line);
      } catch (error) {
        write(
          isCaseError(error) || error instanceof Error
            ? refusalText(error).replace(/^Unexpected error: /, 'Error: ')
            : String(error),
        );
      }
      return true;
    },
  };
}
