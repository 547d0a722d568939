// Stop words: the Arabic list of the npm package `stopword` 3.1.5 (MIT, github.com/fergiemcdowall/stopword,
// `ara`), normalized like the keys it filters. That list was built from news text and so also
// holds words a fact-checker must keep: negation (لا، لم، لن، غير) flips a claim, hedges (أكثر، أقل،
// نحو، حوالى) and numerals, ordinals, months and time words are the figures claims disagree on.
import { ara } from 'stopword';
import { normalizeArabic } from './normalize';

const KEEP = new Set(
  [
    'لا', 'لم', 'لن', 'ليس', 'غير', 'عدم', 'دون', 'ضد',
    'أكثر', 'اكثر', 'أقل', 'اقل', 'نحو', 'حوالى', 'حوالي', 'قرابة', 'زهاء', 'منذ', 'قبل', 'بعد',
    'الاول', 'الاولى', 'اول', 'الثاني', 'الثانية', 'صفر', 'ثلاثة', 'اربعة', 'عشرة', 'عشر', 'الف',
    'مليون', 'مليار', 'بضع', 'عدة', 'جميع', 'ايار', 'ايام', 'عام', 'عاما', 'سنة', 'سنوات',
    'اليوم', 'امس', 'غدا', 'الماضي', 'المقبل', 'صباح', 'زيارة', 'شخصا', 'قوة', 'اعادة',
  ].map(normalizeArabic),
);

const STOPWORDS: ReadonlySet<string> = new Set(
  ara.map(normalizeArabic).filter((w) => w.length > 0 && !KEEP.has(w)),
);

/** True for function words that carry no claim content; the token may be in any spelling. */
export function isStopword(token: string): boolean {
  return STOPWORDS.has(normalizeArabic(token));
}
