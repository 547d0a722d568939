// The public JSON API's shapes (README "Public JSON API"). Built only from what the public
// queries return, so nothing a draft or the review process holds can appear here.
import { VERDICT_SCALE } from '../review/verdicts';
import type { PublicFactCheck, PublicFactCheckSummary } from './public-queries';
import { factCheckUrl } from './site';

export const PUBLIC_API_VERSION = 1;

/** The fields both shapes open with, in the order the API documents (key order is part of it). */
function headJson(f: PublicFactCheckSummary | PublicFactCheck) {
  const scale = VERDICT_SCALE[f.verdict];
  return {
    slug: f.slug,
    url: { ar: factCheckUrl('ar', f.slug), en: factCheckUrl('en', f.slug) },
    verdict: f.verdict,
    verdictLabel: { ar: scale.ar, en: scale.en },
    rating: scale.rating,
    title: { ar: f.titleAr, en: f.titleEn },
    summary: { ar: f.summaryAr, en: f.summaryEn },
  };
}

export function summaryJson(f: PublicFactCheckSummary) {
  return {
    ...headJson(f),
    outlet: f.claim.article.outlet?.name ?? null,
    publishedAt: f.publishedAt?.toISOString() ?? null,
    updatedAt: f.updatedAt.toISOString(),
  };
}

export function detailJson(f: PublicFactCheck) {
  return {
    version: PUBLIC_API_VERSION,
    ...headJson(f),
    body: { ar: f.bodyAr, en: f.bodyEn },
    claimReviewed: f.claims[0]?.text ?? null,
    publishedAt: f.publishedAt.toISOString(),
    updatedAt: f.updatedAt.toISOString(),
    claims: f.claims.map((c) => ({
      id: c.id,
      text: c.text,
      relation: c.relation,
      isSuggested: c.isSuggested,
      questionKey: c.questionKey,
      slots: c.slots.map((s) => ({ type: s.type, value: s.value, min: s.min, max: s.max, unit: s.unit, hedge: s.hedge, raw: s.raw })),
      source: {
        outlet: c.article.outlet?.name ?? null,
        articleId: c.article.id,
        title: c.article.title,
        url: c.article.url,
        publishedAt: c.article.publishedAt?.toISOString().slice(0, 10) ?? null,
        language: c.article.language,
      },
    })),
    corrections: f.corrections.map((c) => ({ text: { ar: c.textAr, en: c.textEn }, createdAt: c.createdAt.toISOString() })),
  };
}
