import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// What a user does before the packages are on the registry: pack every package, install the
// tarballs with npm into a fresh project outside the workspace, then import them from an ESM
// and a CommonJS script and type-check both the way TypeScript projects resolve packages.
// Needs the packages built (`pnpm check` builds first).

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));
// @onecase/governance is left out: its one dependency (chinese-days) would be fetched, and this test runs offline.
const PACKAGES = ['core', 'postgres', 'web', 'counter', 'hotline', 'testing', 'open311'] as const;
const tsc = join(root, 'node_modules/typescript/bin/tsc');

// Third-party packages come from the workspace's own install (linked, not fetched), so the test
// runs offline; the user gets the same versions from the registry with `npm install xstate zod …`.
const THIRD_PARTY: [name: string, from: string][] = [
  ['xstate', 'packages/core'],
  ['zod', 'packages/core'],
  ['vitest', 'packages/testing'],
  ['@types/node', '.'],
];

const USER_CODE = `
const router = createTestRouter({ services: [noise] });
const opened = await router.open({
  service: 'noise-complaint',
  input: { address: '12 Tianhe Rd', description: 'drilling at night' },
  via: { channel: 'web', actor: { id: 'citizen-1' } },
});
const handler = createWebHandler({ router, authenticate: () => ({ kind: 'staff', id: 'clerk-1', role: 'clerk' }) });
const response = await handler(new Request(\`http://city.test/cases/\${opened.ref}\`));
const body = (await response.json()) as { ref: string; state: { value: unknown } };
let refused = '';
try {
  await router.send(opened.ref, { type: 'case.reply', answer: 'done' }, { via: { channel: 'web', actor: { id: 'citizen-1' } } });
} catch (error) {
  refused = isCaseError(error) ? error.code : 'not a CaseError';
}
const transcript = parseTranscript('Call-Id: c-1\\nCaller: 13800138000\\n\\nCaller: hello');
console.log(JSON.stringify({
  status: response.status,
  ref: body.ref === opened.ref,
  state: body.state.value,
  refused,
  residentId: checkResidentId('11010519491231002X').valid,
  turns: transcript.turns.length,
  chart: stateChart(noise, { format: 'mermaid' }).split('\\n')[0],
  postgres: typeof postgresStore,
  memory: typeof memoryStore,
  fakeClock: createFakeClock(0).now(),
  suite: typeof SUITE,
}));
`;

const ESM = `import { isCaseError, memoryStore } from '@onecase/core';
import { checkResidentId } from '@onecase/counter';
import { parseTranscript } from '@onecase/hotline';
import { postgresStore } from '@onecase/postgres';
import { createFakeClock, createTestRouter, describeCaseStore, stateChart } from '@onecase/testing';
import { noise } from '@onecase/testing/fixtures';
import { describeCaseStore as fromSubpath } from '@onecase/testing/vitest';
import { createWebHandler } from '@onecase/web';

const SUITE = describeCaseStore === fromSubpath ? describeCaseStore : undefined;
${USER_CODE}`;

// \`import x = require()\` is how a CommonJS TypeScript file loads a package (TS1471 without .d.cts).
const CJS = `import core = require('@onecase/core');
import counter = require('@onecase/counter');
import hotline = require('@onecase/hotline');
import postgres = require('@onecase/postgres');
import testing = require('@onecase/testing');
import fixtures = require('@onecase/testing/fixtures');
import web = require('@onecase/web');

const { isCaseError, memoryStore } = core;
const { checkResidentId } = counter;
const { parseTranscript } = hotline;
const { postgresStore } = postgres;
const { createFakeClock, createTestRouter, stateChart } = testing;
const { noise } = fixtures;
const { createWebHandler } = web;
// The CommonJS face leaves out the vitest-bound suite: vitest cannot be require()d.
const SUITE = 'describeCaseStore' in testing ? 'present' : undefined;

async function main(): Promise<void> {
${USER_CODE}
}
main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
`;

const COMPILER_OPTIONS = {
  target: 'es2022',
  lib: ['es2023', 'dom'],
  strict: true,
  skipLibCheck: true,
  types: ['node'],
};

let project = '';

function linkThirdParty(nodeModules: string): void {
  for (const [name, from] of THIRD_PARTY) {
    const target = dirname(createRequire(join(root, from, 'package.json')).resolve(`${name}/package.json`));
    mkdirSync(dirname(join(nodeModules, name)), { recursive: true });
    symlinkSync(target, join(nodeModules, name), 'dir');
  }
}

beforeAll(async () => {
  for (const name of PACKAGES) {
    if (!existsSync(join(root, 'packages', name, 'dist/index.cjs')))
      throw new Error(`packages/${name}/dist is missing: run \`pnpm build\` first`);
  }
  project = mkdtempSync(join(tmpdir(), 'onecase-install-'));
  const tarballs = join(project, 'tarballs');
  mkdirSync(tarballs);
  for (const name of PACKAGES) {
    await run('pnpm', ['pack', '--pack-destination', tarballs], { cwd: join(root, 'packages', name) });
  }
  // What `npm init -y` makes, a CommonJS project: what most new users start from.
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'onecase-user', version: '1.0.0', private: true, type: 'commonjs' }),
  );
  const files = readdirSync(tarballs).map((file) => `./tarballs/${file}`);
  // --legacy-peer-deps: the peers (xstate, zod, vitest) are linked below instead of fetched.
  await run(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', '--legacy-peer-deps', '--ignore-scripts', ...files],
    { cwd: project, env: { ...process.env, npm_config_workspaces: 'false' } },
  );
  linkThirdParty(join(project, 'node_modules'));
  writeFileSync(join(project, 'user.mts'), ESM);
  writeFileSync(join(project, 'user.cts'), CJS);
  writeFileSync(join(project, 'bundler.ts'), ESM);
  writeFileSync(
    join(project, 'tsconfig.node16.json'),
    JSON.stringify({
      compilerOptions: { ...COMPILER_OPTIONS, module: 'node16', outDir: 'out' },
      files: ['user.mts', 'user.cts'],
    }),
  );
  writeFileSync(
    join(project, 'tsconfig.bundler.json'),
    JSON.stringify({
      compilerOptions: { ...COMPILER_OPTIONS, module: 'esnext', moduleResolution: 'bundler', noEmit: true },
      files: ['bundler.ts'],
    }),
  );
}, 180_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

async function tscErrors(config: string): Promise<string> {
  try {
    await run(process.execPath, [tsc, '-p', config], { cwd: project });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe('installing the packed tarballs into a project outside the workspace', () => {
  it('ships a README and the LICENSE in every tarball', () => {
    const license = readFileSync(join(root, 'LICENSE'), 'utf8');
    for (const name of PACKAGES) {
      const installed = join(project, 'node_modules/@onecase', name);
      expect(readFileSync(join(installed, 'LICENSE'), 'utf8'), `@onecase/${name} LICENSE`).toBe(license);
      expect(readFileSync(join(installed, 'README.md'), 'utf8')).toMatch(
        new RegExp(`^# @onecase/${name}\\n`),
      );
      const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
      expect(JSON.stringify(manifest), `@onecase/${name} still names a workspace: range`).not.toContain(
        'workspace:',
      );
    }
  });

  it('type-checks an ESM and a CommonJS file under module node16 and emits them', async () => {
    expect(await tscErrors('tsconfig.node16.json')).toBe('');
  }, 60_000);

  it('type-checks the ESM file under moduleResolution bundler', async () => {
    expect(await tscErrors('tsconfig.bundler.json')).toBe('');
  }, 60_000);

  const expected = {
    status: 200,
    ref: true,
    state: 'received',
    refused: 'CHANNEL_FORBIDDEN',
    residentId: true,
    turns: 1,
    chart: 'stateDiagram-v2',
    postgres: 'function',
    memory: 'function',
    fakeClock: 0,
  };

  it('runs a tiny case from an ESM script (import)', async () => {
    const { stdout } = await run(process.execPath, ['out/user.mjs'], { cwd: project });
    expect(JSON.parse(stdout)).toEqual({ ...expected, suite: 'function' });
  }, 60_000);

  it('runs the same case from a CommonJS script (require), vitest never loaded', async () => {
    const { stdout } = await run(process.execPath, ['out/user.cjs'], { cwd: project });
    expect(JSON.parse(stdout)).toEqual({ ...expected, suite: 'undefined' });
  }, 60_000);
});
