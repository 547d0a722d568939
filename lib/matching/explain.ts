// One Arabic sentence per link, for the editor: what was compared and why the verdict.
// Figures are quoted as the outlets printed them («نحو 1200»), never re-rendered.
import type { Slot } from '../extraction/types';
import type { AlignedPair } from './align';

const q = (s: Slot) => `«${s.raw.trim()}»`;
const arabicNumber = (n: number) => n.toLocaleString('ar-EG');

/** adjectives agree with the dual noun: «المدتان متطابقتان», «الرقمان متطابقان» */
const IS_FEMININE: Record<Slot['type'], boolean> = { quantity: false, percent: true, money: false, ordinal: false, date: false, duration: true };
const adj = (type: Slot['type'], masc: string, fem: string) => (IS_FEMININE[type] ? fem : masc);

const NOUN: Record<Slot['type'], string> = {
  quantity: 'الرقمان',
  percent: 'النسبتان',
  money: 'المبلغان',
  ordinal: 'الترتيبان',
  date: 'التاريخان',
  duration: 'المدتان',
};

const CONCEPT_LABEL: Record<string, string> = {
  visit: 'ترتيب الزيارة',
  killed: 'عدد القتلى',
  wounded: 'عدد الجرحى',
  hostage: 'عدد الرهائن',
  prisoner: 'عدد الأسرى',
  truce: 'مدة الهدنة',
  proposal: 'تاريخ المقترح',
  closed: 'مدة الإغلاق',
};

function gapText(days: number): string {
  const months = Math.round(days / 30);
  if (months >= 2) return `${arabicNumber(months)} أشهر`;
  if (months === 1) return 'شهر';
  return `${arabicNumber(Math.round(days))} يومًا`;
}

export function explainAgreement(pair: AlignedPair): string {
  const { a, b } = pair;
  if (pair.comparison.isWeekdayOnly) {
    return `لا يذكر أحد المصدرين إلا اليوم دون تاريخ، و${q(a.slot)} لا يتعارض مع ${q(b.slot)}.`;
  }
  if (a.slot.type === 'date') {
    return pair.comparison.isWithinHedge
      ? `التاريخان متوافقان بالدقة التي ذكرها كل مصدر: ${q(a.slot)} و${q(b.slot)}.`
      : `التاريخ نفسه في الخبرين: ${q(a.slot)} و${q(b.slot)}.`;
  }
  if (!pair.comparison.isWithinHedge) return `${NOUN[a.slot.type]} ${adj(a.slot.type, 'متطابقان', 'متطابقتان')}: ${q(a.slot)} و${q(b.slot)}.`;
  return `${NOUN[a.slot.type]} ${adj(a.slot.type, 'متقاربان', 'متقاربتان')} ضمن هامش التقريب: ${q(a.slot)} مقابل ${q(b.slot)}.`;
}

export function explainDisagreement(pair: AlignedPair, gapDays: number | null, isContextDifferent: boolean): string {
  const { a, b } = pair;
  const subject = (pair.isSameConcept && a.concept && CONCEPT_LABEL[a.concept]) || NOUN[a.slot.type];
  const verb = subject === NOUN[a.slot.type] ? 'مختلفان' : 'يختلف';
  const head = verb === 'يختلف' ? `يختلف ${subject}: ${q(a.slot)} مقابل ${q(b.slot)}` : `${subject} ${adj(a.slot.type, 'مختلفان', 'مختلفتان')}: ${q(a.slot)} مقابل ${q(b.slot)}`;
  if (gapDays !== null) return `${head}، والمقالان بفارق ${gapText(gapDays)} فقد يتعلقان بحدثين مختلفين.`;
  if (isContextDifferent) return `${head}، وسياق الخبرين مختلف فقد يتعلقان بحدثين مختلفين.`;
  return `${head}.`;
}

export function explainNegation(): string {
  return 'يبدو أن أحد الخبرين ينفي أو يعكس ما يثبته الآخر في الصياغة نفسها تقريبًا.';
}

export function explainRelated(concept: string | null): string {
  const label = concept ? CONCEPT_LABEL[concept] : undefined;
  return label
    ? `يتناول الخبران ${label} نفسه دون رقمين يمكن الحكم بينهما.`
    : 'يتناول الخبران الموضوع نفسه دون رقمين يمكن الحكم بينهما.';
}
