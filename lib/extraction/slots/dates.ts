// Dates as Arabic news writes them: «10/06/2024», «7 أكتوبر/تشرين الأول 2023», «السابع من
// أكتوبر», «نهاية مايو/أيار الماضي», «عام 1979», weekdays («يوم الاثنين», «الجمعة قبل الماضي»)
// and relative dates («الشهر الماضي»). Relative forms are resolved against the article's
// publication date when it is known; otherwise the unknown parts stay null and `relative` says
// what the text meant, so two unresolved «الجمعة قبل الماضي» can still be compared.
import type { DateSlot } from '../types';
import {
  AMBIGUOUS_MONTHS, CURRENT, HIJRI_MONTHS, HIJRI_TWO_WORD, MONTHS, MONTH_PARTS, NEXT, ORDINALS, PAST, TWO_WORD_MONTHS, WEEKDAYS, YEAR_WORDS,
} from '../lexicon';
import { clitics, formsIn, lookupTok, parseDigits, phraseAt, type Tok } from '../tokens';
import { makeSlot, type Claimed } from './span';

export interface RefDate {
  year: number;
  month: number;
  day: number;
}

export function parseIsoDate(iso: string | null | undefined): RefDate | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? { year: +m[1], month: +m[2], day: +m[3] } : null;
}

const utc = (d: RefDate) => Date.UTC(d.year, d.month - 1, d.day);
const fromUtc = (ms: number): RefDate => {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};
const DAY = 86400000;
/** ISO weekday of a date, Monday = 1 … Sunday = 7 */
const isoWeekday = (d: RefDate) => ((new Date(utc(d)).getUTCDay() + 6) % 7) + 1;

type Relation = 'past' | 'next' | 'current' | null;

/** The year of a month mentioned without one: «الماضي» is the last such month, else the nearest. */
function yearFor(month: number, day: number | null, rel: Relation, ref: RefDate | null): number | null {
  if (!ref) return null;
  const after = month > ref.month || (month === ref.month && day !== null && day > ref.day);
  if (rel === 'past') return after || (month === ref.month && day === null) ? ref.year - 1 : ref.year;
  if (rel === 'next') return after ? ref.year : ref.year + 1;
  if (rel === 'current') return ref.year;
  if (month - ref.month > 6) return ref.year - 1;
  if (ref.month - month > 6) return ref.year + 1;
  return ref.year;
}

function relationAt(toks: Tok[], j: number): Relation {
  const w = toks[j]?.n;
  if (w === undefined) return null;
  if (PAST.has(w)) return 'past';
  if (NEXT.has(w)) return 'next';
  if (CURRENT.has(w)) return 'current';
  return null;
}

/** first words of every month name, to reject most tokens with one probe */
const MONTH_HEADS: ReadonlySet<string> = new Set([...MONTHS.keys(), ...TWO_WORD_MONTHS.map((m) => m.words[0]), ...AMBIGUOUS_MONTHS.keys()]);

function oneMonth(toks: Tok[], k: number): { month: number; end: number } | null {
  const t = toks[k];
  if (t === undefined || !formsIn(t, MONTH_HEADS)) return null;
  for (const m of TWO_WORD_MONTHS) if (phraseAt(toks, k, m.words)) return { month: m.month, end: k + 2 };
  const m = lookupTok(MONTHS, t);
  if (m !== undefined) return { month: m, end: k + 1 };
  return null;
}

/** A month name at i, possibly paired with its other name: «أكتوبر/تشرين الأول», «مايو/ أيار». */
function monthAt(toks: Tok[], i: number, allowAmbiguous: boolean): { month: number; end: number } | null {
  const t = toks[i];
  if (t === undefined || !formsIn(t, MONTH_HEADS)) return null;
  let first = oneMonth(toks, i);
  if (!first && toks[i + 1]?.n === '/' && AMBIGUOUS_MONTHS.has(t.n)) first = { month: 8, end: i + 1 };
  if (!first && allowAmbiguous && AMBIGUOUS_MONTHS.has(t.n)) first = { month: 8, end: i + 1 };
  if (!first) return null;
  if (toks[first.end]?.n === '/') {
    const k = first.end + 1;
    const second = oneMonth(toks, k) ?? (toks[k] && AMBIGUOUS_MONTHS.has(toks[k].n) ? { month: 8, end: k + 1 } : null);
    if (second) return { month: first.month, end: second.end };
  }
  return first;
}

// --- Hijri dates ----------------------------------------------------------------------------------
const HIJRI_HEADS: ReadonlySet<string> = new Set([...HIJRI_MONTHS.keys(), ...HIJRI_TWO_WORD.map((m) => m.words[0])]);
const HIJRI_FMT = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });

function hijriOf(ms: number): [number, number, number] {
  let y = 0;
  let m = 0;
  let d = 0;
  for (const p of HIJRI_FMT.formatToParts(new Date(ms))) {
    if (p.type === 'year') y = parseInt(p.value, 10);
    else if (p.type === 'month') m = parseInt(p.value, 10);
    else if (p.type === 'day') d = parseInt(p.value, 10);
  }
  return [y, m, d];
}

/** The Gregorian day of a Hijri date in the Umm al-Qura calendar, or null if there is no such day. */
export function hijriToGregorian(y: number, m: number, d: number): RefDate | null {
  // mean year and month lengths give a first guess; ICU's calendar corrects it in a few steps
  let ms = Date.UTC(622, 6, 19) + Math.round((y - 1) * 354.36667 + (m - 1) * 29.530588 + (d - 1)) * DAY;
  for (let step = 0; step < 8; step++) {
    const [hy, hm, hd] = hijriOf(ms);
    const diff = Math.round((y - hy) * 354.36667 + (m - hm) * 29.530588 + (d - hd));
    if (diff === 0) return hy === y && hm === m && hd === d ? fromUtc(ms) : null;
    ms += diff * DAY;
  }
  return null;
}

const isHijriYear = (t: Tok | undefined) => !!t && t.isNum && /^\d{4}$/.test(t.n) && +t.n >= 1300 && +t.n <= 1600;

/**
 * «10 رمضان 1445 هـ», «شوال 1445هـ», «منتصف شهر رمضان», «15 ذو الحجة». A Hijri month name counts only
 * with a day figure before it, a Hijri year after it, or «شهر» before it, because «رمضان» and
 * «شعبان» are also names and «صفر» is zero.
 */
function hijriAt(toks: Tok[], i: number): { date: DateFields; start: number; end: number } | null {
  const day = dayValue(toks[i]);
  const k = day !== null ? i + 1 : i;
  const t = toks[k];
  if (!t || !formsIn(t, HIJRI_HEADS)) return null;
  let month: number | undefined;
  let end = k + 1;
  for (const m of HIJRI_TWO_WORD) {
    if (phraseAt(toks, k, m.words)) {
      month = m.month;
      end = k + 2;
      break;
    }
  }
  month ??= lookupTok(HIJRI_MONTHS, t);
  if (month === undefined) return null;
  let start = day !== null ? i : k;
  let year: number | null = null;
  if (isHijriYear(toks[end])) {
    year = +toks[end].n;
    end++;
    // «هـ» (tatweel dropped by normalization) and «هجري/هجرية»
    if (toks[end] && (toks[end].n === 'ه' || /^هجري/.test(toks[end].n))) end++;
  }
  const afterShahr = day === null && toks[k - 1] !== undefined && toks[k - 1].forms.includes('شهر');
  if (afterShahr) start = k - 1;
  if (day === null && year === null && !afterShahr) return null;
  if (month === 2 && year === null) return null; // «صفر» alone is a figure
  const hijri = { year, month, day };
  let g: RefDate | null = null;
  let approx = false;
  if (year !== null && day !== null) g = hijriToGregorian(year, month, day);
  else if (year !== null) {
    // the month only: the Gregorian month its middle falls in, approximate
    g = hijriToGregorian(year, month, 15);
    approx = true;
  }
  return {
    date: { year: g?.year ?? null, month: g?.month ?? null, day: approx ? null : g?.day ?? null, ...(approx ? { approx: true } : {}), calendar: 'hijri', hijri },
    start,
    end,
  };
}

const isYear = (t: Tok | undefined) => !!t && t.isNum && /^\d{4}$/.test(t.n) && +t.n >= 1900 && +t.n <= 2100;
const dayValue = (t: Tok | undefined) => (t && t.isNum && /^\d{1,2}$/.test(t.n) && +t.n >= 1 && +t.n <= 31 ? +t.n : null);

type DateFields = Omit<DateSlot, 'type' | 'raw' | 'start' | 'end'>;
function emitDate(out: DateSlot[], claimed: Claimed, toks: Tok[], source: string, d: DateFields, start: number, end: number): void {
  out.push(makeSlot<DateSlot>({ type: 'date', ...d }, toks, start, end, source));
  claimed.add(start, end);
}

export function scanDates(toks: Tok[], claimed: Claimed, source: string, ref: RefDate | null): DateSlot[] {
  const out: DateSlot[] = [];
  const emit = (d: DateFields, start: number, end: number) => emitDate(out, claimed, toks, source, d, start, end);

  for (let i = 0; i < toks.length; i++) {
    if (claimed.has(i)) continue;
    const t = toks[i];

    // 10/06/2024, 10-06-2024, 2024-06-10
    if (t.isNum && toks[i + 1] && (toks[i + 1].n === '/' || toks[i + 1].n === '-') && toks[i + 2]?.isNum && toks[i + 3]?.n === toks[i + 1].n && toks[i + 4]?.isNum) {
      const [a, b, c] = [parseDigits(t.n), parseDigits(toks[i + 2].n), parseDigits(toks[i + 4].n)];
      const [y, m, d] = t.n.length === 4 ? [a, b, c] : [c, b, a];
      if (m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1900 && y <= 2100) {
        emit({ year: y, month: m, day: d }, i, i + 5);
        i += 4;
        continue;
      }
    }

    // «بين 10 و12 يونيو»: the first day of a range shares the second's month
    const rangeDay = dayValue(t);
    if (rangeDay !== null && toks[i + 1]?.n === 'و' && toks[i + 1].ns === toks[i + 2]?.ns - 1 && dayValue(toks[i + 2]) !== null) {
      const m = monthAt(toks, i + 3, true);
      if (m) {
        const year = isYear(toks[m.end]) ? +toks[m.end].n : yearFor(m.month, rangeDay, relationAt(toks, m.end), ref);
        emit({ year, month: m.month, day: rangeDay }, i, i + 1);
        continue;
      }
    }

    const hijri = hijriAt(toks, i);
    if (hijri) {
      emit(hijri.date, hijri.start, hijri.end);
      i = hijri.end - 1;
      continue;
    }

    // [part of] [day] month[/month] [year] [الماضي]
    const day = dayValue(t);
    const monthStart = day !== null ? i + 1 : i;
    const month = monthAt(toks, monthStart, day !== null);
    if (month) {
      let start = i;
      let dayNum = day;
      let approx = false;
      // «السابع من أكتوبر»
      if (day === null && toks[i - 1]?.n === 'من' && toks[i - 2] && !claimed.has(i - 2)) {
        const ord = lookupTok(ORDINALS, toks[i - 2]);
        if (ord !== undefined) {
          dayNum = ord;
          start = i - 2;
        }
      }
      if (day === null && dayNum === null && toks[i - 1] && !claimed.has(i - 1) && toks[i - 1].forms.some((w) => MONTH_PARTS.has(w))) {
        approx = true;
        start = i - 1;
      }
      let end = month.end;
      let year: number | null = null;
      if (isYear(toks[end])) {
        year = +toks[end].n;
        end++;
      }
      const rel = year === null ? relationAt(toks, end) : null;
      if (rel) end++;
      year ??= yearFor(month.month, dayNum, rel, ref);
      emit({ year, month: month.month, day: dayNum, ...(approx ? { approx: true } : {}) }, start, end);
      i = end - 1;
      continue;
    }

    // «عام 1979», «العام 2023»
    if (t.forms.some((w) => YEAR_WORDS.has(w)) && isYear(toks[i + 1])) {
      emit({ year: +toks[i + 1].n, month: null, day: null }, i, i + 2);
      i++;
      continue;
    }
    // «العام الماضي», «مطلع العام المقبل», «الشهر الماضي»
    const base = t.forms;
    const isYearWord = base.includes('العام') || base.includes('السنه');
    const isMonthWord = base.includes('الشهر');
    // «الأسبوع الماضي», «مطلع الأسبوع المقبل», «هذا الأسبوع»: resolved to the week's Monday
    const thisWeek = t.n === 'هذا' && toks[i + 1]?.n === 'الاسبوع';
    if ((base.includes('الاسبوع') && relationAt(toks, i + 1)) || thisWeek) {
      const rel = thisWeek ? 'current' : relationAt(toks, i + 1);
      const shift = rel === 'past' ? -1 : rel === 'next' ? 1 : 0;
      let start = i;
      if (!thisWeek && toks[i - 1] && !claimed.has(i - 1) && toks[i - 1].forms.some((w) => MONTH_PARTS.has(w))) start = i - 1;
      const relative = `week${shift === 0 ? '' : shift > 0 ? '+1' : '-1'}`;
      const monday = ref ? fromUtc(utc(ref) - (isoWeekday(ref) - 1) * DAY + shift * 7 * DAY) : null;
      emit({ year: monday?.year ?? null, month: monday?.month ?? null, day: monday?.day ?? null, relative, approx: true }, start, i + 2);
      i++;
      continue;
    }
    if ((isYearWord || isMonthWord) && relationAt(toks, i + 1)) {
      const rel = relationAt(toks, i + 1);
      const shift = rel === 'past' ? -1 : rel === 'next' ? 1 : 0;
      let start = i;
      const approx = !!toks[i - 1] && !claimed.has(i - 1) && toks[i - 1].forms.some((w) => MONTH_PARTS.has(w));
      if (approx) start = i - 1;
      const relative = `${isYearWord ? 'year' : 'month'}${shift === 0 ? '' : shift > 0 ? '+1' : '-1'}`;
      let d: Omit<DateSlot, 'type' | 'raw' | 'start' | 'end'> = { year: null, month: null, day: null, relative };
      if (ref && isYearWord) d = { ...d, year: ref.year + shift };
      if (ref && isMonthWord) {
        const r = fromUtc(Date.UTC(ref.year, ref.month - 1 + shift, 1));
        d = { ...d, year: r.year, month: r.month };
      }
      emit({ ...d, ...(approx ? { approx: true } : {}) }, start, i + 2);
      i++;
      continue;
    }

    // weekdays: «الاثنين», «يوم الخميس», «اليوم الأربعاء», «الجمعة قبل الماضي», «الأحد المقبل»
    const weekday = lookupTok(WEEKDAYS, t);
    if (weekday !== undefined) {
      let start = i;
      let end = i + 1;
      let mode: 'today' | 'plain' | 'past' | 'beforeLast' | 'next' = 'plain';
      const prev = toks[i - 1]?.n;
      if (prev !== undefined && !claimed.has(i - 1)) {
        if (clitics(prev).includes('اليوم')) {
          mode = 'today';
          start = i - 1;
        } else if (clitics(prev).some((w) => w === 'يوم' || w === 'صباح' || w === 'مساء' || w === 'ليله' || w === 'فجر' || w === 'ظهر')) {
          start = i - 1;
        }
      }
      if (toks[end]?.n === 'قبل' && PAST.has(toks[end + 1]?.n ?? '')) {
        mode = 'beforeLast';
        end += 2;
      } else if (relationAt(toks, end) === 'past') {
        mode = 'past';
        end++;
      } else if (relationAt(toks, end) === 'next') {
        mode = 'next';
        end++;
      }
      let resolved: RefDate | null = null;
      if (ref) {
        const back = (isoWeekday(ref) - weekday + 7) % 7;
        const r = utc(ref);
        if (mode === 'today') resolved = ref;
        else if (mode === 'plain') resolved = fromUtc(r - back * DAY);
        else if (mode === 'past') resolved = fromUtc(r - (back === 0 ? 7 : back) * DAY);
        else if (mode === 'beforeLast') resolved = fromUtc(r - ((back === 0 ? 7 : back) + 7) * DAY);
        else resolved = fromUtc(r + ((weekday - isoWeekday(ref) + 7) % 7 || 7) * DAY);
      }
      const relative = mode === 'plain' ? undefined : mode === 'beforeLast' ? 'weekday-before-last' : mode === 'past' ? 'weekday-last' : mode === 'next' ? 'weekday-next' : 'today';
      emit({ year: resolved?.year ?? null, month: resolved?.month ?? null, day: resolved?.day ?? null, weekday, ...(relative ? { relative } : {}) }, start, end);
      i = end - 1;
      continue;
    }

    // «أمس»
    if (t.forms.includes('امس') && !(toks[i + 1]?.n === 'الاول')) {
      const r = ref ? fromUtc(utc(ref) - DAY) : null;
      emit({ year: r?.year ?? null, month: r?.month ?? null, day: r?.day ?? null, relative: 'day-1' }, i, i + 1);
    }
  }
  return out;
}
