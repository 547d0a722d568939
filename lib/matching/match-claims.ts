// matchClaims: suggested links between claims of different articles, for the CLI and the app.
import { profileClaim } from './claim-profile';
import { candidatePairs } from './candidates';
import { compareProfiled, type ProfiledInput } from './compare-claims';
import type { MatchInput, MatchOptions, MatchResult } from './types';

export function matchClaims(items: MatchInput[], opts: MatchOptions = {}): MatchResult[] {
  // The same claim given twice (an article passed twice) is matched once, under its first index.
  const seen = new Map<string, number>();
  const unique: number[] = [];
  items.forEach((it, i) => {
    const id = `${it.key}\u0000${it.claim.start}\u0000${it.claim.end}\u0000${it.claim.text}`;
    if (seen.has(id)) return;
    seen.set(id, i);
    unique.push(i);
  });
  const profiled: ProfiledInput[] = unique.map((i) => ({ ...items[i], profile: profileClaim(items[i].claim) }));
  const pairs = candidatePairs(profiled, {
    maxPosting: opts.maxPostingLength ?? 64,
    maxPerClaim: opts.maxCandidatesPerClaim ?? 12,
    neighbours: 4,
  });
  const isRelatedIncluded = opts.isRelatedIncluded ?? true;
  const out: MatchResult[] = [];
  for (const [x, y] of pairs) {
    const c = compareProfiled(profiled[x], profiled[y]);
    if (!c || (c.relation === 'related' && !isRelatedIncluded)) continue;
    out.push({ ...c, a: unique[x], b: unique[y] });
  }
  return out.sort((p, q) => p.a - q.a || p.b - q.b);
}
