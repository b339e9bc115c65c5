import { createCity } from '../../createCity.js';
import { createWebSimulator } from './createWebSimulator.js';

// `pnpm sim:web [port]`: the citizen and staff pages over one in-memory city router.
const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const city = createCity({ secret: process.env.CITY_SECRET ?? 'web-simulator-secret' });
city.startScheduler();
const sim = await createWebSimulator({ router: city, port, host: process.env.HOST ?? '127.0.0.1' });
process.stdout.write(
  `onecase web simulator\n  citizen page: ${sim.url}/citizen\n  staff page:   ${sim.url}/staff\n`,
);
const stop = async () => {
  await sim.close();
  await city.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
