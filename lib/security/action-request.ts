// Server actions are public HTTP endpoints (a POST with a `Next-Action` header). Next.js answers
// two kinds of crafted action requests with a 500 before any of our code runs: a body over its
// 1 MB limit (serverActions.bodySizeLimit) and a body that is not the argument list React sends
// (not JSON, not an array, or a `$` reference to a part that does not exist). proxy.ts refuses
// both with a 4xx first. The app's own forms send small JSON argument lists (their fields have
// length limits), so this never stands in their way. Multipart bodies (a form posting straight to
// an action) are left to Next.js, except for their size.

/** Next.js's default serverActions.bodySizeLimit (next.config.ts does not change it). */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;

// What React's encodeReply writes for a plain value: `$$…` (an escaped `$`), `$undefined`,
// `$NaN`, `$Infinity`, `$-Infinity`, `$-0`, `$D<date>` and `$n<bigint>`. Other `$` forms point at
// further parts of a multipart body, which a text body does not have.
const PLAIN_TOKEN = /^\$(\$|undefined$|NaN$|-?Infinity$|-0$|D\d|n-?\d+$)/;

function isPlainReply(v: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (typeof v === 'string') return !v.startsWith('$') || PLAIN_TOKEN.test(v);
  if (Array.isArray(v)) return v.every((x) => isPlainReply(x, depth + 1));
  if (v && typeof v === 'object') return Object.values(v).every((x) => isPlainReply(x, depth + 1));
  return true;
}

function answer(status: 400 | 413, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

/** A 413 or 400 for an action request Next.js would answer with a 500; null to let it through. */
export async function refuseHostileActionRequest(req: Request): Promise<Response | null> {
  if (req.method !== 'POST' || !req.headers.has('next-action')) return null;
  const length = Number(req.headers.get('content-length') ?? 0);
  if (length > MAX_ACTION_BODY_BYTES) return answer(413, 'Payload too large');
  const type = req.headers.get('content-type') ?? '';
  if (type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded')) return null;
  const body = await req.clone().text();
  if (new TextEncoder().encode(body).length > MAX_ACTION_BODY_BYTES) return answer(413, 'Payload too large');
  let args: unknown;
  try {
    args = JSON.parse(body);
  } catch {
    return answer(400, 'Bad request');
  }
  return Array.isArray(args) && isPlainReply(args) ? null : answer(400, 'Bad request');
}
