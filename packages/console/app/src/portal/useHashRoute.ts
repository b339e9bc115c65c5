import { useEffect, useState } from 'preact/hooks';

/** A page of the portal, read from the location hash (`#/cases/NC-…`). */
export type PortalRoute =
  | { page: 'services' }
  | { page: 'file'; service: string }
  | { page: 'cases' }
  | { page: 'case'; ref: string };

/** Reads a location hash into a route; anything unknown is the service list. */
export function routeOf(hash: string): PortalRoute {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'services' && parts[1]) return { page: 'file', service: parts[1] };
  if (parts[0] === 'cases' && parts[1]) return { page: 'case', ref: parts[1] };
  if (parts[0] === 'cases') return { page: 'cases' };
  return { page: 'services' };
}

/** The hash of a route, for links. */
export function hrefOf(route: PortalRoute): string {
  switch (route.page) {
    case 'file':
      return `#/services/${encodeURIComponent(route.service)}`;
    case 'cases':
      return '#/cases';
    case 'case':
      return `#/cases/${encodeURIComponent(route.ref)}`;
    default:
      return '#/services';
  }
}

/** The current route, following hash changes (links and the back button work without a server route). */
export function useHashRoute(): PortalRoute {
  const [route, setRoute] = useState(() => routeOf(location.hash));
  useEffect(() => {
    const follow = () => setRoute(routeOf(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return route;
}
