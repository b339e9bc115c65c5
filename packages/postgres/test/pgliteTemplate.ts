import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';

// The installed path names the PGlite version, so an upgrade makes a new template.
const installed = createHash('sha1')
  .update(realpathSync(createRequire(import.meta.url).resolve('@electric-sql/pglite')))
  .digest('hex')
  .slice(0, 12);

/** A freshly initialised PGlite data directory as a tarball, made once per PGlite version (initdb is the slow part). */
export const PGLITE_TEMPLATE = join(tmpdir(), `onecase-pglite-template-${installed}.tar`);

/** Makes the template tarball unless it exists; vitest runs it once before the test files. */
export async function ensurePgliteTemplate(): Promise<void> {
  if (existsSync(PGLITE_TEMPLATE)) return;
  const db = await PGlite.create();
  const dump = await db.dumpDataDir('none');
  await db.close();
  const partial = `${PGLITE_TEMPLATE}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, PGLITE_TEMPLATE);
}

/** A new PGlite (in memory, or on `dataDir` when it is new) started from the template. */
export async function createTestPGlite(options: PGliteOptions = {}): Promise<PGlite> {
  const fresh = options.dataDir === undefined || !existsSync(join(options.dataDir, 'PG_VERSION'));
  if (!fresh || !existsSync(PGLITE_TEMPLATE)) return PGlite.create(options);
  return PGlite.create({ ...options, loadDataDir: new Blob([readFileSync(PGLITE_TEMPLATE)]) });
}

export default ensurePgliteTemplate;
