import type { CaseView } from '../shared/index.js';

/** What the console reads of a work order's context; every field may be missing on another service. */
export interface WorkOrderView {
  description?: string;
  address?: string | null;
  category?: string;
  district?: string | null;
  street?: string | null;
  lead?: string | null;
  coHandlers?: string[];
  clock?: { stage: string; dueAt: number; missed: boolean } | null;
  reply?: { at: number; answer: string; department: string } | null;
  mergedInto?: string | null;
  duplicates?: string[];
}

/** A case's context read as a work order, tolerating any other shape (a service that is no work order). */
export function workOrderOf(view: CaseView): WorkOrderView {
  const context = view.context;
  return typeof context === 'object' && context !== null ? (context as WorkOrderView) : {};
}
