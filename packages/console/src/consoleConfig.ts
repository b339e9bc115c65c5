/**
 * How a signed-out visitor signs in to one of the applications: a page to go to (a real
 * identity provider), or — for simulators and demos only — a cookie the page sets itself
 * with whatever name the visitor types.
 */
export type SignInConfig =
  | { kind: 'redirect'; url: string }
  | { kind: 'cookie'; cookie: string; path: string };

/** Where one application's API is mounted and how its visitors sign in. */
export interface ApiMount {
  /** The `basePath` of the `createWebHandler` mount, e.g. `/api/citizen`. */
  url: string;
  /** The channel the API acts on for this application's people (default `web`). */
  channel?: string;
  signIn?: SignInConfig;
}

/**
 * What the portal and the console read at start-up: where the citizen and staff APIs are,
 * and the time zone times are shown in. `serveConsole` writes it into each HTML page.
 *
 * @example
 * ```ts
 * const config: ConsoleConfig = {
 *   apis: { citizen: { url: '/api/citizen' }, staff: { url: '/api/staff', channel: 'centre' } },
 *   timeZone: 'Asia/Shanghai',
 * };
 * ```
 */
export interface ConsoleConfig {
  apis: { citizen?: ApiMount; staff?: ApiMount };
  /** IANA time zone of every time shown (default `Asia/Shanghai`). */
  timeZone?: string;
  /** Where the applications are mounted (`serveConsole`'s `basePath`), so they can link to each other. */
  basePath?: string;
}

/** The `<meta name>` that carries the config as JSON in each page (no inline script, so a strict CSP holds). */
export const CONSOLE_CONFIG_META = 'onecase-console-config';
