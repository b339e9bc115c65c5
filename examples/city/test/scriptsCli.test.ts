import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const cityDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = createRequire(import.meta.url).resolve('tsx/cli');

const SCRIPTS = {
  'pnpm demo': 'src/demo.ts',
  'pnpm sim:web': 'src/sim/web/server.ts',
  'pnpm sim:counter': 'src/sim/counter/terminal.ts',
  'pnpm sim:hotline': 'src/sim/hotline/replay.ts',
} as const;
type Script = keyof typeof SCRIPTS;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a city script the way `pnpm <script>` does: tsx with the source condition, in examples/city. */
function run(script: Script, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [tsx, '--conditions=onecase-source', SCRIPTS[script], ...args],
      { cwd: cityDir, env: { ...process.env, DATABASE_URL: '', ...env }, timeout: 90_000 },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: unknown }).code ?? 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A user error: exactly one line before any usage text, and no stack trace anywhere. */
function errorLine(result: Run): string {
  expect(result.stderr).not.toMatch(/^\s+at /m);
  return result.stderr.split('\n')[0] ?? '';
}

const temp = mkdtempSync(join(tmpdir(), 'onecase-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe.concurrent('every city script', () => {
  for (const script of Object.keys(SCRIPTS) as Script[]) {
    it(`${script} --help prints its usage and exits 0`, async () => {
      const result = await run(script, ['--help']);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toMatch(new RegExp(`^Usage: ${script}`));
      expect(result.stdout).toContain('-h, --help');
    }, 60_000);

    it(`${script} with an unknown option prints one line and the usage, exit 2`, async () => {
      const result = await run(script, ['--bogus']);
      expect(result.code).toBe(2);
      expect(errorLine(result)).toBe(`${script}: Unknown option '--bogus'`);
      expect(result.stderr).toContain(`\nUsage: ${script}`);
      expect(result.stdout).toBe('');
    }, 60_000);
  }
});

describe.concurrent('user errors are one line, no stack', () => {
  it('pnpm demo --pglite without a directory', async () => {
    const result = await run('pnpm demo', ['--pglite']);
    expect(result.code).toBe(2);
    expect(errorLine(result)).toBe("pnpm demo: Option '--pglite <value>' argument missing");
  }, 60_000);

  it('pnpm demo with a DATABASE_URL that is not a URL', async () => {
    const result = await run('pnpm demo', [], { DATABASE_URL: 'localhost' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      "pnpm demo: DATABASE_URL must be a postgres:// URL such as postgres://postgres@127.0.0.1:5432/test, not 'localhost'",
    );
  }, 60_000);

  it('pnpm demo with a DATABASE_URL where no PostgreSQL answers', async () => {
    const result = await run('pnpm demo', [], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(errorLine(result)).toMatch(/^pnpm demo: Cannot use PostgreSQL at 127\.0\.0\.1:1: .*ECONNREFUSED/);
  }, 60_000);

  it('pnpm sim:web on a port in use, and with a port that is not a number', async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const inUse = await run('pnpm sim:web', [String(port)]);
      expect(inUse.code).toBe(1);
      expect(inUse.stderr.trim()).toBe(
        `pnpm sim:web: port ${port} on 127.0.0.1 is already in use: stop what runs there or pass another port (pnpm sim:web ${port + 1})`,
      );
    } finally {
      busy.close();
    }
    const notANumber = await run('pnpm sim:web', ['--port', 'http']);
    expect(notANumber.code).toBe(2);
    expect(errorLine(notANumber)).toBe("pnpm sim:web: the port must be a number from 0 to 65535, not 'http'");
  }, 60_000);

  it('pnpm sim:hotline and pnpm sim:counter --script with a file that does not exist', async () => {
    const [hotline, counter] = await Promise.all([
      run('pnpm sim:hotline', ['missing-call.txt'], { INIT_CWD: temp }),
      run('pnpm sim:counter', ['--script', 'missing.txt'], { INIT_CWD: temp }),
    ]);
    expect(hotline.code).toBe(1);
    expect(hotline.stderr.trim()).toBe(
      `pnpm sim:hotline: no such transcript: ${join(temp, 'missing-call.txt')}`,
    );
    expect(hotline.stdout).toBe('');
    expect(counter.code).toBe(1);
    expect(counter.stderr.trim()).toBe(
      `pnpm sim:counter: --script: no such file ${join(temp, 'missing.txt')}`,
    );
    expect(counter.stdout).toBe('');
  }, 60_000);
});

describe('pnpm demo --pglite <dir>', () => {
  it('takes the path from where the command was typed and creates the folders above it', async () => {
    const result = await run('pnpm demo', ['--pglite', '.data/nested/city'], { INIT_CWD: temp });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      `A day in the city — cases kept in PGlite in ${join(temp, '.data/nested/city')}`,
    );
    expect(existsSync(join(temp, '.data/nested/city/PG_VERSION'))).toBe(true);
    expect(existsSync(join(cityDir, '.data/nested'))).toBe(false);
  }, 120_000);
});
