/** A value an Open311 document holds: text, number, boolean, null, lists and records of them. */
export type XmlValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | XmlValue[]
  | { [key: string]: XmlValue };

/** The element name of each item of a list, by the list's element name (the spec's plurals). */
export const XML_ITEM_NAMES: Readonly<Record<string, string>> = {
  services: 'service',
  service_requests: 'request',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
  errors: 'error',
};

function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function element(name: string, value: XmlValue): string {
  if (value === null || value === undefined) return `<${name}/>`;
  if (Array.isArray(value)) {
    const item = XML_ITEM_NAMES[name] ?? 'item';
    return `<${name}>${value.map((entry) => element(item, entry)).join('')}</${name}>`;
  }
  if (typeof value === 'object') {
    const children = Object.entries(value)
      .map(([key, child]) => element(key, child))
      .join('');
    return `<${name}>${children}</${name}>`;
  }
  // Text XML 1.0 cannot carry (control characters) is dropped rather than breaking the document.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed
  return `<${name}>${escapeText(String(value).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''))}</${name}>`;
}

/**
 * Writes an Open311 document as XML the way the GeoReport v2 spec shows it: a root element,
 * lists as a plural element of singular items (`<services><service>…`), null as an empty element.
 *
 * @example
 * ```ts
 * toXml('services', [{ service_code: 'pothole' }]);
 * // '<?xml version="1.0" encoding="utf-8"?><services><service><service_code>pothole</service_code></service></services>'
 * ```
 */
export function toXml(root: string, value: XmlValue): string {
  return `<?xml version="1.0" encoding="utf-8"?>${element(root, value)}`;
}
