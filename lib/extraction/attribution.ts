// Who said it (speaker: «قال المتحدث باسم وزارة الخارجية ماثيو ميللر») and through whom we know
// (via: «وفق فرانس برس», «نقلا عن», «بحسب حصيلة أعدتها وكالة فرانس برس»). Both are kept apart
// from the outlet that published the article. A bare pronoun («وقال إنه») gives null: resolving
// it across sentences guesses wrong too often to show an editor.
import { normalizeArabic } from '../arabic/normalize';
import type { AliasIndex } from './gazetteer-index';
import { bareTitle, ROLE_HEADS, titledPersonAt } from './people';
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

/** What the sentences before this one said: who holds which title, and who spoke last. */
export class AttributionContext {
  private readonly people: Array<{ role: string; descriptors: string[]; name: string }> = [];
  private lastSpeaker: { name: string; feminine: boolean } | null = null;

  /** A new paragraph: a pronoun no longer reaches back to the previous speaker. */
  startParagraph(): void {
    this.lastSpeaker = null;
  }

  notePeople(toks: Tok[], source: string, extra?: AliasIndex): void {
    for (let i = 0; i < toks.length; i++) {
      if (!formsIn(toks[i], ROLE_HEADS)) continue;
      const p = titledPersonAt(toks, i, source, extra);
      if (p) this.people.push({ role: p.role, descriptors: p.descriptors.map(foldDescriptor), name: p.name });
    }
  }

  /** The one person the article gave this title to, or null if none or several. */
  whoIs(role: string, descriptors: readonly string[]): string | null {
    const wanted = descriptors.map(foldDescriptor);
    let name: string | null = null;
    for (const p of this.people) {
      if (p.role !== role || !wanted.every((d) => p.descriptors.includes(d))) continue;
      if (name !== null && name !== p.name) return null;
      name = p.name;
    }
    return name;
  }

  noteSpeaker(speaker: { name: string; feminine: boolean } | null): void {
    this.lastSpeaker = speaker;
  }

  previousSpeaker(): { name: string; feminine: boolean } | null {
    return this.lastSpeaker;
  }
}

/** «الأميركي» and «الأمريكي», «الأمريكية» and «الأمريكي» compare equal */
const foldDescriptor = (w: string) => w.replace('ميرك', 'مرك').replace(/ه$/, '');

/** the speech verb's form at token i: feminine when it ends in «ت» (قالت، أكدت), null for English */
function verbGender(t: Tok): boolean | null {
  for (const f of t.forms) {
    if (!SPEECH_VERBS.has(f)) continue;
    if (/^[a-z]/.test(f)) return null;
    return f.endsWith('ت');
  }
  return null;
}

/**
 * Who said it. With a context (extractArticle passes one per article), «وقال الوزير» becomes the
 * minister the article named earlier, and «وأضاف»/«وقال إنه» the speaker of the previous sentence
 * in the same paragraph when the verb agrees with them; otherwise they stay as written / null.
 */
export function findAttribution(source: string, start: number, end: number, tokens?: Tok[], ctx?: AttributionContext, extra?: AliasIndex): Attribution {
  const toks = tokens ?? tokenizeSpan(source, start, end);
  let speaker: string | null = null;
  let speakerFeminine: boolean | null = null;
  let pronounVerb: Tok | null = null;
  let via: string | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (speaker === null && pronounVerb === null && formsIn(t, SPEECH_VERBS)) {
      // «قال المتحدث باسم وزارة الخارجية الأمريكية ماثيو ميلر»: a title is read to the name's end
      const titled = titledPersonAt(toks, i + 1, source, extra);
      if (titled) speaker = source.slice(toks[i + 1].s, toks[titled.end - 1].e);
      else {
        speaker = phraseFrom(toks, i + 1, source, false);
        const bare = speaker !== null && ctx ? bareTitle(toks, i + 1, phraseEnd(toks, i + 1)) : null;
        if (bare && ctx) speaker = ctx.whoIs(bare.role, bare.descriptors) ?? speaker;
      }
      // «وكان ميلر قد أكد»: the speaker came before the verb
      if (speaker === null && toks[i - 1]?.n === 'قد' && i >= 3 && toks[i - 3].forms.some((w) => w === 'كان' || w === 'كانت')) {
        speaker = source.slice(toks[i - 2].s, toks[i - 2].e);
      }
      if (speaker === null) pronounVerb = t;
      else speakerFeminine = verbGender(t);
      continue;
    }
    if (formsIn(t, RELAY_VERBS)) {
      let relayEnd = -1;
      for (let k = i + 1; k < toks.length && k - i <= MAX_WORDS; k++) {
        if (toks[k].n === 'عن') {
          relayEnd = k;
          break;
        }
      }
      if (relayEnd !== -1) {
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
  if (ctx) {
    // «وأضاف أن …», «وقال إنه …»: the previous sentence's speaker, if the verb agrees with them
    if (speaker === null && pronounVerb !== null) {
      const prev = ctx.previousSpeaker();
      const feminine = verbGender(pronounVerb);
      if (prev && feminine !== null && prev.feminine === feminine) {
        speaker = prev.name;
        speakerFeminine = feminine;
      }
    }
    ctx.noteSpeaker(speaker !== null && speakerFeminine !== null ? { name: speaker, feminine: speakerFeminine } : null);
  }
  return { speaker, via };
}

/** where phraseFrom stops, as a token index */
function phraseEnd(toks: Tok[], i: number): number {
  let k = i;
  while (k < toks.length && k - i < MAX_WORDS) {
    const t = toks[k];
    const continues = t.n === 'عن' && /^صادر/.test(toks[k - 1]?.n ?? '');
    if (!continues && (!/^[\p{L}\p{N}]/u.test(t.n) || STOP.has(t.n) || WEEKDAY.test(t.n))) break;
    k++;
  }
  return k;
}
