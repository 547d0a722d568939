// Attribution across sentences and people after long titles, on sentences from Arabic news.
import { describe, expect, it } from 'vitest';
import { findAttribution } from './attribution';
import { extractEntities } from './entities';
import { extractArticle } from './index';

const speakers = (text: string) => extractArticle(text, { includeAll: true }).claims.map((c) => c.attribution.speaker);

describe('«وقال الوزير» resolves to the minister named earlier', () => {
  it('title then name, later the bare title', () => {
    const text = 'يبدأ وزير الخارجية الأمريكي أنتوني بلينكن زيارة إلى جدة والقاهرة، اليوم الأربعاء. وقال الوزير في مؤتمر صحفي في مانيلا إن المحادثات مستمرة.';
    expect(speakers(text)).toEqual([null, 'أنتوني بلينكن']);
  });
  it('a spokesman not in the gazetteer, then «وأضاف المتحدث»', () => {
    const text = 'قال المتحدث باسم وزارة الخارجية القطرية ماجد الأنصاري إن المفاوضات مستمرة.\n\nوأضاف المتحدث أن الوسطاء يعملون على مدار الساعة.';
    expect(speakers(text)).toEqual(['المتحدث باسم وزارة الخارجية القطرية ماجد الأنصاري', 'ماجد الأنصاري']);
  });
  it('adjectives pick between two presidents; the bare title alone is ambiguous and stays as written', () => {
    const text = 'التقى الرئيس المصري عبد الفتاح السيسي الرئيس الأمريكي جو بايدن في القاهرة. وقال الرئيس الأمريكي إن الاتفاق قريب. وقال الرئيس إن الجهود مستمرة.';
    expect(speakers(text)).toEqual([null, 'جو بايدن', 'الرئيس']);
  });
  it('without an earlier mention the title stays as written', () => {
    expect(speakers('وقال الوزير في مؤتمر صحفي إن المحادثات مستمرة.')).toEqual(['الوزير']);
  });
});

describe('pronoun speakers take the previous sentence’s speaker in the same paragraph', () => {
  it('«وأضاف» and «وقال إنه» after a named speaker', () => {
    const text = 'قال الرئيس الأمريكي جو بايدن، اليوم الخميس، إنه لم يفقد الأمل في التوصل إلى اتفاق. وأضاف أن حماس يجب أن تقبل العرض. وقال إنه سيواصل الضغط.';
    expect(speakers(text)).toEqual(['الرئيس الأمريكي جو بايدن', 'الرئيس الأمريكي جو بايدن', 'الرئيس الأمريكي جو بايدن']);
  });
  it('stays null across a paragraph break, after a sentence without a speaker, or when the verb’s gender differs', () => {
    expect(speakers('قال بلينكن إن المحادثات مستمرة.\n\nوأضاف أن الاتفاق قريب.')).toEqual(['بلينكن', null]);
    expect(speakers('وصل بلينكن إلى القاهرة يوم الاثنين. وقال إنه متفائل.')).toEqual([null, null]);
    expect(speakers('قال بلينكن إن المحادثات مستمرة. وأضافت أن الاتفاق قريب.')).toEqual(['بلينكن', null]);
  });
  it('a single sentence on its own keeps the pronoun speaker null', () => {
    expect(findAttribution('وقال إنه لم يفقد الأمل', 0, 'وقال إنه لم يفقد الأمل'.length)).toEqual({ speaker: null, via: null });
  });
});

describe('speaker phrases are read to the end of a long title', () => {
  it('«في» inside the title and more than eight words', () => {
    const s = 'وقال مدير مكتب الإعلام الحكومي في غزة إسماعيل الثوابتة، إن عدد الشاحنات تراجع';
    expect(findAttribution(s, 0, s.length).speaker).toBe('مدير مكتب الإعلام الحكومي في غزة إسماعيل الثوابتة');
    const t = 'قال المتحدث باسم مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية ينس لاركيه إن الوضع كارثي';
    expect(findAttribution(t, 0, t.length).speaker).toBe('المتحدث باسم مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية ينس لاركيه');
  });
  it('a title with a comma before the name', () => {
    const s = 'وقال وزير الخارجية الأميركي، أنتوني بلينكن، إن الاتفاق ممكن';
    expect(findAttribution(s, 0, s.length).speaker).toBe('وزير الخارجية الأميركي، أنتوني بلينكن');
  });
});

describe('people after titles in the genitive construct', () => {
  it('finds names the gazetteer lacks', () => {
    const names = (s: string) => extractEntities(s).filter((e) => e.type === 'person').map((e) => e.name);
    expect(names('وقال وزير الخارجية الأردني أيمن الصفدي إن المملكة ترفض التهجير')).toEqual(['أيمن الصفدي']);
    expect(names('وصل رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني إلى القاهرة')).toEqual(['محمد بن عبد الرحمن آل ثاني']);
    expect(names('وقال مدير مكتب الإعلام الحكومي في غزة إسماعيل الثوابتة إن الوضع صعب')).toEqual(['إسماعيل الثوابتة']);
  });
  it('resolves a known person behind a long genitive title to the canonical name', () => {
    expect(extractEntities('وصل مدير وكالة الاستخبارات المركزية الأميركية بيل بيرنز إلى الدوحة')).toEqual([
      { type: 'organization', name: 'وكالة الاستخبارات المركزية الأمريكية' },
      { type: 'person', name: 'وليام بيرنز' },
      { type: 'place', name: 'الدوحة' },
    ]);
    expect(extractEntities('التقى الرئيس المصري عبد الفتاح السيسي').map((e) => e.name)).toEqual(['عبد الفتاح السيسي']);
  });
  it('does not take a noun after a title for a name', () => {
    expect(extractEntities('بعد إجراء محادثات مع الرئيس المصري بشأن الحلول التي تسمح بإعادة فتح المعبر')).toEqual([]);
    expect(extractEntities('وقال الوزير في مؤتمر صحفي في مانيلا')).toEqual([{ type: 'place', name: 'مانيلا' }]);
  });
});

describe('organisations by pattern', () => {
  it('وزارة، حركة، وكالة، مجلس with their genitive, clitics removed', () => {
    const orgs = (s: string) => extractEntities(s).filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgs('وأعلنت وزارة الخارجية القطرية الاثنين أن الوفد وصل')).toEqual(['وزارة الخارجية القطرية']);
    expect(orgs('وقالت حركة الجهاد الإسلامي إن مقاتليها استهدفوا دبابة')).toEqual(['حركة الجهاد الإسلامي']);
    expect(orgs('ونقلت وكالة الأنباء الأردنية الرسمية عن مصدر قوله')).toEqual(['وكالة الأنباء الأردنية الرسمية']);
    expect(orgs('وصوت مجلس النواب الأمريكي على المساعدات')).toEqual(['مجلس النواب الأمريكي']);
    expect(orgs('وأكدت حركة فتح في بيان أن')).toEqual(['حركة فتح']);
    expect(orgs('بحسب مصدر بوزارة التربية الفلسطينية')).toEqual(['وزارة التربية الفلسطينية']);
  });
  it('gazetteer names win and a bare head is not an organisation', () => {
    expect(extractEntities('وقالت حركة حماس إن')).toEqual([{ type: 'organization', name: 'حماس' }]);
    expect(extractEntities('وقالت الوزارة في بيان إن')).toEqual([]);
  });
});
