import type { Metadata } from 'next';
import { publisherOrg, siteUrl } from './site';

type PublicPage = {
  /** Omitted on the home page, which keeps the layout's default title (the app's name). */
  title?: string;
  description: string;
  /** An article's dates, for a fact-check page (Open Graph type `article`). */
  article?: { publishedTime: Date; modifiedTime: Date };
  /** Advertise the locale's Atom feed of fact-checks. */
  feed?: boolean;
};

/**
 * What every public page carries in <head>: description, canonical URL, hreflang alternates (ar, en,
 * and x-default → ar), Open Graph and Twitter card. `path` is the page's path after the locale: ''
 * for the home page, '/fact-checks', '/fact-checks/<slug>'.
 */
export function publicPageMetadata(locale: string, path: string, page: PublicPage): Metadata {
  const base = siteUrl();
  const at = (l: string) => `${base}/${l}${path}`;
  const url = at(locale);
  const siteName = publisherOrg().name;
  const title = page.title ?? siteName;
  return {
    ...(page.title === undefined ? {} : { title: page.title }),
    description: page.description,
    alternates: {
      canonical: url,
      languages: { ar: at('ar'), en: at('en'), 'x-default': at('ar') },
      ...(page.feed ? { types: { 'application/atom+xml': `${base}/feeds/${locale}.xml` } } : {}),
    },
    openGraph: {
      ...(page.article
        ? { type: 'article', publishedTime: page.article.publishedTime.toISOString(), modifiedTime: page.article.modifiedTime.toISOString() }
        : { type: 'website' }),
      url,
      title,
      description: page.description,
      siteName,
      locale: locale === 'ar' ? 'ar_AR' : 'en_US',
      alternateLocale: locale === 'ar' ? ['en_US'] : ['ar_AR'],
    },
    twitter: { card: 'summary', title, description: page.description },
  };
}
