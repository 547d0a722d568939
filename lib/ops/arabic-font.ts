// The Arabic web font the pages use, cut down from @fontsource-variable/noto-sans-arabic's Arabic
// file (166 KB) to what Arabic text needs (about 54 KB), and committed as app/fonts/.
//   npm run font:subset       regenerate it after upgrading @fontsource-variable/noto-sans-arabic
// Kept: the Arabic block U+0600–06FF (letters, Arabic-Indic digits, punctuation, harakat, the
// Persian and Urdu letters), Presentation Forms-B (found in text copied from PDFs), the joiners
// and directional marks, the spaces, hyphens and reversed comma and semicolon. The weight axis is cut to 400–800, the weights the CSS
// uses. Dropped: the Arabic Supplement and Extended blocks and Presentation Forms-A (rare ligatures
// and letters of other languages), which fall back to the system font, as Latin text always has.
// Shaping (joining forms, lam-alef, marks) survives: HarfBuzz keeps every glyph the kept
// characters' layout rules reach. The license (SIL OFL 1.1) is app/fonts/OFL.txt.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const SOURCE_FONT = path.join(projectRoot, 'node_modules/@fontsource-variable/noto-sans-arabic/files/noto-sans-arabic-arabic-wght-normal.woff2');
export const SUBSET_FONT = path.join(projectRoot, 'app/fonts/noto-sans-arabic-subset.woff2');

const RANGES: [number, number][] = [
  [0x0020, 0x0020], // the spaces, so words keep the font's spacing
  [0x00a0, 0x00a0],
  [0x0600, 0x06ff],
  [0xfe70, 0xfefc],
  [0x200c, 0x200f],
  [0x2010, 0x2011],
  [0x204f, 0x204f], // reversed semicolon and comma
  [0x2e41, 0x2e41],
];

/** Every character the subset keeps. */
export function subsetCharacters(): string {
  let text = '';
  for (const [from, to] of RANGES) for (let c = from; c <= to; c++) text += String.fromCodePoint(c);
  return text;
}

export async function makeArabicSubset(source: Buffer = readFileSync(SOURCE_FONT)): Promise<Buffer> {
  return subsetFont(source, subsetCharacters(), { targetFormat: 'woff2', variationAxes: { wght: { min: 400, max: 800 } } });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await makeArabicSubset();
  writeFileSync(SUBSET_FONT, out);
  process.stdout.write(`${path.relative(projectRoot, SUBSET_FONT)}: ${out.length} bytes\n`);
}
