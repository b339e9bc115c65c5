import type { AnyMachineSnapshot } from 'xstate';
import { CaseError } from '../caseError.js';
import { type IndexValue, isScalar } from '../caseQuery.js';
import type { CaseSearchFields } from '../caseStore.js';
import type { AnyServiceDefinition } from '../defineService.js';
import { statePaths } from '../stateValue.js';

/** Every active state path with its ancestors, so a query for a parent state finds its children. */
export function stateAncestry(snapshot: AnyMachineSnapshot): string[] {
  // The common case, a top-level atomic state, is its own ancestry.
  if (typeof snapshot.value === 'string' && !snapshot.value.includes('.')) return [snapshot.value];
  const all = new Set<string>();
  for (const path of statePaths(snapshot.value)) {
    const parts = path.split('.');
    for (let depth = 1; depth <= parts.length; depth++) all.add(parts.slice(0, depth).join('.'));
  }
  return [...all];
}

/** The queryable fields of a case after a decision; an index function that misbehaves names itself. */
export function searchFields(service: AnyServiceDefinition, snapshot: AnyMachineSnapshot): CaseSearchFields {
  const tags = [...snapshot.tags].sort();
  const done = snapshot.status === 'done';
  const index: CaseSearchFields['index'] = {};
  if (!service.index) return { states: stateAncestry(snapshot), tags, done, index };
  const state = { value: snapshot.value, tags: [...snapshot.tags], done };
  for (const [name, compute] of Object.entries(service.index)) {
    let value: unknown;
    try {
      value = compute({ context: snapshot.context, state });
    } catch (cause) {
      throw new CaseError(
        'INVALID_DEFINITION',
        `Service '${service.id}': index field '${name}' threw: ${(cause as Error)?.message}`,
        {
          service: service.id,
          field: name,
        },
        { cause },
      );
    }
    if (value === undefined) value = null;
    if (!isScalar(value)) {
      throw new CaseError(
        'INVALID_DEFINITION',
        `Service '${service.id}': index field '${name}' gave ${typeof value}; index values are strings, finite numbers, booleans or null`,
        { service: service.id, field: name },
      );
    }
    const declared = service.indexTypes?.[name];
    if (declared !== undefined && value !== null && typeof value !== declared) {
      throw new CaseError(
        'INVALID_DEFINITION',
        `Service '${service.id}': index field '${name}' gave ${typeof value}; its indexTypes says ${declared}`,
        { service: service.id, field: name },
      );
    }
    if (value !== null) index[name] = value as Exclude<IndexValue, null>;
  }
  return { states: stateAncestry(snapshot), tags, done, index };
}
