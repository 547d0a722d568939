// Word tokens for matching keys. Letters, combining marks and digits form words; a figure keeps
// its decimal and thousands separators («1,200», «١٫٥») so a number stays one token.

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[.,٫٬][\p{N}]+)*/gu;

export interface Token {
  text: string;
  start: number;
  end: number;
}

export function tokenizeWithOffsets(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}
