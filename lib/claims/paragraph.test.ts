import { describe, it, expect } from 'vitest';
import { paragraphAround } from './paragraph';

describe('paragraphAround', () => {
  const text = 'السطر الأول.\nوقال بلينكن إن الزيارة هي الثامنة. وأضاف أن المحادثات جيدة.\nسطر أخير.';
  it('returns the line holding the passage, split around it', () => {
    const start = text.indexOf('وأضاف');
    const end = text.indexOf('جيدة.') + 'جيدة.'.length;
    expect(paragraphAround(text, start, end)).toEqual({
      before: 'وقال بلينكن إن الزيارة هي الثامنة. ',
      passage: 'وأضاف أن المحادثات جيدة.',
      after: '',
    });
  });
  it('works at the start and the end of the text', () => {
    expect(paragraphAround(text, 0, 5).before).toBe('');
    expect(paragraphAround(text, text.length - 4, text.length).after).toBe('');
  });
});
