import { describe, expect, it } from 'vitest';
import { findAttribution } from './attribution';
import { extractEntities } from './entities';

const attr = (s: string) => findAttribution(s, 0, s.length);

describe('extractEntities', () => {
  it('gives one canonical name for every spelling and clitic', () => {
    const e = extractEntities('وصل أنتوني بلينكن إلى القاهرة، وهذه الزيارة العاشرة لبلينكن بعد لقائه بنتنياهو في إسرائيل.');
    expect(e).toEqual([
      { type: 'person', name: 'أنتوني بلينكن' },
      { type: 'place', name: 'القاهرة' },
      { type: 'person', name: 'بنيامين نتنياهو' },
      { type: 'place', name: 'إسرائيل' },
    ]);
  });
  it('finds people not in the gazetteer after a title', () => {
    expect(extractEntities('وقال المتحدث باسم وزارة الداخلية خالد منصور، إن الوضع هادئ')).toContainEqual({ type: 'person', name: 'خالد منصور' });
  });
  it('takes extra entries from editors, which win over the built-in list', () => {
    const extra = [{ type: 'organization' as const, name: 'وكالة معا الإخبارية', aliases: ['معا'] }];
    expect(extractEntities('وذكرت معا أن الوفد وصل', extra)).toEqual([{ type: 'organization', name: 'وكالة معا الإخبارية' }]);
    expect(extractEntities('وذكرت معا أن الوفد وصل')).toEqual([]);
  });
  it('reads multi-word places', () => {
    expect(extractEntities('وتؤدي مصر إلى جانب الولايات المتحدة وقطر دورا أساسيا').map((e) => e.name)).toEqual(['مصر', 'الولايات المتحدة', 'قطر']);
  });
});

describe('findAttribution', () => {
  it('speaker after a speech verb, ending at the comma', () => {
    expect(attr('وقال المتحدث باسم وزارة الخارجية ماثيو ميللر، في بيان إن بلينكن سيبحث')).toEqual({
      speaker: 'المتحدث باسم وزارة الخارجية ماثيو ميللر',
      via: null,
    });
  });
  it('via after وفق، وفقاً لـ، بحسب', () => {
    expect(attr('ولن تشمل الزيارة إسرائيل، وفق فرانس برس.').via).toBe('فرانس برس');
    expect(attr('ويهدف هذا الحوار، وفقاً لواشنطن، إلى تعزيز العلاقات').via).toBe('واشنطن');
    expect(attr('وأسفر عن مقتل 1194 شخصا، بحسب حصيلة أعدتها وكالة فرانس برس استنادا إلى أرقام رسمية').via).toBe('حصيلة أعدتها وكالة فرانس برس');
  });
  it('«نقل X عن Y»: X is the via, Y the speaker', () => {
    expect(attr('ونقلت الوكالة عن بلينكن قوله إنه سيواصل المحادثات')).toEqual({ speaker: 'بلينكن', via: 'الوكالة' });
  });
  it('«وكان ميلر قد أكد»: the speaker before the verb', () => {
    expect(attr('وكان ميلر قد أكد في تصريح سابق الأحد، أن واشنطن تعتقد').speaker).toBe('ميلر');
  });
  it('a pronoun-only speaker stays null', () => {
    expect(attr('وقال إنه لم يفقد الأمل')).toEqual({ speaker: null, via: null });
  });
});
