// The public origin and the publishing organisation, from the environment (README's env table).
export function siteUrl(): string {
  const raw = process.env.PUBLIC_SITE_URL ?? process.env.BETTER_AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return raw.replace(/\/+$/, '');
}

export function publisherOrg(): { name: string; url: string } {
  return {
    name: process.env.FACTCHECK_ORG_NAME ?? 'صدى · Sadaa',
    url: process.env.FACTCHECK_ORG_URL ?? siteUrl(),
  };
}

export function factCheckUrl(locale: string, slug: string): string {
  return `${siteUrl()}/${locale}/fact-checks/${encodeURIComponent(slug)}`;
}
