// Figures: counts, percentages and money, with the hedge before them (نحو، أكثر من …) and what
// is counted after them («شخصا», «من المحتجزين»). Durations share the number grammar, so a
// figure followed by a time unit («7 أيام») becomes a duration here too.
import type { DurationSlot, MoneySlot, QuantitySlot, Slot } from '../types';
import {
  COUNT_UNITS, COUNTRY_CURRENCY, CURRENCIES, CURRENCY_COUNTRY, CURRENCY_FAMILY, DURATION_UNITS, HEDGES, PERCENT_PHRASES, PERCENT_WORDS, type HedgeKind,
} from '../lexicon';
import { lookup, lookupTok, phraseAt, phraseEndingAt, type Tok } from '../tokens';
import { parseNumberAt, type ParsedNumber } from './numbers';
import { makeSlot, type Claimed } from './span';

/** the counted noun right after the figure, or after «من» / «من بين»: «105 من المحتجزين» */
function countUnit(toks: Tok[], j: number): { unit: string; end: number } | null {
  const direct = lookupTok(COUNT_UNITS, toks[j]);
  if (direct) return { unit: direct, end: j + 1 };
  if (toks[j]?.n === 'من' && toks[j + 1]) {
    const w = toks[j + 1].n;
    const bare = w.startsWith('ال') ? w.slice(2) : w;
    const unit = COUNT_UNITS.get(bare) ?? lookup(COUNT_UNITS, w);
    if (unit) return { unit, end: j + 2 };
  }
  // «عشرات آلاف الفلسطينيين»: after a vague plural the noun comes with the article
  const w = toks[j]?.n;
  if (w?.startsWith('ال')) {
    const unit = COUNT_UNITS.get(w.slice(2));
    if (unit) return { unit, end: j + 1 };
  }
  return null;
}

function hedgeBefore(toks: Tok[], i: number): { kind: HedgeKind; start: number } | null {
  const found = phraseEndingAt(toks, i, HEDGES);
  return found ? { kind: found.phrase.kind, start: found.start } : null;
}

/**
 * «دينار»/«ليرة» name no country. The adjective after the word says which («الليرة اللبنانية»,
 * «ليرة تركية»); else one country of that currency named in the same sentence («في الأردن … 500
 * دينار»). Two such countries, or none, leave it XXX.
 */
function whichDinarOrLira(toks: Tok[], k: number): { code: string; adjective: boolean } | null {
  const family = lookupTok(CURRENCY_FAMILY, toks[k]);
  if (family === undefined) return null;
  const adj = lookupTok(COUNTRY_CURRENCY, toks[k + 1])?.[family];
  if (adj) return { code: adj, adjective: true };
  let code: string | null = null;
  for (const t of toks) {
    const c = lookupTok(COUNTRY_CURRENCY, t)?.[family];
    if (c === undefined) continue;
    if (code !== null && code !== c) return null;
    code = c;
  }
  return code ? { code, adjective: false } : null;
}

export function scanQuantities(toks: Tok[], claimed: Claimed, source: string): Slot[] {
  const out: Slot[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (claimed.has(i)) continue;
    const num: ParsedNumber | null = parseNumberAt(toks, i);
    if (!num || claimed.anyIn(i, num.end)) continue;
    let start = i;
    let end = num.end;
    const hedge = hedgeBefore(toks, i);
    if (hedge && !claimed.anyIn(hedge.start, i)) start = hedge.start;
    // «تقريبا» after the figure is a hedge too
    let approxAfter = false;
    const figure = { value: num.value, min: num.min, max: num.max };
    const hedges = {
      approx: hedge?.kind === 'approx' || num.min !== undefined || undefined,
      atLeast: hedge?.kind === 'atLeast' || undefined,
      atMost: hedge?.kind === 'atMost' || undefined,
    };

    const dollarBefore = toks[i - 1]?.n === '$' && !hedge;
    if (dollarBefore) start = i - 1;
    const next = toks[end]?.n;
    const currency = dollarBefore ? 'USD' : lookupTok(CURRENCIES, toks[end]);
    const duration = next !== undefined ? DURATION_UNITS.get(next) : undefined;
    let slot: Slot;
    if (next === '%' || (next !== undefined && PERCENT_WORDS.has(next)) || PERCENT_PHRASES.some((p) => phraseAt(toks, end, p))) {
      end += next === '%' || PERCENT_WORDS.has(next ?? '') ? 1 : 2;
      slot = { type: 'percent', ...figure } as QuantitySlot;
    } else if (currency) {
      if (!dollarBefore) end += 1;
      let code = currency;
      const country = toks[end] ? CURRENCY_COUNTRY.get(toks[end].n) : undefined;
      if (country && !dollarBefore) {
        code = country;
        end += 1;
      } else if (code === 'XXX') {
        const resolved = whichDinarOrLira(toks, end - 1);
        if (resolved) {
          code = resolved.code;
          if (resolved.adjective) end += 1;
        }
      }
      slot = { type: 'money', currency: code, ...figure } as MoneySlot;
    } else if (duration && num.value !== undefined && !(num.value >= 1900 && num.value <= 2100 && toks[i].isNum)) {
      end += 1;
      slot = { type: 'duration', unit: duration.unit, value: num.value } as DurationSlot;
    } else {
      const unit = countUnit(toks, end);
      if (unit) end = unit.end;
      slot = { type: 'quantity', ...figure, ...(unit ? { unit: unit.unit } : {}) } as QuantitySlot;
    }
    if (toks[end] && toks[end].forms.includes('تقريبا')) {
      approxAfter = true;
      end += 1;
    }
    Object.assign(slot, {
      ...(hedges.approx || approxAfter ? { approx: true } : {}),
      ...(hedges.atLeast ? { atLeast: true } : {}),
      ...(hedges.atMost ? { atMost: true } : {}),
    });
    out.push(makeSlot(slot, toks, start, end, source));
    claimed.add(start, end);
    i = end - 1;
  }
  return out;
}
