/** The paragraph around a passage: the shortest span between blank lines (or line breaks) that contains it. */
export function paragraphAround(text: string, start: number, end: number): { before: string; passage: string; after: string } {
  const from = Math.max(text.lastIndexOf('\n', start - 1) + 1, 0);
  const nl = text.indexOf('\n', end);
  const to = nl === -1 ? text.length : nl;
  return { before: text.slice(from, start), passage: text.slice(start, end), after: text.slice(end, to) };
}
