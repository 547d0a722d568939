// A multinomial logistic regression over named sparse features. Weights are keyed by feature
// name (not hashed) so the committed JSON can be read and audited; unknown features score 0.
import type { FeatureVector } from './features';

export const STANCE_LABELS = ['supports', 'contradicts', 'unrelated'] as const;
export type StanceLabel = (typeof STANCE_LABELS)[number];

export interface StanceModel {
  labels: readonly StanceLabel[];
  /** feature name → one weight per label, in `labels` order */
  weights: Record<string, number[]>;
  meta: Record<string, string | number>;
}

export function scores(model: StanceModel, features: FeatureVector): number[] {
  const z = model.labels.map(() => 0);
  for (const [name, value] of features) {
    const w = model.weights[name];
    if (!w) continue;
    for (let k = 0; k < z.length; k++) z[k] += w[k] * value;
  }
  return z;
}

export function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((x) => Math.exp(x - max));
  const sum = e.reduce((s, x) => s + x, 0);
  return e.map((x) => x / sum);
}
