import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cityRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs `pnpm sim:counter` as a real process, types `lines` into its stdin and returns the screen. */
function runTerminal(lines: string[], args: string[] = []): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--conditions=onecase-source', 'src/sim/counter/terminal.ts', ...args],
      { cwd: cityRoot, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`terminal exited with ${code}: ${err}\n${out}`));
    });
    child.stdin.end(`${lines.join('\n')}\n`);
  });
}

/** The output printed after the echo of `command` and before the next prompt. */
function answerTo(screen: string, command: string, occurrence = 1): string {
  let from = -1;
  for (let i = 0; i < occurrence; i++) from = screen.indexOf(`counter 3> ${command}\n`, from + 1);
  if (from < 0) throw new Error(`'${command}' was not echoed`);
  const start = from + `counter 3> ${command}\n`.length;
  const end = screen.indexOf('counter 3> ', start);
  return screen.slice(start, end < 0 ? undefined : end);
}

describe('counter terminal simulator (stdin end to end)', () => {
  it('runs a clerk session: tickets, identity, cases from every channel, receipts, offline and sync', {
    timeout: 60_000,
  }, async () => {
    const script = [
      'call',
      'id 440305198503120424',
      'code 440305198503120423 13800138000',
      'scan $CODE',
      'cases',
      'as web #1 originals.check complete=true',
      'act #1 originals.check complete=true',
      'offline',
      'act #1 info.add note="Originals seen, lease copy kept"',
      'act #2 info.add note="Karaoke again at 1am"',
      'cases',
      'as web #2 case.withdraw reason="Sorted it out with the bar"',
      'pending',
      'online',
      'sync',
      'sync',
      'scan $CODE',
      'cases',
      'served',
      'call',
      'recall',
      'recall',
      'recall',
      'frobnicate',
      'quit',
      'cases',
    ];
    const screen = await runTerminal(script, ['--start', '2026-01-05T09:00:00+08:00']);

    expect(answerTo(screen, 'call')).toContain('Calling P001 to counter 3');
    expect(answerTo(screen, 'id 440305198503120424')).toContain('NOT identified (resident-id, check-digit)');
    expect(answerTo(screen, 'scan $CODE')).toContain(
      'Identified by service-code - born 1985-03-12, female, Guangdong',
    );
    // A replayed code is refused and leaves nobody identified.
    expect(answerTo(screen, 'scan $CODE', 2)).toContain('replayed');
    expect(answerTo(screen, 'cases', 3)).toContain('Identify the citizen first');

    const cases = answerTo(screen, 'cases');
    expect(cases).toMatch(
      /#1 BL-\w{5}-\w{5} {2}Business licence application {2}\[submitted\] {2}opened via web/,
    );
    expect(cases).toMatch(
      /#2 NC-\w{5}-\w{5} {2}Noise complaint \(12345\) {2}\[received\] {2}opened via hotline/,
    );
    expect(cases).toMatch(/#3 PP-\w{5}-\w{5} {2}Residential parking permit/);
    const licenceRef = /#1 (BL-\w{5}-\w{5})/.exec(cases)![1]!;

    expect(answerTo(screen, 'as web #1 originals.check complete=true')).toContain(
      "web: Not possible online: 'originals.check' can only be done in person at a counter.",
    );
    const receipt = answerTo(screen, 'act #1 originals.check complete=true');
    expect(receipt).toContain(`Reference:  ${licenceRef}`);
    expect(receipt).toContain('Service:    Business licence application');
    expect(receipt).toContain('New state:  review');
    expect(receipt).toContain('licence.approve (staff)');

    expect(answerTo(screen, 'act #2 info.add note="Karaoke again at 1am"')).toContain(
      'QUEUED - the counter is offline',
    );
    expect(answerTo(screen, 'cases', 2)).toContain('cannot be reached');
    expect(answerTo(screen, 'pending').trim().split('\n')).toHaveLength(2);
    expect(answerTo(screen, 'sync')).toContain(
      'Sync: 1 applied, 0 already applied, 1 refused, 0 still waiting',
    );
    expect(answerTo(screen, 'sync')).toMatch(
      /REFUSED NC-\w{5}-\w{5} info\.add: EVENT_NOT_ALLOWED .*withdrawn/,
    );
    expect(answerTo(screen, 'sync', 2)).toContain(
      'Sync: 0 applied, 0 already applied, 0 refused, 0 still waiting',
    );

    expect(answerTo(screen, 'served')).toContain('P001 served.');
    expect(answerTo(screen, 'call', 2)).toContain('Calling C001');
    expect(answerTo(screen, 'recall', 3)).toContain('C001 did not come after 3 calls: marked no-show');
    expect(answerTo(screen, 'frobnicate')).toContain("Unknown command 'frobnicate'");
    // Nothing after quit runs.
    expect(screen.trimEnd().endsWith('counter 3> quit')).toBe(true);
  });

  it('counts what find returns: 3 cases, 2 under her ID and 2 under her phone, until a checked ID with her phone links them', {
    timeout: 60_000,
  }, async () => {
    const screen = await runTerminal(
      [
        'call',
        'id 440305198503120423',
        'cases',
        'id 440305198503120423 13800138000',
        'cases',
        'id 440305198503120423',
        'cases',
        'id 13800138000',
        'cases',
        'quit',
      ],
      ['--start', '2026-01-05T09:00:00+08:00'],
    );
    expect(screen).toContain(
      '(business licence and parking permit applied for online, noise complaint by phone; 3 cases: 2 under the ID, 2 under the phone until a clerk links them)',
    );
    expect(screen).toMatch(/Li Lei .*\(consultation asked on the web; 1 case\)/);
    const listed = (occurrence: number) => answerTo(screen, 'cases', occurrence).match(/^#\d /gm) ?? [];
    expect(listed(1)).toHaveLength(2);
    expect(answerTo(screen, 'id 440305198503120423 13800138000')).toContain('Identified by resident-id');
    expect(listed(2)).toHaveLength(3);
    // Linked: her ID alone and her phone alone now find all three.
    expect(listed(3)).toHaveLength(3);
    expect(listed(4)).toHaveLength(3);
  });

  it('runs a script file, opens a case at the counter and keeps the queue in its data folder', {
    timeout: 60_000,
  }, async () => {
    const data = mkdtempSync(join(tmpdir(), 'onecase-sim-counter-'));
    const script = join(data, 'morning.txt');
    writeFileSync(
      script,
      [
        'take general',
        'take licences priority=1',
        'call',
        'transfer 5',
        'call',
        'id 11010519491231002x',
        'open consultation {"question": "How do I renew a residence permit?", "topic": "other"}',
        'cases',
        'quit',
      ].join('\n'),
    );
    const screen = await runTerminal(
      [],
      ['--no-seed', '--script', script, '--data', data, '--start', '2026-01-05T09:00:00+08:00'],
    );

    expect(answerTo(screen, 'call')).toContain('Calling L001');
    expect(answerTo(screen, 'transfer 5')).toContain('L001 sent to counter 5.');
    expect(answerTo(screen, 'call', 2)).toContain('Calling G001');
    expect(answerTo(screen, 'id 11010519491231002x')).toContain('born 1949-12-31, female, Beijing');
    const receipt = answerTo(
      screen,
      'open consultation {"question": "How do I renew a residence permit?", "topic": "other"}',
    );
    expect(receipt).toMatch(/Reference: {2}CQ-\w{5}-\w{5}/);
    expect(receipt).toContain('Action:     case.open');
    expect(answerTo(screen, 'cases')).toMatch(/#1 CQ-\w{5}-\w{5} {2}Consultation .*opened via counter/);

    const tickets = readFileSync(join(data, 'queue.jsonl'), 'utf8')
      .trim()
      .split('\n')
      // Each record is framed `R1 <bytes> <crc32> <json>` so a torn write is detected.
      .map((line) => JSON.parse(line.replace(/^R1 \d+ [0-9a-f]{8} /, '')));
    expect(tickets.at(-1)).toMatchObject({ number: 'G001', status: 'called', counter: '3' });
    expect(tickets.findLast((ticket) => ticket.number === 'L001')).toMatchObject({
      status: 'waiting',
      forCounter: '5',
    });
  });

  it('lists services and fields, tells the clerk to quote, and refuses offline what could never apply', {
    timeout: 60_000,
  }, async () => {
    const screen = await runTerminal(
      [
        'services',
        'services yanqing-street',
        'fields info.add',
        'fields consultation',
        'fields pothole',
        'call',
        'id 440305198503120423',
        'open pothole',
        'cases',
        'offline',
        'act #1 info.add note=Recording from last night',
        'act #2 identity.verify',
        'act #1 info.add note="Recording from last night"',
        'pending',
        'quit',
      ],
      ['--start', '2026-01-05T09:00:00+08:00'],
    );
    const services = answerTo(screen, 'services');
    expect(services).toMatch(/noise-complaint +NC +Noise complaint \(12345\)/);
    expect(services).toMatch(/consultation +CQ +Consultation/);
    const narrowed = answerTo(screen, 'services yanqing-street');
    expect(narrowed).toMatch(/yanqing-street-light-fault +YQSLF/);
    expect(narrowed).not.toMatch(/noise-complaint/);
    expect(answerTo(screen, 'fields info.add')).toMatch(/note +string +required - at least 1 character\b/);
    expect(answerTo(screen, 'fields consultation')).toMatch(
      /topic +string +optional - one of licences \(Licences\), parking \(Parking\)/,
    );
    expect(answerTo(screen, 'fields pothole')).toContain(
      "No event or service 'pothole'. Events: case.answer, case.urge",
    );
    expect(answerTo(screen, 'open pothole')).toContain(
      "No service 'pothole'. Services: business-licence, noise-complaint, parking-permit, consultation",
    );
    expect(answerTo(screen, 'act #1 info.add note=Recording from last night')).toContain(
      `'from' is not key=value; a value with spaces needs quotes: note="Recording from last night"`,
    );
    // Offline, a payload the schema refuses gets no QUEUED receipt.
    const refused = answerTo(screen, 'act #2 identity.verify');
    expect(refused).toMatch(/^Refused: Invalid payload for 'identity.verify' \(.+: Required/);
    expect(refused).not.toContain('QUEUED');
    expect(answerTo(screen, 'act #1 info.add note="Recording from last night"')).toContain(
      'QUEUED - the counter is offline',
    );
    expect(answerTo(screen, 'pending').trim().split('\n')).toHaveLength(1);
  });
});
