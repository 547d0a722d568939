// Training of the stance model: multinomial logistic regression by AdaGrad with L2, in plain
// TypeScript so that training needs nothing beyond this repo. Deterministic: a seeded shuffle
// and insertion-ordered maps make the same data give byte-identical weights.
import type { FeatureVector } from './features';
import { STANCE_LABELS, softmax, type StanceLabel, type StanceModel } from './model';

export interface FitOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /**
   * Class weights are (n / (k·count))^power: 1 is fully balanced, 0 is unweighted. Full balance
   * over-rewards the 2% "unrelated" class, so a partial power is the default.
   */
  balancePower: number;
}

export const DEFAULT_FIT: FitOptions = { epochs: 25, learningRate: 0.05, l2: 1e-4, seed: 7, balancePower: 0.5 };

/** mulberry32: a tiny seeded PRNG, enough for shuffling. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function fitStanceModel(
  examples: Array<{ features: FeatureVector; label: StanceLabel }>,
  opts: FitOptions = DEFAULT_FIT,
): StanceModel {
  const labels = STANCE_LABELS;
  const k = labels.length;
  const weights = new Map<string, Float64Array>();
  const grads = new Map<string, Float64Array>();
  const counts = labels.map((l) => examples.filter((e) => e.label === l).length);
  const classWeight = counts.map((c) => (c > 0 ? (examples.length / (k * c)) ** opts.balancePower : 1));
  const random = seededRandom(opts.seed);
  const order = examples.map((_, i) => i);

  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const idx of order) {
      const { features, label } = examples[idx];
      const y = labels.indexOf(label);
      const z = new Array<number>(k).fill(0);
      for (const [name, v] of features) {
        const w = weights.get(name);
        if (w) for (let c = 0; c < k; c++) z[c] += w[c] * v;
      }
      const p = softmax(z);
      for (const [name, v] of features) {
        let w = weights.get(name);
        let g2 = grads.get(name);
        if (!w || !g2) {
          w = new Float64Array(k);
          g2 = new Float64Array(k);
          weights.set(name, w);
          grads.set(name, g2);
        }
        for (let c = 0; c < k; c++) {
          const g = classWeight[y] * (p[c] - (c === y ? 1 : 0)) * v + opts.l2 * w[c];
          g2[c] += g * g;
          w[c] -= (opts.learningRate * g) / (Math.sqrt(g2[c]) + 1e-8);
        }
      }
    }
  }

  const out: Record<string, number[]> = {};
  for (const [name, w] of weights) {
    const rounded = Array.from(w, (x) => Math.round(x * 1e4) / 1e4);
    if (rounded.some((x) => Math.abs(x) >= 1e-3)) out[name] = rounded;
  }
  return { labels, weights: out, meta: { ...opts, examples: examples.length } };
}
