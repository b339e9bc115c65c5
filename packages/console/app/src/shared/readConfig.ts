import { CONSOLE_CONFIG_META, type ConsoleConfig } from '../../../src/consoleConfig.js';

export type { ApiMount, ConsoleConfig, SignInConfig } from '../../../src/consoleConfig.js';

/**
 * The config `serveConsole` wrote into the page (`<meta name="onecase-console-config">`); an
 * app opened from the Vite dev server, without one, talks to `/api/citizen` and `/api/staff`.
 *
 * @example
 * ```ts
 * const config = readConfig();
 * const api = createApiClient({ baseUrl: config.apis.citizen!.url });
 * ```
 */
export function readConfig(doc: Document = document): ConsoleConfig {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${CONSOLE_CONFIG_META}"]`);
  if (meta?.content) {
    try {
      return JSON.parse(meta.content) as ConsoleConfig;
    } catch {
      // A broken config falls back to the defaults below rather than a blank page.
    }
  }
  return { apis: { citizen: { url: '/api/citizen' }, staff: { url: '/api/staff' } } };
}
