// Ordinals: «العاشرة», «الثامن», «بالثامنة», «للمرة الثانية», «الحادي عشر», «الـ10», «أول دولة».
// Month names built on ordinals («تشرين الأول», «ربيع الثاني») are read as dates or skipped first.
import type { QuantitySlot } from '../types';
import { BARE_ORDINALS, ORDINALS, ORDINAL_HEADS, ORDINAL_TENS, TEN_WORDS } from '../lexicon';
import { lookup, lookupTok, type Tok } from '../tokens';
import { makeSlot, type Claimed } from './span';

const NOT_ORDINAL_BEFORE = new Set(['ربيع', 'جمادي', 'كانون', 'تشرين', 'الدرجه', 'المقام']);
const CLAUSE_BREAK = new Set([',', '.', ':', ';', '?', '!', '"', '«', '»', '“', '”']);
/** how far back the ranked noun may be: «جولة بلينكن الحالية في الشرق الأوسط هي الثامنة» */
const HEAD_WINDOW = 10;

function headNoun(toks: Tok[], i: number): string | undefined {
  for (let k = i - 1; k >= 0 && k >= i - HEAD_WINDOW; k--) {
    if (CLAUSE_BREAK.has(toks[k].n)) return undefined;
    for (const w of toks[k].forms) for (const [re, head] of ORDINAL_HEADS) if (re.test(w)) return head;
  }
  return undefined;
}

export function scanOrdinals(toks: Tok[], claimed: Claimed, source: string): QuantitySlot[] {
  const out: QuantitySlot[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (claimed.has(i)) continue;
    const t = toks[i];
    let value: number | undefined;
    let end = i + 1;
    // «الـ10»: the article written against a figure
    if (t.n === 'ال' && toks[i + 1]?.isNum) {
      value = Number(toks[i + 1].n);
      end = i + 2;
    } else {
      value = lookupTok(ORDINALS, t) ?? lookupTok(ORDINAL_TENS, t);
      if (value === undefined) {
        const bare = BARE_ORDINALS.get(t.n);
        // «أول دولة عربية»: a bare ordinal counts only before a noun, not as «أول من أمس»
        if (bare !== undefined && toks[i + 1] && /^\p{L}/u.test(toks[i + 1].n) && toks[i + 1].n !== 'من') value = bare;
      }
      if (value === undefined) continue;
      if (toks[i - 1] && NOT_ORDINAL_BEFORE.has(toks[i - 1].n)) continue;
      if (value < 10 && toks[i + 1] && TEN_WORDS.has(toks[i + 1].n)) {
        value += 10;
        end++;
      } else if (value < 10 && toks[end]) {
        const tens = toks[end].n.startsWith('و') ? lookup(ORDINAL_TENS, toks[end].n.slice(1)) : undefined;
        if (tens !== undefined) {
          value += tens;
          end++;
        }
      }
    }
    const unit = headNoun(toks, i);
    out.push(makeSlot<QuantitySlot>({ type: 'ordinal', value, ...(unit ? { unit } : {}) }, toks, i, end, source));
    claimed.add(i, end);
    i = end - 1;
  }
  return out;
}
