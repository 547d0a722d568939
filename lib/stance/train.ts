// Trains the stance model on the ANS train split and writes lib/stance/model.json.
//   npx tsx lib/stance/train.ts [TRAIN_TSV]           train on all of it, write the model
//   npx tsx lib/stance/train.ts [TRAIN_TSV] --cv      5-fold cross-validation on train only
// Hyperparameters were chosen with --cv; the dev split is never read here.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pairFeatures } from './features';
import { DEFAULT_FIT, fitStanceModel, seededRandom, type FitOptions } from './fit';
import { scoreStance } from './metrics';
import { STANCE_LABELS, type StanceLabel } from './model';
import { predictWith } from './predict';
import { parseStanceTsv } from './tsv';

const DEFAULT_TRAIN = '/work/shared/datasets/ans-stance/stance_train.tsv';
const MODEL_PATH = fileURLToPath(new URL('./model.json', import.meta.url));

function loadExamples(path: string) {
  return parseStanceTsv(readFileSync(path, 'utf8')).map((p) => {
    if (!STANCE_LABELS.includes(p.label as StanceLabel)) throw new Error(`${p.id}: no label3`);
    const features = pairFeatures(p.sentence1, p.sentence2);
    // STANCE_DROP=prefix,prefix removes feature families, for ablation under --cv only.
    for (const prefix of (process.env.STANCE_DROP ?? '').split(',').filter(Boolean)) {
      for (const name of [...features.keys()]) if (name.startsWith(prefix)) features.delete(name);
    }
    return { features, label: p.label as StanceLabel };
  });
}

function crossValidate(examples: ReturnType<typeof loadExamples>, opts: FitOptions, folds = 5) {
  const random = seededRandom(opts.seed + 1);
  const fold = examples.map(() => Math.floor(random() * folds));
  const gold: StanceLabel[] = [];
  const predicted: StanceLabel[] = [];
  for (let f = 0; f < folds; f++) {
    const model = fitStanceModel(examples.filter((_, i) => fold[i] !== f), opts);
    examples.forEach((e, i) => {
      if (fold[i] !== f) return;
      gold.push(e.label);
      predicted.push(predictWith(model, e.features).label);
    });
  }
  return scoreStance(gold, predicted);
}

const args = process.argv.slice(2);
const path = args.find((a) => !a.startsWith('--')) ?? DEFAULT_TRAIN;
const examples = loadExamples(path);
if (args.includes('--cv')) {
  const grid = process.env.STANCE_GRID ? (JSON.parse(process.env.STANCE_GRID) as Partial<FitOptions>[]) : [{}];
  for (const g of grid) {
    const s = crossValidate(examples, { ...DEFAULT_FIT, ...g });
    process.stdout.write(`${JSON.stringify(g)} acc=${s.accuracy.toFixed(3)} macroF1=${s.macroF1.toFixed(3)}\n`);
  }
} else {
  const model = fitStanceModel(examples);
  writeFileSync(MODEL_PATH, JSON.stringify(model) + '\n');
  process.stderr.write(`wrote ${MODEL_PATH}: ${Object.keys(model.weights).length} features\n`);
}
