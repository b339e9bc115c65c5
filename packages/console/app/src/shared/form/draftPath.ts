import type { FieldIssue } from '../apiError.js';
import type { Draft } from './formDraft.js';

/** A path as one key (`documents.0`), to find the field an issue belongs to. */
export const pathKey = (path: FieldIssue['path']): string => path.join('.');

/** An element id for a field of a form: `file-documents-0`. */
export function fieldId(formId: string, path: FieldIssue['path']): string {
  return [formId, ...path].join('-').replace(/[^A-Za-z0-9_-]/g, '_');
}

/** The draft at a path. */
export function draftAt(draft: Draft, path: FieldIssue['path']): Draft | undefined {
  let current: Draft | undefined = draft;
  for (const step of path) {
    if (current === undefined || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, Draft>)[step];
  }
  return current;
}

/** A copy of the draft with the value at a path replaced. */
export function setDraftAt(draft: Draft, path: FieldIssue['path'], value: Draft): Draft {
  if (path.length === 0) return value;
  const [step, ...rest] = path;
  if (Array.isArray(draft)) {
    const copy = [...draft];
    copy[step as number] = setDraftAt(copy[step as number] ?? '', rest, value);
    return copy;
  }
  const source = typeof draft === 'object' ? draft : {};
  return { ...source, [step!]: setDraftAt(source[step as string] ?? '', rest, value) };
}
