import { CaseError } from '@onecase/core';
import type { Jurisdictions } from './defineJurisdictions.js';

/** A department as declared: where it sits and the categories it leads or helps with. */
export interface DepartmentInput {
  id: string;
  zh: string;
  en: string;
  /** The jurisdiction unit it answers for (a street office, a district bureau, a city commission). */
  unit: string;
  /** Category codes it handles as the lead department at its unit. */
  leads: readonly string[];
  /** Category codes it co-handles (协办) at its unit. */
  assists?: readonly string[];
}

/** A department of the directory. */
export interface Department {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  readonly unit: string;
  readonly leads: readonly string[];
  readonly assists: readonly string[];
}

/** Where a case goes: the lead, its co-handlers and the unit at which the directory found them. */
export interface Routed {
  readonly routed: true;
  readonly lead: string;
  readonly coHandlers: readonly string[];
  /** The unit whose department leads (the asked unit or one of its ancestors). */
  readonly unit: string;
}

/** No department leads the category at the unit or above: the case stays with the centre. */
export interface Unroutable {
  readonly routed: false;
  readonly reason: 'unknown-unit' | 'no-department';
  readonly category: string;
  readonly unit: string | null;
}

/** The outcome of `directory.route`. */
export type RouteResult = Routed | Unroutable;

/** Category × unit → lead and co-handlers, falling back up the jurisdiction levels. */
export interface Directory {
  readonly jurisdictions: Jurisdictions;
  readonly departments: readonly Department[];
  /** The department with this id. */
  get(id: string): Department | undefined;
  /** The lead and co-handlers for a category at a unit (the root when `unit` is null), or why none. */
  route(query: { category: string; unit: string | null }): RouteResult;
}

function invalid(message: string, details: Record<string, unknown>): CaseError {
  return new CaseError('INVALID_DEFINITION', `Directory: ${message}`, details);
}

/**
 * Declares the dispatch directory: each department's unit and the categories it leads or
 * co-handles. `route()` finds the most specific unit's lead for a category, falling back up
 * the levels, and answers a typed `Unroutable` rather than guess. Duplicate departments,
 * unknown units and two leads for one category at one unit throw `INVALID_DEFINITION`.
 *
 * @example
 * ```ts
 * const directory = defineDirectory({
 *   jurisdictions: city,
 *   departments: [{ id: 'cy-env', zh: '朝阳区生态环境局', en: 'Chaoyang Environment Bureau', unit: 'cy', leads: ['noise'] }],
 * });
 * directory.route({ category: 'noise', unit: 'cy' }); // { routed: true, lead: 'cy-env', coHandlers: [], unit: 'cy' }
 * ```
 */
export function defineDirectory(config: {
  jurisdictions: Jurisdictions;
  departments: readonly DepartmentInput[];
}): Directory {
  const { jurisdictions } = config ?? {};
  if (!jurisdictions?.get) throw invalid('jurisdictions (from defineJurisdictions) are required', {});
  const departments = new Map<string, Department>();
  // unit → category → lead / co-handlers
  const table = new Map<string, Map<string, { lead?: string; coHandlers: string[] }>>();
  for (const input of config.departments ?? []) {
    if (!input?.id || !input.zh || !input.en) {
      throw invalid(`department '${String(input?.id)}' needs an id, zh and en name`, {
        department: input?.id,
      });
    }
    if (departments.has(input.id))
      throw invalid(`department '${input.id}' is declared twice`, { department: input.id });
    if (!jurisdictions.get(input.unit)) {
      throw invalid(`department '${input.id}' sits at unknown unit '${input.unit}'`, {
        department: input.id,
        unit: input.unit,
      });
    }
    const department: Department = Object.freeze({
      id: input.id,
      zh: input.zh,
      en: input.en,
      unit: input.unit,
      leads: Object.freeze([...(input.leads ?? [])]),
      assists: Object.freeze([...(input.assists ?? [])]),
    });
    departments.set(department.id, department);
    const atUnit = table.get(department.unit) ?? new Map();
    table.set(department.unit, atUnit);
    const entry = (category: string) => {
      const found = atUnit.get(category) ?? { coHandlers: [] };
      atUnit.set(category, found);
      return found;
    };
    for (const category of department.leads) {
      const slot = entry(category);
      if (slot.lead !== undefined) {
        throw invalid(
          `category '${category}' has two leads at unit '${department.unit}': '${slot.lead}' and '${department.id}'`,
          { category, unit: department.unit, departments: [slot.lead, department.id] },
        );
      }
      slot.lead = department.id;
    }
    for (const category of department.assists) {
      if (department.leads.includes(category)) {
        throw invalid(`department '${department.id}' both leads and assists on '${category}'`, {
          department: department.id,
          category,
        });
      }
      entry(category).coHandlers.push(department.id);
    }
  }

  return Object.freeze({
    jurisdictions,
    departments: Object.freeze([...departments.values()]),
    get: (id: string) => departments.get(id),
    route({ category, unit }: { category: string; unit: string | null }): RouteResult {
      const start = unit === null ? jurisdictions.root : jurisdictions.get(unit);
      if (!start) return { routed: false, reason: 'unknown-unit', category, unit };
      for (let at: string | null = start.id; at !== null; at = jurisdictions.get(at)?.parent ?? null) {
        const slot = table.get(at)?.get(category);
        if (slot?.lead !== undefined) {
          return { routed: true, lead: slot.lead, coHandlers: [...slot.coHandlers], unit: at };
        }
      }
      return { routed: false, reason: 'no-department', category, unit };
    },
  });
}
