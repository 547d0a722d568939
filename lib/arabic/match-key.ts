import { normalizeArabic } from './normalize';
import { stem } from './stem';
import { isStopword } from './stopwords';
import { tokenize } from './tokenize';

/**
 * The key the matching engine compares: normalized, stop words removed, light-stemmed tokens
 * joined by single spaces. Figures stay as ASCII digits, so «١٢٠٠» and «1200» give the same key.
 */
export function matchKey(text: string): string {
  const out: string[] = [];
  for (const token of tokenize(normalizeArabic(text))) {
    if (isStopword(token)) continue;
    out.push(stem(token));
  }
  return out.join(' ');
}
