// Reader for the stance TSV format of the CLI contract: header row, tab-separated, no quoting.

export interface StancePair {
  id: string;
  sentence1: string;
  sentence2: string;
  /** gold label3 when the file has one (the ANS splits do) */
  label?: string;
}

export function parseStanceTsv(text: string): StancePair[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) throw new Error('empty file: a header row is required');
  const header = lines[0].split('\t').map((h) => h.trim());
  const col = (name: string) => header.indexOf(name);
  const [id, s1, s2] = [col('id'), col('sentence1'), col('sentence2')];
  if (id < 0 || s1 < 0 || s2 < 0) throw new Error('header must name id, sentence1 and sentence2');
  const label = col('label3');
  return lines.slice(1).map((line, n) => {
    const cells = line.split('\t');
    if (cells.length <= Math.max(id, s1, s2)) throw new Error(`row ${n + 2}: missing columns`);
    return {
      id: cells[id],
      sentence1: cells[s1],
      sentence2: cells[s2],
      ...(label >= 0 && cells[label] ? { label: cells[label].trim() } : {}),
    };
  });
}
