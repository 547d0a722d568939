import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { getSessionCookie } from 'better-auth/cookies';
import { routing } from './lib/i18n/routing';
import { contentSecurityPolicy, forwardRequestHeaders } from './lib/security/csp';
import { refuseHostileActionRequest } from './lib/security/action-request';

const intl = createMiddleware(routing);
const EDITOR_PATH = /^\/(ar|en)\/editor(\/|$)/;
const PASS_THROUGH = /^\/api(\/|$)|^\/_vercel|\.[^/]*$/;

export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // No page path of ours holds a NUL, a "%" or broken percent-encoding (slugs are [a-z0-9-], ids
  // digits); Next.js answers such paths with a 500, so they get a plain 400 here.
  if (isHostilePath(pathname)) return new NextResponse('Bad request', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  // an oversized or malformed server-action body: a 413/400 here, not a 500 from Next.js
  const refused = await refuseHostileActionRequest(request);
  if (refused) return refused;
  // API routes and files (feeds, sitemap…) only get the path check above
  if (PASS_THROUGH.test(pathname)) return NextResponse.next();
  const editor = EDITOR_PATH.exec(pathname);
  // A cheap first filter so an anonymous visitor lands on sign-in with a way back. The real
  // check (a valid session and the right role) happens on the server in every page and action.
  if (editor && !getSessionCookie(request)) {
    const url = request.nextUrl.clone();
    url.pathname = `/${editor[1]}/sign-in`;
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  const response = intl(request);
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce);
  forwardRequestHeaders(response.headers, request.headers, { 'content-security-policy': csp, 'x-nonce': nonce });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

function isHostilePath(pathname: string): boolean {
  try {
    const once = decodeURIComponent(pathname);
    return once.includes('\u0000') || once.includes('%');
  } catch {
    return true;
  }
}

export const config = {
  // Everything but Next internals: pages get locale routing and CSP; API routes and files with an
  // extension (feeds, sitemap…) only the hostile-path check.
  matcher: ['/((?!_next).*)'],
};
