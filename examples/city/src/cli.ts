import { resolve } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { isCaseError } from '@onecase/core';

/**
 * What a script of the example city accepts, and the help text it prints.
 *
 * @example
 * ```ts
 * const spec: CliSpec<{ port: { type: 'string' } }> = { name: 'pnpm sim:web', usage, options: { port: { type: 'string' } } };
 * ```
 */
export interface CliSpec<TOptions extends NonNullable<ParseArgsConfig['options']>> {
  /** How the user runs it, e.g. `pnpm demo`; starts every error line. */
  name: string;
  /** The full `--help` text (usage line, what it does, options, environment). */
  usage: string;
  options: TOptions;
  allowPositionals?: boolean;
}

type Parsed<TOptions extends NonNullable<ParseArgsConfig['options']>> = ReturnType<
  typeof parseArgs<{ options: TOptions; allowPositionals: true; strict: true }>
>;

/**
 * A mistake in how a script was called (a bad option value): it prints one line and the usage
 * and exits with 2, like an unknown option.
 *
 * @example
 * ```ts
 * if (!Number.isInteger(port)) throw new UsageError(`port must be a number, not '${raw}'`);
 * ```
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Something the user can fix outside the command line (a port in use, a missing file): it
 * prints one line and exits with 1, no stack.
 *
 * @example
 * ```ts
 * throw new CliError('port 3000 is already in use; pass another: pnpm sim:web 3001');
 * ```
 */
export class CliError extends Error {
  override name = 'CliError';
}

// Failures of the machine or the network that a user fixes, not bugs: their Node message is
// already one clear line (`ENOENT: no such file or directory, open '…'`).
const USER_FACING_CODES = new Set([
  'ENOENT',
  'EACCES',
  'EPERM',
  'ENOTDIR',
  'EISDIR',
  'EEXIST',
  'EADDRINUSE',
  'EADDRNOTAVAIL',
  'ECONNREFUSED',
  'ENOTFOUND',
]);

function userMessage(error: unknown): string | undefined {
  if (error instanceof CliError || error instanceof UsageError) return error.message;
  if (isCaseError(error)) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error && typeof code === 'string' && USER_FACING_CODES.has(code)) return error.message;
  return undefined;
}

/**
 * Parses a script's arguments the way every city script does: `--help` prints the usage and
 * exits 0; an unknown option or a missing value prints one line and the usage and exits 2; a
 * leading `--` (what `pnpm run x -- …` passes through) is dropped. From then on a user error
 * ({@link CliError}, {@link UsageError}, a `CaseError`, a file or network error) thrown anywhere
 * in the script prints one line without a stack.
 *
 * @example
 * ```ts
 * const { values } = parseCli({ name: 'pnpm demo', usage: USAGE, options: { pglite: { type: 'string' } } });
 * ```
 */
export function parseCli<TOptions extends NonNullable<ParseArgsConfig['options']>>(
  spec: CliSpec<TOptions>,
  argv: string[] = process.argv.slice(2),
): Parsed<TOptions> {
  const fail = (code: 1 | 2, message: string): never => {
    process.stderr.write(`${spec.name}: ${message}\n${code === 2 ? `\n${spec.usage.trimEnd()}\n` : ''}`);
    process.exit(code);
  };
  const onError = (error: unknown) => {
    const message = userMessage(error);
    if (message === undefined) {
      // A bug, not a user error: keep the stack for whoever reports it.
      process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
      process.exit(1);
    }
    fail(error instanceof UsageError ? 2 : 1, message.split('\n')[0] ?? message);
  };
  process.on('uncaughtException', onError);
  process.on('unhandledRejection', onError);

  const args = argv[0] === '--' ? argv.slice(1) : argv;
  try {
    const parsed = parseArgs({
      args,
      options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: spec.allowPositionals ?? false,
      strict: true,
    });
    if ((parsed.values as { help?: boolean }).help) {
      process.stdout.write(`${spec.usage.trimEnd()}\n`);
      process.exit(0);
    }
    return parsed as unknown as Parsed<TOptions>;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw error;
    // Node's message goes on about quoting positionals after `--`; its first sentence is the point.
    return fail(2, (error as Error).message.split(/\.\s/)[0] ?? (error as Error).message);
  }
}

/**
 * Resolves a path the user typed from where they typed the command: pnpm runs the city's
 * scripts inside examples/city and says where it was called from in `INIT_CWD`.
 *
 * @example
 * ```ts
 * const dir = fromInvokingDir('.data/city'); // <where you ran pnpm>/.data/city
 * ```
 */
export function fromInvokingDir(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}
