import type { Slot } from '../types';
import type { Tok } from '../tokens';

/** Which tokens already belong to a slot, so a day in «7 أكتوبر» is not also a count. */
export class Claimed {
  private readonly used: Uint8Array;
  constructor(size: number) {
    this.used = new Uint8Array(size);
  }
  has(i: number): boolean {
    return this.used[i] === 1;
  }
  anyIn(start: number, end: number): boolean {
    for (let k = start; k < end; k++) if (this.used[k] === 1) return true;
    return false;
  }
  add(start: number, end: number): void {
    this.used.fill(1, start, end);
  }
}

/** Fills raw/start/end from the token range; raw is always the article's own text. */
export function makeSlot<S extends Slot>(partial: Omit<S, 'raw' | 'start' | 'end'> | S, toks: Tok[], start: number, end: number, source: string): S {
  const s = toks[start].s;
  const e = toks[end - 1].e;
  const { type, ...rest } = partial as S;
  return { type, ...rest, raw: source.slice(s, e), start: s, end: e } as S;
}
