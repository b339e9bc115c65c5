import type { Principal } from '../principal.js';
import type { WebCall, WebReply } from './webCall.js';
import type { WebContext } from './webContext.js';

/** What a route handler gets: the call, its parsed URL, the path parameters and who asks. */
export interface RouteInput<TPrincipal extends Principal | null = Principal> {
  call: WebCall;
  url: URL;
  /** Decoded path parameters by name (`:ref` → `params.ref`); own properties only. */
  params: Readonly<Record<string, string>>;
  principal: TPrincipal;
}

/** Answers one method of one path. */
export type RouteHandler<TPrincipal extends Principal | null = Principal> = (
  input: RouteInput<TPrincipal>,
  web: WebContext,
) => Promise<WebReply>;

/** The methods a route may answer; `HEAD` and `OPTIONS` are derived from them. */
export type RouteMethod = 'GET' | 'POST';

/**
 * One route: a method and a path under `basePath` (`/cases/:ref/events`) with its handler.
 * Only a `public` route is answered to nobody (a `null` principal); others get 401 first.
 */
export type Route =
  | { method: RouteMethod; path: string; public: true; handle: RouteHandler<Principal | null> }
  | { method: RouteMethod; path: string; public?: false; handle: RouteHandler<Principal> };

/** One method of a compiled path. */
export interface CompiledMethod {
  public: boolean;
  handle: RouteHandler<Principal | null>;
}

/** A path ready to match: its segments, and its methods in a `Map` so no method name reaches a prototype. */
export interface CompiledRoute {
  path: string;
  segments: readonly string[];
  methods: ReadonlyMap<string, CompiledMethod>;
  /** The `Allow` header: its methods, plus `HEAD` where there is a `GET`. */
  allow: string;
}

/** A route found for a path, with its parameters. */
export interface RouteMatch {
  route: CompiledRoute;
  params: Readonly<Record<string, string>>;
}

function shapeOf(segments: readonly string[]): string {
  return segments.map((segment) => (segment.startsWith(':') ? ':' : segment)).join('/');
}

/** Literal segments rank before parameters, so `/cases/stream` wins over `/cases/:ref` in any order. */
function specificity(route: CompiledRoute): string {
  return route.segments.map((segment) => (segment.startsWith(':') ? '1' : '0')).join('');
}

/**
 * Compiles a route table for `matchRoute`, grouping the methods of each path. Two routes
 * for the same method and path shape are a mistake caught here, not one shadowing the other.
 */
export function compileRoutes(routes: readonly Route[]): readonly CompiledRoute[] {
  const byShape = new Map<
    string,
    { path: string; segments: string[]; methods: Map<string, CompiledMethod> }
  >();
  for (const route of routes) {
    const segments = route.path.split('/').filter((segment) => segment !== '');
    const shape = shapeOf(segments);
    const entry = byShape.get(shape) ?? { path: route.path, segments, methods: new Map() };
    if (entry.path !== route.path)
      throw new Error(`Web routes ${entry.path} and ${route.path} name one path twice`);
    if (entry.methods.has(route.method)) throw new Error(`Two web routes for ${route.method} ${route.path}`);
    entry.methods.set(route.method, {
      public: route.public === true,
      handle: route.handle as RouteHandler<Principal | null>,
    });
    byShape.set(shape, entry);
  }
  const compiled = [...byShape.values()].map(({ path, segments, methods }): CompiledRoute => {
    const names = [...methods.keys()].sort();
    return { path, segments, methods, allow: (methods.has('GET') ? [...names, 'HEAD'] : names).join(', ') };
  });
  return compiled.sort((a, b) => specificity(a).localeCompare(specificity(b)));
}

/**
 * Finds the route for a request path under `basePath`; `undefined` for a path outside it,
 * one that matches no route, or one whose segments are not valid percent-encoding.
 */
export function matchRoute(
  routes: readonly CompiledRoute[],
  basePath: string,
  pathname: string,
): RouteMatch | undefined {
  const path = pathname.replace(/\/+$/, '');
  if (basePath !== '' && path !== basePath && !path.startsWith(`${basePath}/`)) return undefined;
  let segments: string[];
  try {
    segments = path.slice(basePath.length).split('/').slice(1).map(decodeURIComponent);
  } catch {
    return undefined;
  }
  for (const route of routes) {
    if (route.segments.length !== segments.length) continue;
    const params: Record<string, string> = Object.create(null);
    const matches = route.segments.every((part, i) => {
      const segment = segments[i]!;
      if (!part.startsWith(':')) return part === segment;
      params[part.slice(1)] = segment;
      return segment.length > 0;
    });
    if (matches) return { route, params };
  }
  return undefined;
}
