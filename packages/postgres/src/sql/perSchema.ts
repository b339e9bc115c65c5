/**
 * Memoises a statement's text per schema, so a call neither rebuilds the string nor makes
 * the driver hash a new one to find its prepared statement.
 *
 * @example
 * ```ts
 * const loadText = perSchema((schema) => `SELECT id FROM ${schema}.cases WHERE id = $1::text`);
 * await client.query(loadText('onecase'), [caseId]);
 * ```
 */
export function perSchema(build: (schema: string) => string): (schema: string) => string {
  const texts = new Map<string, string>();
  return (schema) => {
    let text = texts.get(schema);
    if (text === undefined) {
      text = build(schema);
      texts.set(schema, text);
    }
    return text;
  };
}
