/** The value of one cookie of a request, decoded; undefined when absent, empty or malformed. */
export function simCookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(value.join('=')).trim() || undefined;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
