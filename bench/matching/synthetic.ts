// Synthetic claims for the scaling benchmark: the seed articles' claim sentences as templates,
// with the person, place, figure, ordinal, date and duration drawn from pools by a seeded PRNG.
// ~20 claims per article; pools are sized so that common words («غزة», «الحرب») recur in
// thousands of claims while names and figures vary, as in a real news archive.
import type { Entity, ExtractedClaim } from '../../lib/extraction/types';
import { buildClaim, type SlotSpec } from '../../lib/matching/claim-builder';
import type { MatchInput } from '../../lib/matching/types';
import { seededRandom } from '../../lib/stance/fit';

const FIRST = ['أنتوني', 'جو', 'عبد الفتاح', 'بنيامين', 'بيني', 'يوآف', 'جون', 'ماثيو', 'بيل', 'عباس', 'بدر', 'إسماعيل', 'محمد', 'أحمد', 'سامح', 'أيمن', 'خالد', 'ليلى', 'هند', 'سارة'];
const LAST = ['بلينكن', 'بايدن', 'السيسي', 'نتنياهو', 'غانتس', 'غالانت', 'كيربي', 'ميلر', 'بيرنز', 'كامل', 'عبد العاطي', 'هنية', 'الصفدي', 'شكري', 'الحسيني', 'العلي', 'النجار', 'المصري', 'الخطيب', 'حداد', 'يوسف', 'سليمان', 'منصور', 'عيسى', 'داود'];
const PLACES = ['القاهرة', 'الدوحة', 'عمان', 'القدس', 'الرياض', 'جدة', 'بيروت', 'أنقرة', 'باريس', 'روما', 'رفح', 'خان يونس', 'جنين', 'نابلس', 'دمشق'];
const ORDINALS = ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة'];
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

type Template = (r: () => number) => { text: string; slots: SlotSpec[]; entities: Entity[] };
const pick = <T>(r: () => number, xs: T[]) => xs[Math.floor(r() * xs.length)];

const person = (r: () => number): Entity => ({ type: 'person', name: `${pick(r, FIRST)} ${pick(r, LAST)}` });

const TEMPLATES: Template[] = [
  (r) => {
    const p = person(r); const o = Math.floor(r() * 10); const place = pick(r, PLACES);
    return { text: `وهذه الزيارة ${ORDINALS[o]} لـ${p.name} إلى ${place} منذ بدأت الحرب في غزة.`, slots: [{ type: 'ordinal', value: o + 1, raw: ORDINALS[o] }], entities: [p] };
  },
  (r) => {
    const n = 100 + Math.floor(r() * 5000); const approx = r() < 0.5; const m = 1 + Math.floor(r() * 12); const d = 1 + Math.floor(r() * 28);
    const raw = `${approx ? 'نحو ' : ''}${n} شخص`;
    return { text: `الهجوم الذي وقع في ${d} ${MONTHS[m - 1]} على ${pick(r, PLACES)} أدى إلى مقتل ${raw}، غالبيتهم من المدنيين.`,
      slots: [{ type: 'date', year: null, month: m, day: d, raw: `${d} ${MONTHS[m - 1]}` }, { type: 'quantity', value: n, approx, unit: 'شخص', raw }], entities: [] };
  },
  (r) => {
    const n = 20 + Math.floor(r() * 200); const days = 2 + Math.floor(r() * 12);
    return { text: `وأطلقت الفصائل ${n} من المحتجزين خلال هدنة إنسانية مؤقتة استمرت ${days} أيام في ${pick(r, PLACES)}.`,
      slots: [{ type: 'quantity', value: n, raw: `${n}` }, { type: 'duration', value: days, unit: 'day', raw: `${days} أيام` }], entities: [] };
  },
  (r) => {
    const p = person(r); const m = 1 + Math.floor(r() * 12); const d = 1 + Math.floor(r() * 28);
    return { text: `وتأتي الجولة بعد أن طرح ${p.name} في ${d} ${MONTHS[m - 1]} الخطوط العريضة لاقتراح وقف إطلاق النار.`,
      slots: [{ type: 'date', year: 2024, month: m, day: d, raw: `${d} ${MONTHS[m - 1]}` }], entities: [p] };
  },
  (r) => {
    const p = person(r);
    return { text: `وقال ${p.name} إن المحادثات في ${pick(r, PLACES)} ${r() < 0.3 ? 'لن' : 'سوف'} تشمل ملف المساعدات الإنسانية إلى غزة.`, slots: [], entities: [p] };
  },
  (r) => {
    const n = 1 + Math.floor(r() * 11);
    return { text: `وبحث الجانبان إعادة فتح معبر ${pick(r, PLACES)} المغلق منذ ${n} أشهر أمام المساعدات.`,
      slots: [{ type: 'duration', value: n, unit: 'month', raw: `${n} أشهر` }], entities: [] };
  },
];

export function syntheticClaims(n: number, seed = 42): MatchInput[] {
  const r = seededRandom(seed);
  const out: MatchInput[] = [];
  for (let i = 0; i < n; i++) {
    const t = TEMPLATES[Math.floor(r() * TEMPLATES.length)](r);
    const claim: ExtractedClaim = buildClaim(t.text, t.slots, t.entities);
    const day = 1 + Math.floor(r() * 365);
    const date = new Date(Date.UTC(2024, 0, day)).toISOString().slice(0, 10);
    out.push({ key: `article-${Math.floor(i / 20)}`, articleDate: date, claim });
  }
  return out;
}
