import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
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

/** The same, unpacked as a data directory: copying files is faster than PGlite unpacking a tarball. */
const PGLITE_TEMPLATE_DIR = `${PGLITE_TEMPLATE}.d`;

/** Makes the template tarball and directory unless they exist; vitest runs it once before the test files. */
export async function ensurePgliteTemplate(): Promise<void> {
  const partial = `${PGLITE_TEMPLATE}.${process.pid}`;
  if (!existsSync(PGLITE_TEMPLATE)) {
    const db = await PGlite.create();
    const dump = await db.dumpDataDir('none');
    await db.close();
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, PGLITE_TEMPLATE);
  }
  if (!existsSync(PGLITE_TEMPLATE_DIR)) {
    const db = await PGlite.create({
      dataDir: partial,
      loadDataDir: new Blob([readFileSync(PGLITE_TEMPLATE)]),
    });
    await db.close();
    renameSync(partial, PGLITE_TEMPLATE_DIR);
  }
}

/** A new PGlite (in memory, or on `dataDir` when it is new) started from the template. */
export async function createTestPGlite(options: PGliteOptions = {}): Promise<PGlite> {
  const { dataDir } = options;
  if (dataDir !== undefined) {
    if (!existsSync(join(dataDir, 'PG_VERSION')) && existsSync(PGLITE_TEMPLATE_DIR)) {
      cpSync(PGLITE_TEMPLATE_DIR, dataDir, { recursive: true });
    }
    return PGlite.create(options);
  }
  if (!existsSync(PGLITE_TEMPLATE)) return PGlite.create(options);
  return PGlite.create({ ...options, loadDataDir: new Blob([readFileSync(PGLITE_TEMPLATE)]) });
}

export default ensurePgliteTemplate;
