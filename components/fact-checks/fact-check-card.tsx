import { getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/lib/i18n/locale-link';
import { formatDate } from '@/lib/i18n/format';
import type { PublicFactCheckSummary } from '@/lib/fact-checks/public-queries';
import { VerdictBadge } from './verdict-badge';
import { localizedText } from './localized-text';
import styles from './fact-check-card.module.css';

export async function FactCheckCard({ item, locale, headingLevel = 2 }: { item: PublicFactCheckSummary; locale: string; headingLevel?: 2 | 3 }) {
  const t = await getTranslations('factChecks');
  const title = localizedText(locale, item.titleAr, item.titleEn);
  const summary = localizedText(locale, item.summaryAr, item.summaryEn);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className={styles.card} data-testid="fact-check-card">
      <VerdictBadge verdict={item.verdict} locale={locale} />
      <Heading className={styles.title} lang={title.lang} dir={title.dir}>
        <LocaleLink href={`/fact-checks/${item.slug}`}>{title.text}</LocaleLink>
      </Heading>
      <p className={styles.summary} lang={summary.lang} dir={summary.dir}>
        {summary.text}
      </p>
      <p className={styles.meta}>
        {item.publishedAt ? t('published', { date: formatDate(item.publishedAt, locale) }) : null}
      </p>
    </article>
  );
}
