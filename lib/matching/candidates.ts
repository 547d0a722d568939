// Candidate pairs without comparing every pair. An inverted index maps keys (content stems,
// people, question keys) to claims. Two rules keep the cost near n·log n:
//  - a content word in more than `maxPosting` claims is not indexed at all (document-frequency
//    cut-off): «غزة» or «قال» in thousands of claims says nothing about which ones match;
//  - a person or question key in more than `maxPosting` claims is not expanded pairwise; its
//    claims are sorted by (article date, article) and each is paired with its nearest neighbours
//    ("sorted neighbourhood" blocking), so 5,000 claims on "which visit" cost a sort, not 12.5M pairs.
// Each claim then keeps its best `maxPerClaim` candidates from other articles.
import type { ClaimProfile } from './claim-profile';
import { questionKeys } from './question-key';

export interface CandidateItem {
  key: string;
  articleDate: string | null;
  profile: ClaimProfile;
}

export interface CandidateOptions {
  maxPosting: number;
  maxPerClaim: number;
  neighbours: number;
}

const QUESTION_WEIGHT = 3;
const PERSON_WEIGHT = 1.5;

function keysOf(p: ClaimProfile): Array<[string, boolean]> {
  return [
    ...[...p.tokens].map((t): [string, boolean] => [`t:${t}`, false]),
    ...[...p.persons].map((t): [string, boolean] => [`p:${t}`, true]),
    ...questionKeys(p).map((q): [string, boolean] => [`q:${q}`, true]),
  ];
}

/** Unordered candidate pairs [i, j] with i < j, each once, never within one article. */
export function candidatePairs(items: CandidateItem[], opts: CandidateOptions): Array<[number, number]> {
  const n = items.length;
  const postings = new Map<string, number[]>();
  const isStrong = new Map<string, boolean>();
  items.forEach((item, i) => {
    for (const [k, strong] of keysOf(item.profile)) {
      let list = postings.get(k);
      if (!list) postings.set(k, (list = []));
      list.push(i);
      isStrong.set(k, strong);
    }
  });

  const scores: Array<Map<number, number>> = items.map(() => new Map());
  const add = (i: number, j: number, w: number) => {
    if (items[i].key === items[j].key) return;
    scores[i].set(j, (scores[i].get(j) ?? 0) + w);
    scores[j].set(i, (scores[j].get(i) ?? 0) + w);
  };
  const order = (x: number, y: number) =>
    (items[x].articleDate ?? '').localeCompare(items[y].articleDate ?? '') || items[x].key.localeCompare(items[y].key) || x - y;

  for (const [k, list] of postings) {
    if (list.length < 2) continue;
    const idf = Math.log(1 + n / list.length);
    const weight = idf * (k.startsWith('q:') ? QUESTION_WEIGHT : k.startsWith('p:') ? PERSON_WEIGHT : 1);
    if (list.length <= opts.maxPosting) {
      for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) add(list[x], list[y], weight);
    } else if (isStrong.get(k)) {
      const sorted = [...list].sort(order);
      for (let x = 0; x < sorted.length; x++) {
        for (let y = x + 1; y <= Math.min(sorted.length - 1, x + opts.neighbours); y++) add(sorted[x], sorted[y], weight);
      }
    }
  }

  const pairs = new Set<number>();
  const out: Array<[number, number]> = [];
  scores.forEach((m, i) => {
    const best = [...m.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, opts.maxPerClaim);
    for (const [j] of best) {
      const [a, b] = i < j ? [i, j] : [j, i];
      const id = a * n + b;
      if (pairs.has(id)) continue;
      pairs.add(id);
      out.push([a, b]);
    }
  });
  return out;
}
