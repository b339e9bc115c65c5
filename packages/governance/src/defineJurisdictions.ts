import { CaseError } from '@onecase/core';

/** One level of the administrative tree, e.g. `{ id: 'district', zh: '区', en: 'District' }`. */
export interface JurisdictionLevel {
  id: string;
  zh: string;
  en: string;
}

/** A unit as declared: its parent (none for the root), names and aliases. */
export interface JurisdictionUnitInput {
  id: string;
  /** The enclosing unit; the one unit without a parent is the root. */
  parent?: string;
  zh: string;
  en: string;
  /** Other names citizens use (old names, short forms: `朝阳`, `Chaoyang`). */
  aliases?: readonly string[];
}

/** A unit of the tree, with its level and ancestry resolved. */
export interface JurisdictionUnit {
  readonly id: string;
  readonly parent: string | null;
  readonly zh: string;
  readonly en: string;
  readonly aliases: readonly string[];
  /** The id of its level (`levels[depth].id`). */
  readonly level: string;
  /** 0 for the root. */
  readonly depth: number;
}

/** The administrative tree a work order routes in (city → district → street, 市 → 区县 → 镇街 …). */
export interface Jurisdictions {
  readonly levels: readonly JurisdictionLevel[];
  readonly root: JurisdictionUnit;
  readonly units: readonly JurisdictionUnit[];
  /** The unit with this id. */
  get(id: string): JurisdictionUnit | undefined;
  /** The unit whose Chinese or English name or alias is exactly `name` (English case-insensitive); none when ambiguous. */
  byName(name: string): JurisdictionUnit | undefined;
  /** The unit whose name an address contains: the longest name wins; none when still ambiguous. */
  match(address: string): JurisdictionUnit | undefined;
  /** An id, a name or an address, tried in that order. */
  lookup(text: string): JurisdictionUnit | undefined;
  /** The units from the root down to `id` (empty for an unknown id). */
  path(id: string): JurisdictionUnit[];
  /** The ancestor of `id` at a level (the unit itself when it is at that level). */
  ancestorAt(id: string, level: string): JurisdictionUnit | undefined;
  /** The direct children of a unit. */
  children(id: string): JurisdictionUnit[];
}

function invalid(message: string, details: Record<string, unknown>): CaseError {
  return new CaseError('INVALID_DEFINITION', `Jurisdictions: ${message}`, details);
}

const normal = (name: string) => name.trim().toLowerCase();

/**
 * Declares the administrative tree: named levels and units with zh/en names and aliases,
 * each pointing at its parent. Finds units by id, by name and by an address that contains a
 * unit's name. Duplicate ids, unknown parents, cycles, several roots or a tree deeper than
 * its levels throw `CaseError('INVALID_DEFINITION')` naming the unit.
 *
 * @example
 * ```ts
 * const city = defineJurisdictions({
 *   levels: [{ id: 'city', zh: '市', en: 'City' }, { id: 'district', zh: '区', en: 'District' }],
 *   units: [
 *     { id: 'bj', zh: '北京市', en: 'Beijing' },
 *     { id: 'cy', parent: 'bj', zh: '朝阳区', en: 'Chaoyang District', aliases: ['朝阳'] },
 *   ],
 * });
 * city.match('北京市朝阳区建国路88号')?.id; // 'cy'
 * ```
 */
export function defineJurisdictions(tree: {
  levels: readonly JurisdictionLevel[];
  units: readonly JurisdictionUnitInput[];
}): Jurisdictions {
  const levels = tree?.levels ?? [];
  if (levels.length === 0) throw invalid('levels must name at least one level', {});
  const levelIds = new Set<string>();
  for (const level of levels) {
    if (!level?.id || !level.zh || !level.en)
      throw invalid('every level needs an id, zh and en name', { level });
    if (levelIds.has(level.id)) throw invalid(`level '${level.id}' is declared twice`, { level: level.id });
    levelIds.add(level.id);
  }
  const inputs = new Map<string, JurisdictionUnitInput>();
  for (const unit of tree.units ?? []) {
    if (!unit?.id || typeof unit.zh !== 'string' || typeof unit.en !== 'string' || !unit.zh || !unit.en) {
      throw invalid(`unit '${String(unit?.id)}' needs an id, zh and en name`, { unit: unit?.id });
    }
    if (inputs.has(unit.id)) throw invalid(`unit '${unit.id}' is declared twice`, { unit: unit.id });
    inputs.set(unit.id, unit);
  }
  const roots = [...inputs.values()].filter((unit) => unit.parent === undefined);
  if (roots.length !== 1) {
    throw invalid(
      `exactly one unit must have no parent, found ${roots.map((u) => u.id).join(', ') || 'none'}`,
      {
        roots: roots.map((u) => u.id),
      },
    );
  }
  const units = new Map<string, JurisdictionUnit>();
  const resolve = (id: string, seen: string[]): JurisdictionUnit => {
    const done = units.get(id);
    if (done) return done;
    const input = inputs.get(id)!;
    if (seen.includes(id)) throw invalid(`units ${[...seen, id].join(' → ')} form a cycle`, { unit: id });
    let depth = 0;
    if (input.parent !== undefined) {
      if (!inputs.has(input.parent)) {
        throw invalid(`unit '${id}' has unknown parent '${input.parent}'`, {
          unit: id,
          parent: input.parent,
        });
      }
      depth = resolve(input.parent, [...seen, id]).depth + 1;
    }
    const level = levels[depth];
    if (!level) {
      throw invalid(`unit '${id}' is at depth ${depth + 1} but only ${levels.length} levels are named`, {
        unit: id,
      });
    }
    const unit: JurisdictionUnit = Object.freeze({
      id,
      parent: input.parent ?? null,
      zh: input.zh,
      en: input.en,
      aliases: Object.freeze([...(input.aliases ?? [])]),
      level: level.id,
      depth,
    });
    units.set(id, unit);
    return unit;
  };
  for (const id of inputs.keys()) resolve(id, []);

  const byName = new Map<string, Set<string>>();
  const names: { text: string; unit: string }[] = [];
  for (const unit of units.values()) {
    for (const name of new Set([unit.zh, unit.en, ...unit.aliases].map(normal).filter(Boolean))) {
      const holders = byName.get(name) ?? new Set<string>();
      holders.add(unit.id);
      byName.set(name, holders);
      names.push({ text: name, unit: unit.id });
    }
  }
  // Longest first, so the first hit is the longest and the scan stops at the next shorter length.
  names.sort((a, b) => b.text.length - a.text.length);
  const childrenOf = new Map<string, JurisdictionUnit[]>();
  for (const unit of units.values()) {
    if (unit.parent) childrenOf.set(unit.parent, [...(childrenOf.get(unit.parent) ?? []), unit]);
  }

  const path = (id: string): JurisdictionUnit[] => {
    const chain: JurisdictionUnit[] = [];
    for (let unit = units.get(id); unit; unit = unit.parent ? units.get(unit.parent) : undefined)
      chain.unshift(unit);
    return chain;
  };
  const nameMentioned = (unit: JurisdictionUnit, text: string) =>
    [unit.zh, unit.en, ...unit.aliases].some((name) => name && text.includes(normal(name)));

  const jurisdictions: Jurisdictions = {
    levels: Object.freeze([...levels]),
    root: units.get(roots[0]!.id)!,
    units: Object.freeze([...units.values()]),
    get: (id) => units.get(id),
    byName(name) {
      const holders = byName.get(normal(name));
      return holders?.size === 1 ? units.get([...holders][0]!) : undefined;
    },
    match(address) {
      const text = normal(address ?? '');
      let longest = 0;
      const found = new Set<string>();
      for (const name of names) {
        if (name.text.length < longest) break;
        if (text.includes(name.text)) {
          longest = name.text.length;
          found.add(name.unit);
        }
      }
      if (found.size <= 1) return found.size === 1 ? units.get([...found][0]!) : undefined;
      // Two streets share a name: the one whose district (or city) the address also names wins.
      const placed = [...found].filter((id) =>
        path(id)
          .slice(1, -1)
          .some((ancestor) => nameMentioned(ancestor, text)),
      );
      return placed.length === 1 ? units.get(placed[0]!) : undefined;
    },
    lookup(text) {
      return units.get(text) ?? jurisdictions.byName(text) ?? jurisdictions.match(text);
    },
    path,
    ancestorAt(id, level) {
      return path(id).find((unit) => unit.level === level);
    },
    children: (id) => [...(childrenOf.get(id) ?? [])],
  };
  return Object.freeze(jurisdictions);
}
