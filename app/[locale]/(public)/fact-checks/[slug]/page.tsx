import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { LocaleLink } from '@/lib/i18n/locale-link';
import { formatDate, directionOfLanguage } from '@/lib/i18n/format';
import { getPublishedFactCheck } from '@/lib/fact-checks/public-queries';
import { buildClaimReview, jsonLdString } from '@/lib/fact-checks/claim-review';
import { publicPageMetadata } from '@/lib/fact-checks/page-metadata';
import { factCheckUrl, publisherOrg, siteUrl } from '@/lib/fact-checks/site';
import { verdictLabel } from '@/lib/review/verdicts';
import { VerdictBadge } from '@/components/fact-checks/verdict-badge';
import { localizedText } from '@/components/fact-checks/localized-text';
import { OutletClaims } from './outlet-claims';
import { ValuesTable } from './values-table';
import { Timeline } from './timeline';
import { Sources, appearancesOf } from './sources';
import styles from './detail.module.css';

// Rendered per request by Next.js (every page carries a per-request CSP nonce, proxy.ts); anonymous
// readers get it from the app's page cache (lib/page-cache), which puts a fresh nonce in each copy.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; slug: string }> };

const SLUG = /^[a-z0-9-]{1,200}$/;

async function load(slug: string) {
  return SLUG.test(slug) ? getPublishedFactCheck(slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const fc = await load(slug);
  if (!fc) return {};
  const title = localizedText(locale, fc.titleAr, fc.titleEn).text;
  const description = `${verdictLabel(fc.verdict, locale)}: ${localizedText(locale, fc.summaryAr, fc.summaryEn).text}`.slice(0, 300);
  return publicPageMetadata(locale, `/fact-checks/${encodeURIComponent(fc.slug)}`, {
    title,
    description,
    article: { publishedTime: fc.publishedAt, modifiedTime: fc.updatedAt },
  });
}

export default async function FactCheckPage({ params }: Props) {
  const locale = await pageLocale(params);
  const fc = await load((await params).slug);
  if (!fc) notFound();
  const t = await getTranslations('factChecks');
  const reviewed = fc.claims[0];
  const title = localizedText(locale, fc.titleAr, fc.titleEn);
  const summary = localizedText(locale, fc.summaryAr, fc.summaryEn);
  const body = localizedText(locale, fc.bodyAr, fc.bodyEn);
  const claimLang = reviewed.article.language;
  const jsonLd = buildClaimReview({
    url: factCheckUrl(locale, fc.slug),
    locale,
    claimReviewed: reviewed.text,
    verdict: fc.verdict,
    headline: title.text,
    datePublished: fc.publishedAt,
    dateModified: fc.updatedAt,
    author: publisherOrg(),
    appearances: appearancesOf(fc.claims, siteUrl(), locale),
  });
  return (
    <article className={styles.article}>
      <p>
        <LocaleLink href="/fact-checks">{t('backToList')}</LocaleLink>
      </p>
      <header className={styles.header}>
        <h1 lang={title.lang} dir={title.dir}>
          {title.text}
        </h1>
        <p className={styles.verdictLine}>
          <span className="visually-hidden">{t('verdict')}: </span>
          <VerdictBadge verdict={fc.verdict} locale={locale} size="large" />
          <span className="muted">{t('published', { date: formatDate(fc.publishedAt, locale) })}</span>
        </p>
      </header>

      <section aria-labelledby="claim-heading" className={styles.section}>
        <h2 id="claim-heading">{t('claimReviewed')}</h2>
        <blockquote className={styles.claim} lang={claimLang} dir={directionOfLanguage(claimLang)} data-testid="claim-reviewed">
          {reviewed.text}
        </blockquote>
      </section>

      <section aria-labelledby="rationale-heading" className={styles.section}>
        <h2 id="rationale-heading">{t('rationale')}</h2>
        <p className="lead" lang={summary.lang} dir={summary.dir} data-testid="fact-check-summary">
          {summary.text}
        </p>
        {body.text.trim() && body.text.trim() !== summary.text.trim() ? (
          <div className={styles.body} lang={body.lang} dir={body.dir}>
            {body.text}
          </div>
        ) : null}
        {locale === 'en' && !fc.titleEn ? <p className="muted">{t('arabicOnly')}</p> : null}
      </section>

      <OutletClaims claims={fc.claims} locale={locale} />
      <ValuesTable claims={fc.claims} locale={locale} />
      <Timeline fc={fc} locale={locale} />
      <Sources claims={fc.claims} locale={locale} />

      <section aria-labelledby="corrections-heading" className={styles.section} data-testid="corrections">
        <h2 id="corrections-heading">{t('correctionsTitle')}</h2>
        {fc.corrections.length === 0 ? (
          <p className="muted">{t('noCorrections')}</p>
        ) : (
          <ol className={styles.corrections}>
            {fc.corrections.map((c) => {
              const text = localizedText(locale, c.textAr, c.textEn);
              return (
                <li key={c.id}>
                  <strong>{t('correctionOn', { date: formatDate(c.createdAt, locale) })}</strong>{' '}
                  <span lang={text.lang} dir={text.dir}>
                    {text.text}
                  </span>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      {/* The one ClaimReview of this page; jsonLdString escapes "<" so no text can close the tag. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdString(jsonLd) }} />
    </article>
  );
}
