export { normalizeArabic, normalizeWithOffsets, originalSpan, type NormalizedText } from './normalize';
export { tokenize, tokenizeWithOffsets, type Token } from './tokenize';
export { stem } from './stem';
export { isStopword } from './stopwords';
export { matchKey } from './match-key';
