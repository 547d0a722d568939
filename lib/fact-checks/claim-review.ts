// schema.org ClaimReview for a fact-check (https://schema.org/ClaimReview, Google's fact-check
// markup). Pure: the page and the DataFeed export build it from plain data.
import type { ClaimReview, CreativeWork, Organization, WithContext } from 'schema-dts';
import { BEST_RATING, VERDICT_SCALE, WORST_RATING, verdictLabel } from '../review/verdicts';
import type { Verdict } from '../generated/prisma/enums';

export interface PublisherOrg {
  name: string;
  url: string;
}

export interface Appearance {
  /** the original URL when known, else the archived copy on this site */
  url: string;
  title: string | null;
  outlet: { name: string; url: string | null } | null;
  /** the article's publication date (a calendar date) when known */
  datePublished: Date | null;
}

export interface ClaimReviewInput {
  url: string;
  locale: string;
  claimReviewed: string;
  verdict: Verdict;
  headline: string;
  datePublished: Date;
  dateModified: Date;
  author: PublisherOrg;
  /** the reviewed claim's own appearance first, then every other outlet's */
  appearances: Appearance[];
}

export function organization(o: { name: string; url: string | null }): Organization {
  return o.url ? { '@type': 'Organization', name: o.name, url: o.url } : { '@type': 'Organization', name: o.name };
}

function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function creativeWork(a: Appearance): CreativeWork {
  return {
    '@type': 'CreativeWork',
    url: a.url,
    ...(a.title ? { headline: a.title } : {}),
    ...(a.outlet ? { publisher: organization(a.outlet) } : {}),
    ...(a.datePublished ? { datePublished: day(a.datePublished) } : {}),
  };
}

export function buildClaimReview(input: ClaimReviewInput): WithContext<ClaimReview> {
  // The reviewed claim's own article is its first appearance: the other outlets' articles carry
  // the same question with other figures, so they are appearances of the topic, not earlier copies.
  const [own] = input.appearances;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: input.url,
    inLanguage: input.locale,
    headline: input.headline,
    claimReviewed: input.claimReviewed,
    datePublished: input.datePublished.toISOString(),
    dateModified: input.dateModified.toISOString(),
    author: organization(input.author),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: VERDICT_SCALE[input.verdict].rating,
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: verdictLabel(input.verdict, input.locale),
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(own?.outlet ? { author: organization(own.outlet) } : {}),
      ...(own?.datePublished ? { datePublished: day(own.datePublished) } : {}),
      appearance: input.appearances.map(creativeWork),
      ...(own ? { firstAppearance: creativeWork(own) } : {}),
    },
  };
}

/**
 * JSON for a <script type="application/ld+json">: `<` becomes \u003c so no text (a title with
 * "</script>") can close the tag; U+2028/2029 are escaped for old JavaScript parsers.
 */
export function jsonLdString(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
