import type { FeatureVector } from './features';
import { scores, softmax, type StanceLabel, type StanceModel } from './model';

export interface StancePrediction {
  label: StanceLabel;
  /** probability of each label, in the model's label order */
  probabilities: Record<StanceLabel, number>;
}

export function predictWith(model: StanceModel, features: FeatureVector): StancePrediction {
  const p = softmax(scores(model, features));
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
  const probabilities = Object.fromEntries(model.labels.map((l, k) => [l, p[k]])) as Record<StanceLabel, number>;
  return { label: model.labels[best], probabilities };
}
