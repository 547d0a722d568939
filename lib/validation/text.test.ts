import { describe, it, expect } from 'vitest';
import { cleanText, lineText, longText, dbId } from './text';

describe('editor text fields', () => {
  it('drops NUL and control characters, turns line breaks into spaces, keeps Arabic as typed', () => {
    expect(cleanText('قال\u0000 الوزير\u0007\r\n إن')).toBe('قال الوزير  إن');
    expect(cleanText('  وزيرُ الماليةِ  ')).toBe('وزيرُ الماليةِ');
    expect(cleanText('a\ud800b')).toBe('a\ufffdb');
    expect(cleanText('😀')).toBe('😀');
  });

  it('checks the length after cleaning; a long text keeps its lines', () => {
    expect(lineText(3).safeParse('ab\u0000\u0000c').success).toBe(true);
    expect(lineText(3).safeParse('abcd').success).toBe(false);
    expect(longText(20).parse('سطر\u0000\nسطر')).toBe('سطر\nسطر');
  });

  it('refuses ids PostgreSQL int4 cannot hold', () => {
    expect(dbId.safeParse(2_147_483_647).success).toBe(true);
    expect(dbId.safeParse(2_147_483_648).success).toBe(false);
    expect(dbId.safeParse(9_007_199_254_740_991).success).toBe(false);
  });
});
