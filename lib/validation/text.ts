import { z } from 'zod';

// Text an editor sends to be stored or searched. PostgreSQL text cannot hold NUL (the insert
// fails, which was a 500), and other C0 control characters are never meant in a name, a figure or
// a query: they are dropped (tab, newline and carriage return become spaces) before the length check.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

// a lone UTF-16 surrogate cannot be stored as UTF-8: it becomes U+FFFD here, visibly, not in the driver
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function cleanText(s: string): string {
  return s.replace(CONTROL, '').replace(LONE_SURROGATE, '\ufffd').replace(/[\t\n\r]+/g, ' ').trim();
}

/** A one-line field: controls dropped, trimmed, at most `max` characters. */
export function lineText(max: number) {
  return z.string().transform(cleanText).pipe(z.string().max(max));
}

/** PostgreSQL's int4: larger ids are refused by the schema, not by the database (a 500 before). */
export const dbId = z.number().int().positive().max(2_147_483_647);

/** Several lines (a rationale, a note): controls other than tab and newlines dropped, trimmed. */
export function longText(max: number) {
  return z
    .string()
    .transform((s) => s.replace(CONTROL, '').replace(LONE_SURROGATE, '\ufffd').trim())
    .pipe(z.string().max(max));
}
