/**
 * Where a PostgreSQL server is expected, as named in connection errors.
 *
 * @example
 * ```ts
 * const { host, port }: PostgresAddress = postgresAddress({ connectionString: url });
 * ```
 */
export interface PostgresAddress {
  host: string;
  port: number;
}

/**
 * Reads the host and port a `pg` configuration connects to (a connection string, explicit
 * fields or the `PGHOST`/`PGPORT` defaults), so errors can say which server did not answer.
 *
 * @example
 * ```ts
 * postgresAddress({ connectionString: 'postgres://app@db.internal:6432/cases' }); // { host: 'db.internal', port: 6432 }
 * ```
 */
export function postgresAddress(config: {
  connectionString?: string;
  host?: string;
  port?: number;
}): PostgresAddress {
  let host = config.host;
  let port = config.port;
  if (config.connectionString !== undefined && (host === undefined || port === undefined)) {
    try {
      const url = new URL(config.connectionString);
      host ??= url.searchParams.get('host') ?? (decodeURIComponent(url.hostname) || undefined);
      port ??= url.port ? Number(url.port) : undefined;
    } catch {
      // A libpq key=value string: pg parses it; we only lose the nicer message.
    }
  }
  return {
    host: host ?? process.env.PGHOST ?? 'localhost',
    port: port ?? (process.env.PGPORT ? Number(process.env.PGPORT) : 5432),
  };
}
