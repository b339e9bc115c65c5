export { type ConnectPostgresOptions, connectPostgres } from './connectPostgres.js';
export { MIGRATIONS, type Migration, migrateSchema, SCHEMA_VERSION } from './migrations.js';
export { pgliteClient } from './pgliteClient.js';
export { type PgPoolClientOptions, pgPoolClient } from './pgPoolClient.js';
export { type PostgresAddress, postgresAddress } from './postgresAddress.js';
export { type PostgresCaseStore, type PostgresStoreOptions, postgresStore } from './postgresStore.js';
export type { SqlClient, SqlListener, SqlQueryable } from './sqlClient.js';
