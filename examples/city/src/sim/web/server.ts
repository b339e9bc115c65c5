import { CliError, parseCli, UsageError } from '../../cli.js';
import { createCity } from '../../createCity.js';
import { createWebSimulator } from './createWebSimulator.js';

const USAGE = `Usage: pnpm sim:web [port] [--host <address>]

Serves the citizen portal and the staff console (and the first plain pages) of the example city
over one in-memory router; cases change live (server-sent events) whichever page or channel
acts on them.

Arguments:
  port              the port to listen on (default: $PORT or 3000; 0 picks a free one)

Options:
  --port <n>        the same as the argument
  --host <address>  the address to listen on (default: $HOST or 127.0.0.1)
  -h, --help        show this help

Environment:
  PORT, HOST        defaults for the above
  CITY_SECRET       the router secret that keys citizen identifiers (default: a demo secret)`;

// `pnpm sim:web [port]`: the citizen and staff pages over one in-memory city router.
const { values, positionals } = parseCli({
  name: 'pnpm sim:web',
  usage: USAGE,
  options: { port: { type: 'string' }, host: { type: 'string' } },
  allowPositionals: true,
});
if (positionals.length > 1) throw new UsageError(`expected at most one port, got ${positionals.join(' ')}`);
const rawPort = values.port ?? positionals[0] ?? process.env.PORT ?? '3000';
const port = Number(rawPort);
if (!/^\d+$/.test(rawPort) || port > 65_535) {
  throw new UsageError(`the port must be a number from 0 to 65535, not '${rawPort}'`);
}
const host = values.host ?? process.env.HOST ?? '127.0.0.1';

const city = createCity({ secret: process.env.CITY_SECRET ?? 'web-simulator-secret' });
const sim = await createWebSimulator({ router: city, port, host }).catch((error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    throw new CliError(
      `port ${port} on ${host} is already in use: stop what runs there or pass another port (pnpm sim:web ${port + 1})`,
    );
  }
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
    throw new CliError(`cannot listen on ${host}: not an address of this machine`);
  }
  throw error;
});
city.startScheduler();
process.stdout.write(
  `onecase web simulator\n  citizen portal: ${sim.url}/portal\n  staff console:  ${sim.url}/console\n  developer pages: ${sim.url}/citizen, ${sim.url}/staff\n`,
);
const stop = async () => {
  await sim.close();
  await city.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
