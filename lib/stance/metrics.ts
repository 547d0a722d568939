// Scores reported for the stance model: accuracy, per-class F1, macro-F1 over the two labels
// that carry a verdict (supports, contradicts; "unrelated" is 2% of ANS dev), confusion matrix.
import { STANCE_LABELS, type StanceLabel } from './model';

export interface StanceScores {
  accuracy: number;
  f1: Record<StanceLabel, number>;
  macroF1: number;
  macroF1All: number;
  /** confusion[gold][predicted] */
  confusion: Record<StanceLabel, Record<StanceLabel, number>>;
  n: number;
}

export function scoreStance(gold: StanceLabel[], predicted: StanceLabel[]): StanceScores {
  const confusion = Object.fromEntries(
    STANCE_LABELS.map((g) => [g, Object.fromEntries(STANCE_LABELS.map((p) => [p, 0]))]),
  ) as StanceScores['confusion'];
  gold.forEach((g, i) => confusion[g][predicted[i]]++);
  const f1 = {} as Record<StanceLabel, number>;
  for (const l of STANCE_LABELS) {
    const tp = confusion[l][l];
    const fp = STANCE_LABELS.reduce((s, g) => s + (g === l ? 0 : confusion[g][l]), 0);
    const fn = STANCE_LABELS.reduce((s, p) => s + (p === l ? 0 : confusion[l][p]), 0);
    f1[l] = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  const correct = STANCE_LABELS.reduce((s, l) => s + confusion[l][l], 0);
  return {
    accuracy: gold.length ? correct / gold.length : 0,
    f1,
    macroF1: (f1.supports + f1.contradicts) / 2,
    macroF1All: (f1.supports + f1.contradicts + f1.unrelated) / 3,
    confusion,
    n: gold.length,
  };
}
