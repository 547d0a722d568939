// Who said it (speaker: «قال المتحدث باسم وزارة الخارجية ماثيو ميللر») and through whom we know
// (via: «وفق فرانس برس», «نقلا عن», «بحسب حصيلة أعدتها وكالة فرانس برس»). Both are kept apart
// from the outlet that published the article. A bare pronoun («وقال إنه») gives null: resolving
// it across sentences guesses wrong too often to show an editor.
import { normalizeArabic } from '../arabic/normalize';
import { formsIn, phraseAt, tokenizeSpan, type Tok } from './tokens';
import type { Attribution } from './types';

const n = (s: string) => s.split(' ').map(normalizeArabic);
const SPEECH_VERBS = new Set(
  n('قال قالت أكد أكدت أعلن أعلنت أضاف أضافت أوضح أوضحت ذكر ذكرت صرح صرحت أشار أشارت أفاد أفادت كشف كشفت حذر حذرت شدد شددت تابع تابعت اعتبر اعتبرت أعرب أعربت نفى نفت زعم زعمت said told announced stated'),
);
/** «ونقل البيان عن الرئيس»: the verb's subject is the via, the one after «عن» the speaker */
const RELAY_VERBS = new Set(n('نقل نقلت'));
const VIA_SINGLE = new Set(n('وفق وفقا حسب بحسب طبقا'));
const VIA_PHRASES = [n('نقلا عن'), n('استنادا إلى'), n('استنادا الى'), n('بناء على'), n('according to'), n('وفق ما نقلت'), n('وفق ما ذكرت'), n('حسب ما ذكرت'), n('بحسب ما ذكرت')];
const VIA_HEADS = new Set(VIA_PHRASES.map((p) => p[0]));
/** words that end a speaker or source phrase */
const STOP = new Set(
  n('إن أن إنه أنه إنها أنها في على عن عنه عنها إلى قوله قولها تأكيده تأكيدها خلال يوم اليوم أمس صباح مساء الذي التي الذين قد لـ للصحفيين لوسائل لـ مع بعد قبل حيث بأن استنادا نقلا وفق وفقا حسب بحسب'),
);
const WEEKDAY = /^(?:ال)?(?:اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد)$/;
const MAX_WORDS = 8;

function phraseFrom(toks: Tok[], i: number, source: string, stripLam: boolean): string | null {
  let k = i;
  let end = i;
  while (k < toks.length && k - i < MAX_WORDS) {
    const t = toks[k];
    // «بيان صادر عن الرئاسة»: «عن» continues the source here instead of ending it
    const continues = t.n === 'عن' && /^صادر/.test(toks[k - 1]?.n ?? '');
    if (!continues && (!/^[\p{L}\p{N}]/u.test(t.n) || STOP.has(t.n) || WEEKDAY.test(t.n))) break;
    end = ++k;
  }
  if (end === i) return null;
  let s = toks[i].s;
  // «وفقاً لواشنطن», «وفقا لبيان»: the attached ل belongs to the preposition, not the name
  if (stripLam && toks[i].n.startsWith('ل') && !toks[i].n.startsWith('لل') && toks[i].n.length > 2) s += 1;
  return source.slice(s, toks[end - 1].e);
}

export function findAttribution(source: string, start: number, end: number, tokens?: Tok[]): Attribution {
  const toks = tokens ?? tokenizeSpan(source, start, end);
  let speaker: string | null = null;
  let via: string | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (speaker === null && formsIn(t, SPEECH_VERBS)) {
      speaker = phraseFrom(toks, i + 1, source, false);
      // «وكان ميلر قد أكد»: the speaker came before the verb
      if (speaker === null && toks[i - 1]?.n === 'قد' && i >= 3 && toks[i - 3].forms.some((w) => w === 'كان' || w === 'كانت')) {
        speaker = source.slice(toks[i - 2].s, toks[i - 2].e);
      }
      continue;
    }
    if (formsIn(t, RELAY_VERBS)) {
      const relayEnd = toks.findIndex((t, k) => k > i && t.n === 'عن');
      if (relayEnd !== -1 && relayEnd - i <= MAX_WORDS) {
        via ??= phraseFrom(toks, i + 1, source, false);
        speaker ??= phraseFrom(toks, relayEnd + 1, source, false);
        i = relayEnd;
        continue;
      }
    }
    if (via !== null) continue;
    const phrase = formsIn(t, VIA_HEADS) ? VIA_PHRASES.find((p) => phraseAt(toks, i, p)) : undefined;
    if (phrase) {
      via = phraseFrom(toks, i + phrase.length, source, false);
      continue;
    }
    if (formsIn(t, VIA_SINGLE)) {
      // «وفقا لـ X», «وفقاً لواشنطن»: skip a detached «ل»
      let k = i + 1;
      if (toks[k]?.n === 'ل') k++;
      via = phraseFrom(toks, k, source, k === i + 1);
    }
  }
  return { speaker, via };
}
