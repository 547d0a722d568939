// Cuts an article into runs of text, each covered by zero or more claims, so the reader can
// highlight claims at their exact offsets even when an editor's claim overlaps another.
export interface Segment {
  start: number;
  end: number;
  claimIds: number[];
}

export function highlightSegments(length: number, claims: { id: number; start: number; end: number }[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const c of claims) {
    if (c.start >= 0 && c.end <= length && c.start < c.end) {
      cuts.add(c.start);
      cuts.add(c.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const claimIds = claims.filter((c) => c.start <= start && c.end >= end).map((c) => c.id);
    segments.push({ start, end, claimIds });
  }
  return segments;
}
