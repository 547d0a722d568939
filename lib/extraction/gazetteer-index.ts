// The gazetteer as an index by first word, and the lookup of an alias at a token (with the
// clitics Arabic attaches: «لبلينكن», «بالقاهرة»). Shared by entities, people and attribution.
import { GAZETTEER, type GazetteerEntry } from './gazetteer';
import { tokenizeSpan, type Tok } from './tokens';
import type { Entity } from './types';

export interface Alias {
  words: string[];
  entity: Entity;
}
export type AliasIndex = Map<string, Alias[]>;

export function buildIndex(entries: readonly GazetteerEntry[]): AliasIndex {
  const index: AliasIndex = new Map();
  for (const e of entries) {
    const entity: Entity = { type: e.type, name: e.name };
    for (const spelling of [e.name, ...(e.aliases ?? [])]) {
      const words = tokenizeSpan(spelling, 0, spelling.length).map((t) => t.n);
      if (words.length === 0) continue;
      const list = index.get(words[0]) ?? [];
      list.push({ words, entity });
      list.sort((a, b) => b.words.length - a.words.length);
      index.set(words[0], list);
    }
  }
  return index;
}

export const BASE_INDEX = buildIndex(GAZETTEER);
const extraCache = new WeakMap<readonly GazetteerEntry[], AliasIndex>();

/** The index of editors' entries, built once per array. */
export function extraIndex(extraGazetteer: readonly GazetteerEntry[] | undefined): AliasIndex | undefined {
  if (!extraGazetteer || extraGazetteer.length === 0) return undefined;
  let extra = extraCache.get(extraGazetteer);
  if (!extra) {
    extra = buildIndex(extraGazetteer);
    extraCache.set(extraGazetteer, extra);
  }
  return extra;
}

export function aliasAt(toks: Tok[], i: number, index: AliasIndex): { alias: Alias; end: number } | null {
  for (const w of toks[i].forms) {
    const list = index.get(w);
    if (!list) continue;
    for (const alias of list) {
      let ok = true;
      for (let k = 1; k < alias.words.length && ok; k++) ok = toks[i + k]?.n === alias.words[k];
      if (ok) return { alias, end: i + alias.words.length };
    }
  }
  return null;
}
