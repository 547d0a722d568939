import { getTranslations } from 'next-intl/server';
import { defineRoute } from '@/lib/auth/guard';
import { latestPublishedFactChecks } from '@/lib/fact-checks/public-queries';
import { atomXml } from '@/lib/fact-checks/atom';
import { factCheckUrl, publisherOrg, siteUrl } from '@/lib/fact-checks/site';
import { localizedText } from '@/components/fact-checks/localized-text';
import { verdictLabel } from '@/lib/review/verdicts';

export const dynamic = 'force-dynamic';

const FEED = /^(ar|en)\.xml$/;

/** /feeds/ar.xml and /feeds/en.xml: the 50 newest published fact-checks as Atom. */
export const GET = defineRoute<{ feed: string }>('factChecks.feed', { roles: 'public' }, async (_req, { params }) => {
  const match = FEED.exec(params.feed);
  if (!match) return new Response('not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const locale = match[1] as 'ar' | 'en';
  const t = await getTranslations({ locale, namespace: 'factChecks' });
  const items = await latestPublishedFactChecks(50);
  const base = siteUrl();
  const xml = atomXml({
    id: `${base}/feeds/${locale}.xml`,
    selfUrl: `${base}/feeds/${locale}.xml`,
    alternateUrl: `${base}/${locale}/fact-checks`,
    title: t('feedTitle'),
    lang: locale,
    author: publisherOrg().name,
    updated: items.reduce((max, i) => (i.updatedAt > max ? i.updatedAt : max), new Date(0)),
    entries: items.map((i) => ({
      id: factCheckUrl(locale, i.slug),
      url: factCheckUrl(locale, i.slug),
      title: localizedText(locale, i.titleAr, i.titleEn).text,
      summary: `${verdictLabel(i.verdict, locale)}: ${localizedText(locale, i.summaryAr, i.summaryEn).text}`,
      category: i.verdict,
      published: i.publishedAt ?? i.updatedAt,
      updated: i.updatedAt,
    })),
  });
  return new Response(xml, {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=60, s-maxage=60' },
  });
});
