// The bilingual verdict scale and its numeric mapping, used by the editor UI, the public pages and
// schema.org ClaimReview (ratingValue on a 1–5 scale, 5 = true). «غير قابل للتحقق» has no place on
// that scale: it is published with ratingValue -1, the convention fact-checkers use for "no rating".
import type { Verdict } from '../generated/prisma/enums';

export const VERDICTS = [
  'true',
  'partly_true',
  'misleading',
  'needs_context',
  'false',
  'unverifiable',
] as const satisfies readonly Verdict[];

export const VERDICT_SCALE: Record<Verdict, { rating: number; ar: string; en: string }> = {
  true: { rating: 5, ar: 'صحيح', en: 'True' },
  partly_true: { rating: 4, ar: 'صحيح جزئيا', en: 'Partly true' },
  needs_context: { rating: 3, ar: 'يحتاج إلى سياق', en: 'Needs context' },
  misleading: { rating: 2, ar: 'مضلل', en: 'Misleading' },
  false: { rating: 1, ar: 'خطأ', en: 'False' },
  unverifiable: { rating: -1, ar: 'غير قابل للتحقق', en: 'Unverifiable' },
};

export const BEST_RATING = 5;
export const WORST_RATING = 1;

export function verdictLabel(v: Verdict, locale: string): string {
  return locale === 'ar' ? VERDICT_SCALE[v].ar : VERDICT_SCALE[v].en;
}
