// classifyStance: the run-time entry point. The model is a committed JSON file loaded with the
// module, so nothing is downloaded or trained at run time.
import { pairFeatures, type FeatureVector } from './features';
import type { StanceModel } from './model';
import modelJson from './model.json' with { type: 'json' };
import { predictWith, type StancePrediction } from './predict';

const model = modelJson as unknown as StanceModel;

export function classifyStance(sentence1: string, sentence2: string): StancePrediction {
  return classifyFeatures(pairFeatures(sentence1, sentence2));
}

/** The same prediction from features already computed with pairFeatures (no second pass). */
export function classifyFeatures(features: FeatureVector): StancePrediction {
  return predictWith(model, features);
}
