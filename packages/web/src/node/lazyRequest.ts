/** What a `Request` answers before it is built: what `authenticate` nearly always reads alone. */
export interface RequestParts {
  method: string;
  url(): string;
  headers(): Headers;
  /** The whole `Request`, given the `Headers` already handed out (so they stay the same object). */
  build(headers: Headers): Request;
}

/**
 * A Fetch `Request` built only when something beyond its method, URL and headers is read.
 * Building one costs a stream for the body and an abort signal, several times what
 * `authenticate` usually needs (a header or two); this stands in for it until then. It is an
 * `instanceof Request`, and every other property, method and internal slot is the built
 * `Request`'s, so it can be read, cloned or passed to `fetch` / `new Request` as one.
 */
export function lazyRequest(parts: RequestParts): Request {
  let headers: Headers | undefined;
  let request: Request | undefined;
  const built = (): Request => {
    headers ??= parts.headers();
    request ??= parts.build(headers);
    return request;
  };
  return new Proxy(Object.create(Request.prototype) as Request, {
    get(_target, key) {
      if (key === 'method') return parts.method;
      if (key === 'headers') {
        headers ??= parts.headers();
        return headers;
      }
      if (key === 'url' && request === undefined) return parts.url();
      const whole = built();
      const value: unknown = Reflect.get(whole, key, whole);
      // Methods check that `this` is a real Request, which the stand-in is not.
      return typeof value === 'function' && key !== 'constructor' ? value.bind(whole) : value;
    },
  });
}
