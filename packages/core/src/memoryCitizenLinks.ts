import type { CitizenLinkAudit, CitizenLinkRecord } from './citizenLink.js';
import { deepFreeze } from './deepFreeze.js';

/** The memory store's graph of linked citizen keys: one audited record per linked pair. */
export interface MemoryCitizenLinks {
  link(keys: readonly string[], audit: CitizenLinkAudit): { added: number };
  /** The keys given and every key linked to them, transitively. */
  reach(keys: readonly string[]): Set<string>;
  records(keys: readonly string[]): CitizenLinkRecord[];
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function memoryCitizenLinks(): MemoryCitizenLinks {
  const neighbours = new Map<string, Set<string>>();
  const byPair = new Map<string, CitizenLinkRecord>();
  const ordered: CitizenLinkRecord[] = [];

  const reach = (keys: readonly string[]): Set<string> => {
    const seen = new Set(keys);
    const todo = [...seen];
    for (let key = todo.pop(); key !== undefined; key = todo.pop()) {
      for (const next of neighbours.get(key) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          todo.push(next);
        }
      }
    }
    return seen;
  };

  return {
    link(keys, audit) {
      const distinct = [...new Set(keys)].sort();
      let added = 0;
      for (let i = 0; i < distinct.length; i++) {
        for (let j = i + 1; j < distinct.length; j++) {
          const pair: [string, string] = [distinct[i]!, distinct[j]!];
          const id = pair.join('\n');
          if (byPair.has(id)) continue;
          const record = deepFreeze({
            keys: pair,
            via: structuredClone(audit.via),
            reason: audit.reason,
            at: audit.at,
          });
          byPair.set(id, record);
          ordered.push(record);
          for (const [from, to] of [pair, [pair[1], pair[0]]] as const) {
            const set = neighbours.get(from) ?? new Set<string>();
            set.add(to);
            neighbours.set(from, set);
          }
          added++;
        }
      }
      return { added };
    },
    reach,
    records(keys) {
      const group = reach(keys);
      return ordered
        .filter((record) => group.has(record.keys[0]))
        .sort((a, b) => a.at - b.at || compare(a.keys.join('\n'), b.keys.join('\n')));
    },
  };
}
