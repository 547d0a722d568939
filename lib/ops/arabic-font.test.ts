import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fontverter from 'fontverter';
import * as hb from 'harfbuzzjs';
import { SOURCE_FONT, SUBSET_FONT, makeArabicSubset } from './arabic-font';

const root = path.resolve(__dirname, '../..');
const committed = readFileSync(SUBSET_FONT);

async function fontOf(woff2: Buffer) {
  const sfnt: Buffer = await fontverter.convert(woff2, 'sfnt');
  return new hb.Font(new hb.Face(new hb.Blob(new Uint8Array(sfnt)), 0));
}

function shape(font: hb.Font, text: string) {
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  return buffer.getGlyphInfosAndPositions();
}

/** The Arabic-script characters of the seed articles and of the Arabic interface text. */
function arabicCharactersInUse(): string[] {
  const texts = [
    ...readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => path.join(root, 'seeds', f)),
    ...readdirSync(path.join(root, 'lib/i18n/messages/ar')).map((f) => path.join(root, 'lib/i18n/messages/ar', f)),
  ].map((f) => readFileSync(f, 'utf8'));
  return [...new Set(texts.join('').match(/[\p{Script=Arabic}\u200c-\u200f]/gu))].sort();
}

describe('the Arabic web font (app/fonts, made by lib/ops/arabic-font.ts)', () => {
  it('is what `npm run font:subset` makes from the installed Noto Sans Arabic', async () => {
    expect((await makeArabicSubset()).equals(committed), 'run `npm run font:subset` and commit app/fonts').toBe(true);
  }, 60_000);

  it('has a glyph for every Arabic character of the seed articles and the Arabic interface', async () => {
    const font = await fontOf(committed);
    const used = arabicCharactersInUse();
    expect(used.length).toBeGreaterThan(30);
    const missing = used.filter((ch) => shape(font, ch).some((g) => g.codepoint === 0)).map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`);
    expect(missing).toEqual([]);
  });

  it('shapes the seed articles as the full font does: same glyph clusters and advances (joining, lam-alef, marks)', async () => {
    // one at a time: two conversions in flight gave the first font the second one's tables
    const subset = await fontOf(committed);
    const full = await fontOf(readFileSync(SOURCE_FONT));
    const seeds = readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt'));
    for (const file of seeds) {
      // Arabic runs only: other characters are not in either font and fall back alike
      for (const run of readFileSync(path.join(root, 'seeds', file), 'utf8').match(/[\p{Script=Arabic}\u200c-\u200f ]+/gu) ?? []) {
        const a = shape(subset, run).map((g) => [g.cluster, g.xAdvance]);
        const b = shape(full, run).map((g) => [g.cluster, g.xAdvance]);
        expect(a, `${file}: «${run}»`).toEqual(b);
      }
    }
  }, 60_000);
});
