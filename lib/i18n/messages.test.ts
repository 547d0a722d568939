import { describe, it, expect } from 'vitest';
import ar from './messages/ar';
import en from './messages/en';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('messages', () => {
  it('Arabic and English have exactly the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(ar).sort());
  });

  it('Arabic counts use all six plural forms where a count is shown', () => {
    const plural = keys(ar)
      .map((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], ar) as string)
      .filter((m) => m.includes(', plural,'));
    expect(plural.length).toBeGreaterThan(0);
    for (const m of plural) {
      for (const form of ['=0', 'one', 'two', 'few', 'many', 'other']) expect(m, m).toContain(`${form} {`);
    }
  });
});
