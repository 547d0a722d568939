// Cardinal numbers in digits and in words, as Arabic news writes them: «1200», «١٬٢٠٠»,
// «1.5 مليون», «ستة», «خمسة وعشرون», «ثلاثة آلاف», «37 ألفا», and the vague plurals
// «عشرات»، «مئات»، «عشرات آلاف» that carry a range instead of a value.
import {
  HUNDRED_WORDS, MULTIPLIERS, TEEN_HEADS, TENS_WORDS, TEN_WORDS, UNIT_WORDS, VAGUE_SCALES, VAGUE_WORDS,
} from '../lexicon';
import { formsIn, lookup, parseDigits, type Tok } from '../tokens';

export interface ParsedNumber {
  value?: number;
  min?: number;
  max?: number;
  /** index after the last token of the number */
  end: number;
}

const stripWaw = (w: string) => (w.length > 2 && w[0] === 'و' ? w.slice(1) : null);

/**
 * Number words with clitics: «وخمسة», «بثلاثة». Short words take only «و», because «لست» ("I am
 * not") or «بست» would otherwise read as «ست» (six).
 */
function numberWord<T>(table: ReadonlyMap<string, T>, w: string): T | undefined {
  const direct = table.get(w);
  if (direct !== undefined) return direct;
  const waw = stripWaw(w);
  if (waw !== null && table.has(waw)) return table.get(waw);
  return w.length >= 5 ? lookup(table, w) : undefined;
}

/** A number below 1000 in words, from token i. */
function parseSmall(toks: Tok[], i: number): { value: number; end: number } | null {
  const t = toks[i]?.n;
  if (t === undefined) return null;
  const next = toks[i + 1]?.n;
  const hundred = numberWord(HUNDRED_WORDS, t);
  if (hundred !== undefined) {
    const rest = next !== undefined ? stripWaw(next) : null;
    if (rest !== null) {
      const tail = parseSmall([{ ...toks[i + 1], n: rest }, ...toks.slice(i + 2, i + 4)], 0);
      if (tail && tail.value < 100) return { value: hundred + tail.value, end: i + 1 + tail.end };
    }
    return { value: hundred, end: i + 1 };
  }
  const teenHead = TEEN_HEADS.get(t);
  if (teenHead !== undefined && next !== undefined && TEN_WORDS.has(next)) return { value: 10 + teenHead, end: i + 2 };
  const unit = numberWord(UNIT_WORDS, t);
  if (unit !== undefined) {
    if (next !== undefined && TEN_WORDS.has(next)) return { value: 10 + unit, end: i + 2 };
    const tensWord = next !== undefined ? stripWaw(next) : null;
    const tens = tensWord !== null ? TENS_WORDS.get(tensWord) : undefined;
    if (tens !== undefined) return { value: unit + tens, end: i + 2 };
    return { value: unit, end: i + 1 };
  }
  const tens = numberWord(TENS_WORDS, t);
  if (tens !== undefined) return { value: tens, end: i + 1 };
  if (TEN_WORDS.has(t)) return { value: 10, end: i + 1 };
  return null;
}

/** Applies a following multiplier: «3 آلاف», «ستة ملايين», «1.5 مليون». */
function scale(toks: Tok[], value: number, end: number): ParsedNumber {
  const next = toks[end]?.n;
  const mult = next !== undefined ? MULTIPLIERS.get(next) : undefined;
  if (mult) return { value: value * mult.factor, end: end + 1 };
  return { value, end };
}

/** every number word; a token none of whose clitic forms is here cannot start a number */
const NUMBER_KEYS: ReadonlySet<string> = new Set(
  [VAGUE_WORDS, HUNDRED_WORDS, TEEN_HEADS, UNIT_WORDS, TENS_WORDS, MULTIPLIERS].flatMap((m: ReadonlyMap<string, unknown>) => [...m.keys()]).concat([...TEN_WORDS]),
);

export function parseNumberAt(toks: Tok[], i: number): ParsedNumber | null {
  const t = toks[i];
  if (t.isNum) {
    const v = parseDigits(t.n);
    if (!Number.isFinite(v)) return null;
    return scale(toks, v, i + 1);
  }
  if (!formsIn(t, NUMBER_KEYS)) return null;
  const vague = numberWord(VAGUE_WORDS, t.n);
  if (vague && !t.n.startsWith('ال')) {
    const next = toks[i + 1]?.n;
    const factor = next !== undefined ? VAGUE_SCALES.get(next) : undefined;
    // «آلاف» after «عشرات» is the scale, not a second vague plural
    if (factor !== undefined && vague.max < 1000) {
      return { min: vague.min * factor, max: (vague.max + 1) * factor - 1, end: i + 2 };
    }
    return { min: vague.min, max: vague.max, end: i + 1 };
  }
  const small = parseSmall(toks, i);
  if (small) return scale(toks, small.value, small.end);
  const mult = MULTIPLIERS.get(t.n);
  if (mult) return { value: mult.alone, end: i + 1 };
  return null;
}
