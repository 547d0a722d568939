// classifyStance: the run-time entry point. The model is a committed JSON file loaded with the
// module, so nothing is downloaded or trained at run time.
import { pairFeatures } from './features';
import type { StanceModel } from './model';
import modelJson from './model.json' with { type: 'json' };
import { predictWith, type StancePrediction } from './predict';

const model = modelJson as unknown as StanceModel;

export function classifyStance(sentence1: string, sentence2: string): StancePrediction {
  return predictWith(model, pairFeatures(sentence1, sentence2));
}
