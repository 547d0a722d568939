import { getTranslations } from 'next-intl/server';
import { directionOf } from '@/lib/i18n/routing';
import { formatDate } from '@/lib/i18n/format';
import type { QuestionGroupView } from '@/lib/questions/build-question-groups';
import { formatSlotValue, plottedValue } from '@/lib/questions/format-value';
import styles from '../questions.module.css';

const W = 720;
const H = 260;
const PAD = { top: 28, bottom: 56, side: 24 };

/**
 * Server-rendered SVG: one bar per value in article-date order (undated last), the value on top,
 * the outlet under it. Time runs in the reading direction (right to left in Arabic). The <desc>
 * and the table below carry the same facts as text.
 */
export async function QuestionTimeline({ group, locale }: { group: QuestionGroupView; locale: string }) {
  const t = await getTranslations('questions');
  const points = group.values.map((v) => ({ v, n: plottedValue(v.slot) })).filter((p): p is { v: (typeof group.values)[number]; n: number } => p.n !== null);
  if (points.length < 2) return null;
  const isRtl = directionOf(locale as 'ar' | 'en') === 'rtl';
  const max = Math.max(...points.map((p) => p.n), 1);
  const slot = (W - PAD.side * 2) / points.length;
  const barW = Math.min(56, slot * 0.6);
  const plotH = H - PAD.top - PAD.bottom;
  const dateOf = (d: string | null) => (d ? formatDate(new Date(`${d}T00:00:00Z`), locale) : t('unknownDate'));
  const items = points
    .map((p) => t('chartItem', { outlet: p.v.outlet ?? t('unknownOutlet'), date: dateOf(p.v.articleDate), value: formatSlotValue(p.v.slot, locale) }))
    .join('؛ ');
  return (
    <figure className={styles.figure}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="q-chart-title q-chart-desc" className={styles.chart} data-testid="question-chart">
        <title id="q-chart-title">{t('chartTitle')}</title>
        <desc id="q-chart-desc">{t('chartDesc', { label: group.label, items })}</desc>
        <line x1={PAD.side} x2={W - PAD.side} y1={H - PAD.bottom} y2={H - PAD.bottom} stroke="#8a877f" />
        {points.map((p, i) => {
          const center = PAD.side + slot * i + slot / 2;
          const cx = isRtl ? W - center : center;
          const h = Math.max(2, (p.n / max) * plotH);
          const y = H - PAD.bottom - h;
          const outlet = p.v.outlet ?? t('unknownOutlet');
          return (
            <g key={p.v.slot.id} aria-hidden="true">
              <rect x={cx - barW / 2} y={y} width={barW} height={h} rx={3} fill="#0b5e55" />
              <text x={cx} y={y - 8} textAnchor="middle" fontSize="15" fontWeight="700" fill="#1b1f24">
                {formatSlotValue(p.v.slot, locale)}
              </text>
              <text x={cx} y={H - PAD.bottom + 20} textAnchor="middle" fontSize="13" fill="#1b1f24">
                {outlet.length > 16 ? `${outlet.slice(0, 15)}…` : outlet}
              </text>
              <text x={cx} y={H - PAD.bottom + 38} textAnchor="middle" fontSize="11" fill="#4d5560">
                {dateOf(p.v.articleDate)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">{t('chartTitle')}</figcaption>
    </figure>
  );
}
