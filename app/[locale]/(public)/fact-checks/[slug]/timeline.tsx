import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/i18n/format';
import type { PublicFactCheck } from '@/lib/fact-checks/public-queries';
import styles from './detail.module.css';

interface TimelineEvent {
  key: string;
  date: Date;
  label: string;
}

const WIDTH = 640;
const HEIGHT = 70;
const PAD = 24;

/**
 * A simple server-rendered timeline: the dated articles, the publication and the corrections,
 * evenly spaced in date order (running right to left on Arabic pages). The ordered list under it
 * is the text alternative, so the SVG itself is decorative to assistive technology.
 */
export async function Timeline({ fc, locale }: { fc: PublicFactCheck; locale: string }) {
  const t = await getTranslations('factChecks');
  const events: TimelineEvent[] = [];
  const seen = new Set<number>();
  const undated: string[] = [];
  for (const c of fc.claims) {
    if (seen.has(c.article.id)) continue;
    seen.add(c.article.id);
    const outlet = c.article.outlet?.name ?? t('unknownOutlet');
    if (c.article.publishedAt) events.push({ key: `a${c.article.id}`, date: c.article.publishedAt, label: outlet });
    else undated.push(outlet);
  }
  events.push({ key: 'published', date: fc.publishedAt, label: t('timelinePublished') });
  for (const c of fc.corrections) events.push({ key: `c${c.id}`, date: c.createdAt, label: t('timelineCorrection') });
  events.sort((a, b) => a.date.getTime() - b.date.getTime() || a.key.localeCompare(b.key));

  const isRtl = locale === 'ar';
  const step = events.length > 1 ? (WIDTH - 2 * PAD) / (events.length - 1) : 0;
  const xOf = (i: number) => {
    const x = events.length > 1 ? PAD + i * step : WIDTH / 2;
    return isRtl ? WIDTH - x : x;
  };
  return (
    <section aria-labelledby="timeline-heading" className={styles.section}>
      <h2 id="timeline-heading">{t('timelineTitle')}</h2>
      <p className="muted">{t('timelineDesc')}</p>
      <svg className={styles.timeline} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false" data-testid="timeline-svg">
        <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT / 2} y2={HEIGHT / 2} stroke="#8a877f" strokeWidth="2" />
        {events.map((e, i) => (
          <circle key={e.key} cx={xOf(i)} cy={HEIGHT / 2} r="7" fill={e.key.startsWith('a') ? '#0b5e55' : '#8a4b00'} />
        ))}
      </svg>
      <ol className={styles.timelineList} data-testid="timeline-list">
        {events.map((e) => (
          <li key={e.key}>
            <time dateTime={e.date.toISOString().slice(0, 10)}>{formatDate(e.date, locale)}</time>: <bdi>{e.label}</bdi>
          </li>
        ))}
      </ol>
      {undated.length ? <p className="muted">{t('timelineUndated', { outlets: undated.join('، ') })}</p> : null}
    </section>
  );
}
