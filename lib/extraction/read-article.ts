// Reading the layout of a plain-text news article: which lines are the title, the outlet, the
// publication date, site furniture («شارك الخبر»), and where the related-article teasers start.
// Offsets are never changed: blocks are spans of the decoded text.
import { normalizeArabic } from '../arabic/normalize';
import type { ArticleMeta, Section } from './types';

export interface Block {
  start: number;
  end: number;
  section: Section;
}
export interface ArticleLayout {
  meta: ArticleMeta;
  blocks: Block[];
}

const n = normalizeArabic;
/** site furniture: share buttons, section names, tag lists */
const BOILERPLATE = /^(?:شارك الخبر|شارك|اخر الاخبار|الاكثر قراءه|تابعونا|اقرا المزيد|كلمات دلاليه|الكلمات المفتاحيه|وسوم|share|read more)(?=$|[\s:,.|-])/;
/** headings after which the page lists other articles */
const RELATED = /^(?:اقرا ايضا|اقرا كذلك|مقالات مشابهه|مقالات ذات صله|اخبار ذات صله|مواضيع ذات صله|اخبار متعلقه|قد يهمك|related|read also)(?=$|[\s:,.|-])/;
const BULLET = /^\s*[•●▪◦·*]\s*/;
const SOURCE_LINE = /^(?:(.{0,40}?)\s+)?المصدر\s*:\s*(.+)$/;
/** «القاهرة- معا-» at the head of the first paragraph: place, outlet */
const DATELINE = /^([\p{L} ]{2,25}?)\s*[-–—]\s*([\p{L} ]{2,25}?)\s*[-–—]\s*/u;
/** «السومرية نيوز – دوليات»: outlet and section on a short line of their own */
const OUTLET_HEADER = /^([\p{L} ]{2,30}?)\s+[–—-]\s+([\p{L} ]{2,20})$/u;
const DATE_LABEL = /(?:نشر بتاريخ|تاريخ النشر|نشر في|تاريخ|published|posted)\s*:?\s*(.{6,40})/i;
const HTML_LINE = /^<[^>]*>$/;
const SENTENCE_END = /[.!?…]["”»']?$/;
/** BOILERPLATE and RELATED look at most this far into a line */
const HEAD = 64;
const HEAD_MIN = 40;
/** what String#trim removes */
const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

const MONTH_NAMES: Record<string, number> = Object.fromEntries(
  [
    ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['ابريل', 4], ['مايو', 5], ['يونيو', 6], ['يونيه', 6], ['يوليو', 7], ['يوليه', 7],
    ['اغسطس', 8], ['سبتمبر', 9], ['اكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12], ['شباط', 2], ['اذار', 3], ['نيسان', 4],
    ['ايار', 5], ['حزيران', 6], ['تموز', 7], ['اب', 8], ['ايلول', 9], ['january', 1], ['february', 2], ['march', 3],
    ['april', 4], ['may', 5], ['june', 6], ['july', 7], ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ].map(([k, v]) => [n(String(k)), Number(v)]),
);

/** Reads a publication date in the forms news sites print: 10/06/2024, 2024-06-10, 10 يونيو 2024, June 10, 2024. */
export function parsePublicationDate(s: string): string | null {
  const t = n(s);
  let m = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(t);
  if (m) return iso(+m[3], +m[2], +m[1]);
  m = /(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})/.exec(t);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /(\d{1,2})\s+([\p{L}]+)\s*(?:\/\s*[\p{L}]+\s*)?,?\s*(\d{4})/u.exec(t);
  if (m && MONTH_NAMES[m[2]]) return iso(+m[3], MONTH_NAMES[m[2]], +m[1]);
  m = /([\p{L}]+)\s+(\d{1,2}),?\s+(\d{4})/u.exec(t);
  if (m && MONTH_NAMES[m[1]]) return iso(+m[3], MONTH_NAMES[m[1]], +m[2]);
  return null;
}

function iso(y: number, mo: number, d: number): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** 'ar' or 'en' by which script most letters are in; Arabic wins ties, the app's first language. */
export function detectLanguage(text: string): 'ar' | 'en' {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return latin > arabic ? 'en' : 'ar';
}

export function readArticle(text: string): ArticleLayout {
  const meta: ArticleMeta = { title: null, outlet: null, publishedAt: null, language: detectLanguage(text) };
  const blocks: Block[] = [];
  let section: Section = 'body';
  let seenBody = false;
  let dateline: string | null = null;
  let header: string | null = null;
  let sourceLine: string | null = null;
  let nonEmpty = 0;

  // one pass over the lines by indexOf; each pattern below is anchored at the line's head, so
  // only the head is normalized (a body paragraph is normalized once, later, for its tokens)
  for (let lineStart = 0; lineStart < text.length; ) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const next = lineEnd + 1;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    lineStart = next;
    if (end <= start) continue;
    nonEmpty++;
    const line = text.slice(start, end);
    let key = n(line.length > HEAD ? line.slice(0, HEAD) : line);
    // the head is long enough for any heading unless it was mostly diacritics
    if (line.length > HEAD && key.length < HEAD_MIN) key = n(line);
    key = key.toLowerCase();

    if (HTML_LINE.test(line)) continue;
    if (RELATED.test(key)) {
      section = 'related';
      continue;
    }
    if (BOILERPLATE.test(key)) continue;
    const src = line.includes('المصدر') ? SOURCE_LINE.exec(line) : null;
    if (src) {
      sourceLine ??= src[2].trim();
      continue;
    }
    if (!meta.publishedAt && !seenBody) {
      const label = DATE_LABEL.exec(line);
      const date = label ? parsePublicationDate(label[1]) : null;
      if (date) {
        meta.publishedAt = date;
        continue;
      }
    }
    if (!seenBody && nonEmpty <= 3 && line.length <= 40) {
      const h = OUTLET_HEADER.exec(line);
      if (h) {
        header ??= h[1].trim();
        continue;
      }
    }
    if (!seenBody && meta.title === null && line.length <= 200 && !SENTENCE_END.test(line)) {
      meta.title = line;
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) start += bullet[0].length;
    if (!seenBody && !bullet) {
      const d = DATELINE.exec(line);
      if (d) {
        dateline = d[2].trim();
        start += d[0].length;
      }
    }
    seenBody = true;
    blocks.push({ start, end, section: bullet ? 'related' : section });
  }
  meta.outlet = dateline ?? header ?? sourceLine;
  return { meta, blocks };
}
