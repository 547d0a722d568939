// Content-Security-Policy for pages: scripts only with this response's nonce (Next.js adds it
// to its own scripts when it finds the policy on the request), no inline event handlers, no
// framing by other sites. Styles allow inline attributes (React style={{}}), never scripts.
export function contentSecurityPolicy(nonce: string, isDev = process.env.NODE_ENV === 'development'): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Passes extra request headers to the page render on top of whatever the response already forwards. */
export function forwardRequestHeaders(response: Headers, request: Headers, extra: Record<string, string>): void {
  const listed = response.get('x-middleware-override-headers');
  const keys = new Set(listed ? listed.split(',') : [...request.keys()]);
  if (!listed) for (const [k, v] of request) response.set(`x-middleware-request-${k}`, v);
  for (const [k, v] of Object.entries(extra)) {
    keys.add(k);
    response.set(`x-middleware-request-${k}`, v);
  }
  response.set('x-middleware-override-headers', [...keys].join(','));
}
