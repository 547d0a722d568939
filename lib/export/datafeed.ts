// schema.org DataFeed of ClaimReview items (https://schema.org/DataFeed), one per claim, for
// fact-check aggregators. creativeWorkStatus says whether unreviewed claims are included.
import type { ClaimReview } from 'schema-dts';
import { BEST_RATING, VERDICT_SCALE, WORST_RATING } from '../review/verdicts';
import { organization } from '../fact-checks/claim-review';
import type { ExportClaim, ExportMeta } from './types';

export function dataFeedHead(meta: ExportMeta): string {
  const head = {
    '@context': 'https://schema.org',
    '@type': 'DataFeed',
    name: meta.scope.kind === 'set' ? `${meta.publisher.name}: ${meta.scope.name}` : `${meta.publisher.name}: claims`,
    publisher: organization(meta.publisher),
    dateModified: meta.generatedAt.toISOString(),
    creativeWorkStatus: meta.includesUnreviewed ? 'Draft' : 'Published',
    description: meta.includesUnreviewed
      ? 'Includes claims that have not been approved by a reviewer: their ratings are not verdicts.'
      : 'Approved and published claims only.',
  };
  return JSON.stringify(head).slice(0, -1) + ',"dataFeedElement":[\n';
}

export function claimReviewOf(c: ExportClaim, meta: Pick<ExportMeta, 'siteUrl' | 'publisher'>): ClaimReview {
  const appearance = {
    '@type': 'CreativeWork' as const,
    url: c.source.url ?? `${meta.siteUrl}/ar/articles/${c.source.articleId}`,
    ...(c.source.title ? { headline: c.source.title } : {}),
    ...(c.source.outlet ? { publisher: organization({ name: c.source.outlet, url: c.source.outletUrl }) } : {}),
    ...(c.source.publishedAt ? { datePublished: c.source.publishedAt } : {}),
  };
  return {
    '@type': 'ClaimReview',
    identifier: String(c.id),
    ...(c.factCheck ? { url: c.factCheck.url, datePublished: c.factCheck.publishedAt } : {}),
    claimReviewed: c.passage.text,
    author: organization(meta.publisher),
    ...(c.verdict
      ? {
          reviewRating: {
            '@type': 'Rating',
            ratingValue: VERDICT_SCALE[c.verdict].rating,
            bestRating: BEST_RATING,
            worstRating: WORST_RATING,
            alternateName: VERDICT_SCALE[c.verdict].ar,
          },
        }
      : {}),
    itemReviewed: {
      '@type': 'Claim',
      ...(c.source.outlet ? { author: organization({ name: c.source.outlet, url: c.source.outletUrl }) } : {}),
      ...(c.source.publishedAt ? { datePublished: c.source.publishedAt } : {}),
      appearance: [appearance],
      firstAppearance: appearance,
    },
  };
}

export function dataFeedItems(claims: ExportClaim[], isFirstBatch: boolean, meta: ExportMeta): string {
  if (claims.length === 0) return '';
  return (isFirstBatch ? '' : ',\n') + claims.map((c) => JSON.stringify(claimReviewOf(c, meta))).join(',\n');
}

export function dataFeedTail(): string {
  return '\n]}\n';
}
