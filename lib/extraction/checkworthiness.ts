// How worth checking a sentence is, in [0, 1], with the reasons an editor sees. A transparent
// additive score rather than a trained model: each signal is something a fact-checker looks for
// (a figure, a rank, a date, a named source, a named actor, a verb that reports an event), and
// questions, opinions and predictions are damped because nobody can check them yet.
import { normalizeArabic } from '../arabic/normalize';
import type { Attribution, Entity, Section, Slot } from './types';

/** sentences scoring at least this are emitted as claims (see README: chosen on the seeds) */
export const CLAIM_THRESHOLD = 0.45;

const WEIGHTS = {
  base: 0.1,
  quantity: 0.35,
  ordinal: 0.3,
  date: 0.15,
  duration: 0.15,
  attribution: 0.15,
  entity: 0.1,
  entities2: 0.05,
  factualVerb: 0.15,
};

const FACTUAL = new RegExp(
  '(?:^|\\s)[وف]?(?:' +
    [
      'قتل', 'مقتل', 'اسفر', 'ادي', 'ادت', 'بلغ', 'بلغت', 'وصل', 'وصلت', 'زار', 'يزور', 'سيزور', 'اعلن', 'اعلنت', 'اتفق', 'يتفقان',
      'التقي', 'يلتقي', 'وقع', 'وقعت', 'اعترف', 'تعترف', 'استمرت', 'استمر', 'شهدت', 'شمل', 'تشمل', 'يشمل', 'قصف', 'سيطر', 'سيطره',
      'ارتفع', 'ارتفعت', 'انخفض', 'تجاوز', 'بادلت', 'تبادل', 'افرج', 'اطلق', 'انسحب', 'اندلعت', 'اندلاع', 'فشلت', 'رفض', 'رفضت',
      'وافق', 'صوت', 'يصوت', 'اصيب', 'نزح', 'دمر', 'تعد', 'تشكل', 'يبدا', 'بدات', 'عرض', 'عرضها', 'طرح', 'اعلنه', 'مغلق', 'المغلق', 'تحتجز', 'تحتجزهم', 'يحتجز',
      'killed', 'died', 'arrived', 'announced', 'visited', 'reached', 'rose', 'fell', 'signed', 'met',
    ].join('|') +
    ')(?=\\s|$|[,.،:])',
);
const QUESTION_START = /^(?:هل|لماذا|كيف|متي|ما احتماليه|ماذا|اين|why|how|when|what|is|are|do|does)\s/;
const OPINION = /(?:اعتقد|نعتقد|يعتقد|تعتقد|يجب|ينبغي|نامل|يامل|تامل|اتوقع|لا اتوقع|من الضروري|في راي|ربما|قد يكون|دعونا|نحث|i think|we believe|should)/;
const FUTURE = /(?:^|\s)[وف]?(?:س[يتن]\p{L}{2,}|من المقرر|من المتوقع|من المنتظر)/u;
const MIN_WORDS = 5;

export interface ScoreInput {
  text: string;
  /** the sentence already normalized (normalizeArabic), when the caller has it */
  key?: string;
  slots: readonly Slot[];
  attribution: Attribution;
  entities: readonly Entity[];
  section?: Section;
}

export function scoreCheckworthiness({ text, key: normalized, slots, attribution, entities, section = 'body' }: ScoreInput): { score: number; reasons: string[] } {
  // normalizeArabic already folds ASCII case, the only case the patterns below spell
  const key = (normalized ?? normalizeArabic(text)).trim();
  const reasons: string[] = [];
  let score = WEIGHTS.base;
    if (has(slots, 'quantity') || has(slots, 'percent') || has(slots, 'money')) {
    score += WEIGHTS.quantity;
    reasons.push('quantity');
  }
  if (has(slots, 'ordinal')) {
    score += WEIGHTS.ordinal;
    reasons.push('ordinal');
  }
  if (has(slots, 'date')) {
    score += WEIGHTS.date;
    reasons.push('date');
  }
  if (has(slots, 'duration')) {
    score += WEIGHTS.duration;
    reasons.push('duration');
  }
  if (attribution.speaker || attribution.via) {
    score += WEIGHTS.attribution;
    reasons.push('attribution');
  }
  if (entities.length > 0) {
    score += WEIGHTS.entity + (entities.length > 1 ? WEIGHTS.entities2 : 0);
    reasons.push('entity');
  }
  if (FACTUAL.test(key)) {
    score += WEIGHTS.factualVerb;
    reasons.push('factual-verb');
  }
  const words = countWords(key);
  if (QUESTION_START.test(key) || /[?]["”»]?$/.test(key)) score *= 0.3;
  if (OPINION.test(key)) score *= 0.6;
  if (FUTURE.test(key)) score *= 0.9;
  if (words < MIN_WORDS) score *= 0.5;
  if (section === 'related') score *= 0.95;
  return { score: Math.round(Math.min(1, Math.max(0, score)) * 100) / 100, reasons };
}

function has(slots: readonly Slot[], type: Slot['type']): boolean {
  for (let k = 0; k < slots.length; k++) if (slots[k].type === type) return true;
  return false;
}

/** what key.split(/\s+/).length gives, without building the array */
function countWords(key: string): number {
  let n = 1;
  let inSpace = false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const space = c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x0c || c === 0x0b || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x1680;
    if (space && !inSpace) n++;
    inSpace = space;
  }
  return n;
}
