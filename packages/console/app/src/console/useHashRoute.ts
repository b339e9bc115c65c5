import { useEffect, useState } from 'preact/hooks';

/** Where the console is: a queue, a case, the dashboard; read from the URL's hash so links and Back work. */
export type ConsoleRoute =
  | { page: 'queue'; queue: string | undefined }
  | { page: 'case'; ref: string }
  | { page: 'dashboard' };

/** Reads a hash (`#/case/SF-…`, `#/queue/overdue`, `#/dashboard`) as a route; anything else is the first queue. */
export function routeOf(hash: string): ConsoleRoute {
  const [, page, arg] = hash.replace(/^#/, '').split('/');
  if (page === 'case' && arg) return { page: 'case', ref: decodeURIComponent(arg) };
  if (page === 'dashboard') return { page: 'dashboard' };
  return { page: 'queue', queue: arg ? decodeURIComponent(arg) : undefined };
}

/** The link of a route. */
export function hrefOf(route: ConsoleRoute): string {
  if (route.page === 'case') return `#/case/${encodeURIComponent(route.ref)}`;
  if (route.page === 'dashboard') return '#/dashboard';
  return route.queue ? `#/queue/${encodeURIComponent(route.queue)}` : '#/queue';
}

/** The current route, following `hashchange`. */
export function useHashRoute(): ConsoleRoute {
  const [route, setRoute] = useState(() => routeOf(location.hash));
  useEffect(() => {
    const follow = () => setRoute(routeOf(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return route;
}
