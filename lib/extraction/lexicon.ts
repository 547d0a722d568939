// Word lists for the slot scanners, written in ordinary spelling and normalized once at load,
// so the tables read naturally and still match «أيار», «ايار» and «أيّار» alike.
import { normalizeArabic } from '../arabic/normalize';
import type { DurationUnit } from './types';

const norm = normalizeArabic;
function table<T>(entries: Array<[string, T]>): ReadonlyMap<string, T> {
  return new Map(entries.map(([k, v]) => [norm(k), v]));
}
const words = (s: string) => s.split(/\s+/).filter(Boolean).map(norm);

// --- cardinal numbers in words -----------------------------------------------------------------
export const UNIT_WORDS = table<number>([
  ['واحد', 1], ['واحدة', 1], ['اثنان', 2], ['اثنين', 2], ['اثنتان', 2], ['اثنتين', 2],
  ['ثلاث', 3], ['ثلاثة', 3], ['أربع', 4], ['أربعة', 4], ['خمس', 5], ['خمسة', 5], ['ست', 6], ['ستة', 6],
  ['سبع', 7], ['سبعة', 7], ['ثمان', 8], ['ثماني', 8], ['ثمانية', 8], ['تسع', 9], ['تسعة', 9],
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
]);
/** first words of 11 and 12, which only occur before عشر/عشرة */
export const TEEN_HEADS = table<number>([
  ['أحد', 1], ['إحدى', 1], ['اثنا', 2], ['اثني', 2], ['اثنتا', 2], ['اثنتي', 2],
]);
export const TEN_WORDS = new Set(words('عشر عشرة'));
export const TENS_WORDS = table<number>([
  ['عشرون', 20], ['عشرين', 20], ['ثلاثون', 30], ['ثلاثين', 30], ['أربعون', 40], ['أربعين', 40],
  ['خمسون', 50], ['خمسين', 50], ['ستون', 60], ['ستين', 60], ['سبعون', 70], ['سبعين', 70],
  ['ثمانون', 80], ['ثمانين', 80], ['تسعون', 90], ['تسعين', 90],
]);
export const HUNDRED_WORDS = table<number>([
  ['مئة', 100], ['مائة', 100], ['مئتان', 200], ['مئتين', 200], ['مائتان', 200], ['مائتين', 200], ['مئتا', 200], ['مائتا', 200],
  ...(['ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'] as const).flatMap((u, k): Array<[string, number]> => [
    [u + 'مئة', (k + 3) * 100], [u + 'مائة', (k + 3) * 100],
  ]),
]);
/** multipliers after a count: «5 آلاف», «37 ألفا», «1.5 مليون»; value of the word alone is the map value */
export const MULTIPLIERS = table<{ factor: number; alone: number }>([
  ['ألف', { factor: 1e3, alone: 1e3 }], ['ألفا', { factor: 1e3, alone: 1e3 }], ['آلاف', { factor: 1e3, alone: 1e3 }],
  ['ألفان', { factor: 1e3, alone: 2e3 }], ['ألفين', { factor: 1e3, alone: 2e3 }],
  ['مليون', { factor: 1e6, alone: 1e6 }], ['مليونا', { factor: 1e6, alone: 1e6 }], ['ملايين', { factor: 1e6, alone: 1e6 }],
  ['مليونان', { factor: 1e6, alone: 2e6 }], ['مليونين', { factor: 1e6, alone: 2e6 }],
  ['مليار', { factor: 1e9, alone: 1e9 }], ['مليارا', { factor: 1e9, alone: 1e9 }], ['مليارات', { factor: 1e9, alone: 1e9 }],
  ['thousand', { factor: 1e3, alone: 1e3 }], ['million', { factor: 1e6, alone: 1e6 }], ['billion', { factor: 1e9, alone: 1e9 }],
]);
/**
 * Vague plurals: «عشرات» is "tens", read as 2 to 9.9 tens (20–99), the convention of the claims
 * contract; «مئات» 200–999 and so on. A following plural multiplier scales the range:
 * «عشرات آلاف» 20,000–99,999.
 */
export const VAGUE_WORDS = table<{ min: number; max: number }>([
  ['عشرات', { min: 20, max: 99 }], ['مئات', { min: 200, max: 999 }], ['مئات', { min: 200, max: 999 }],
  ['آلاف', { min: 2000, max: 9999 }], ['ملايين', { min: 2e6, max: 9999999 }], ['بضع', { min: 3, max: 9 }], ['بضعة', { min: 3, max: 9 }],
  ['dozens', { min: 24, max: 99 }], ['hundreds', { min: 200, max: 999 }], ['thousands', { min: 2000, max: 9999 }],
]);
export const VAGUE_SCALES = table<number>([
  ['آلاف', 1e3], ['الآلاف', 1e3], ['ملايين', 1e6], ['الملايين', 1e6], ['مليارات', 1e9], ['المليارات', 1e9],
]);

// --- hedges ------------------------------------------------------------------------------------
export type HedgeKind = 'approx' | 'atLeast' | 'atMost';
export interface Hedge {
  words: string[];
  kind: HedgeKind;
}
const hedges = (kind: HedgeKind, list: string[]): Hedge[] => list.map((p) => ({ words: words(p), kind }));
/** longest first, so «ما لا يقل عن» wins over «عن» */
export const HEDGES: Hedge[] = [
  ...hedges('approx', ['نحو', 'حوالي', 'حوالى', 'قرابة', 'زهاء', 'ما يقارب', 'يقارب', 'ما يناهز', 'يناهز', 'تقريبا', 'about', 'around', 'nearly', 'almost', 'approximately', 'roughly', 'some']),
  ...hedges('atLeast', ['أكثر من', 'ما لا يقل عن', 'لا يقل عن', 'ما يزيد على', 'ما يزيد عن', 'يزيد على', 'يزيد عن', 'ما يربو على', 'يربو على', 'ما يفوق', 'يفوق', 'أزيد من', 'more than', 'at least', 'over']),
  ...hedges('atMost', ['أقل من', 'ما لا يزيد عن', 'ما لا يزيد على', 'لا يزيد عن', 'لا يزيد على', 'ما لا يتجاوز', 'لا يتجاوز', 'less than', 'fewer than', 'at most', 'up to']),
].sort((a, b) => b.words.length - a.words.length);

// --- what is counted ---------------------------------------------------------------------------
/** inflected forms → the singular an editor would search for */
export const COUNT_UNITS = table<string>(
  (
    [
      ['شخص', 'شخص شخصا أشخاص'], ['رهينة', 'رهينة رهائن'], ['محتجز', 'محتجز محتجزا محتجزين محتجزون'],
      ['سجين', 'سجين سجينا سجناء'], ['أسير', 'أسير أسيرا أسرى'], ['فلسطيني', 'فلسطيني فلسطينيا فلسطينيين فلسطينيون'],
      ['إسرائيلي', 'إسرائيلي إسرائيليا إسرائيليين'], ['قتيل', 'قتيل قتيلا قتلى'], ['جريح', 'جريح جريحا جرحى'],
      ['مصاب', 'مصاب مصابا مصابين'], ['ضحية', 'ضحية ضحايا'], ['طفل', 'طفل طفلا أطفال'], ['امرأة', 'امرأة نساء'],
      ['مدني', 'مدني مدنيا مدنيين'], ['جندي', 'جندي جنديا جنود'], ['مقاتل', 'مقاتل مقاتلا مقاتلين'],
      ['شاحنة', 'شاحنة شاحنات'], ['منزل', 'منزل منزلا منازل'], ['مرحلة', 'مرحلة مراحل'], ['دولة', 'دولة دول'],
      ['مرة', 'مرة مرات'], ['صاروخ', 'صاروخ صاروخا صواريخ'], ['غارة', 'غارة غارات'], ['ساعة', 'ساعة ساعات'],
      ['نازح', 'نازح نازحا نازحين'], ['عامل', 'عامل عاملا عمال'], ['صحفي', 'صحفي صحفيا صحفيين'],
      ['كيلومتر', 'كيلومتر كيلومترا كيلومترات كم'], ['طن', 'طن طنا أطنان'], ['وفد', 'وفد وفود'],
      ['person', 'people persons'], ['hostage', 'hostage hostages'], ['prisoner', 'prisoner prisoners'],
      ['Palestinian', 'Palestinian Palestinians'], ['civilian', 'civilians'], ['truck', 'trucks'],
    ] as const
  ).flatMap(([unit, forms]): Array<[string, string]> => forms.split(' ').map((f) => [f, unit])),
);

export const PERCENT_WORDS = new Set(words('بالمئة بالمائة بالمية percent'));
export const PERCENT_PHRASES = [words('في المئة'), words('في المائة'), words('per cent')];

/** currency words → ISO 4217; XXX where the word alone does not say which country's */
export const CURRENCIES = table<string>([
  ['دولار', 'USD'], ['دولارا', 'USD'], ['دولارات', 'USD'], ['$', 'USD'], ['dollars', 'USD'], ['dollar', 'USD'],
  ['يورو', 'EUR'], ['euros', 'EUR'], ['جنيه', 'EGP'], ['جنيها', 'EGP'], ['جنيهات', 'EGP'],
  ['ريال', 'SAR'], ['ريالا', 'SAR'], ['ريالات', 'SAR'], ['درهم', 'AED'], ['دراهم', 'AED'],
  ['دينار', 'XXX'], ['دينارا', 'XXX'], ['دنانير', 'XXX'], ['ليرة', 'XXX'], ['ليرات', 'XXX'],
  ['شيكل', 'ILS'], ['شيقل', 'ILS'], ['شواكل', 'ILS'],
]);
/** the adjective after a currency word that names the country */
export const CURRENCY_COUNTRY = table<string>([
  ['قطري', 'QAR'], ['عماني', 'OMR'], ['يمني', 'YER'], ['مغربي', 'MAD'], ['أردني', 'JOD'], ['كويتي', 'KWD'],
  ['عراقي', 'IQD'], ['بحريني', 'BHD'], ['ليبي', 'LYD'], ['تونسي', 'TND'], ['جزائري', 'DZD'], ['لبنانية', 'LBP'],
  ['تركية', 'TRY'], ['سورية', 'SYP'], ['إسترليني', 'GBP'], ['استرليني', 'GBP'], ['سعودي', 'SAR'], ['إماراتي', 'AED'],
]);

// --- time --------------------------------------------------------------------------------------
export const DURATION_UNITS = table<{ unit: DurationUnit; count: number }>([
  ...['يوم', 'يوما', 'أيام', 'day', 'days'].map((w): [string, { unit: DurationUnit; count: number }] => [w, { unit: 'day', count: 1 }]),
  ...['أسبوع', 'أسبوعا', 'أسابيع', 'week', 'weeks'].map((w): [string, { unit: DurationUnit; count: number }] => [w, { unit: 'week', count: 1 }]),
  ...['شهر', 'شهرا', 'أشهر', 'شهور', 'month', 'months'].map((w): [string, { unit: DurationUnit; count: number }] => [w, { unit: 'month', count: 1 }]),
  ...['عام', 'عاما', 'أعوام', 'سنة', 'سنوات', 'سنين', 'year', 'years'].map((w): [string, { unit: DurationUnit; count: number }] => [w, { unit: 'year', count: 1 }]),
  ['يومين', { unit: 'day', count: 2 }], ['يومان', { unit: 'day', count: 2 }], ['أسبوعين', { unit: 'week', count: 2 }],
  ['أسبوعان', { unit: 'week', count: 2 }], ['شهرين', { unit: 'month', count: 2 }], ['شهران', { unit: 'month', count: 2 }],
  ['عامين', { unit: 'year', count: 2 }], ['عامان', { unit: 'year', count: 2 }], ['سنتين', { unit: 'year', count: 2 }],
]);
/** a bare unit word is a duration of one only in these frames: «منذ شهر», «لمدة أسبوع», «استمرت أسبوعا» */
export const DURATION_LEADS = new Set(words('منذ لمدة مدة خلال طوال قبل بعد استمرت استمر يستمر تستمر for'));
export const ACCUSATIVE_UNITS = new Set(words('يوما أسبوعا شهرا عاما'));

export const MONTHS = table<number>([
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['أبريل', 4], ['إبريل', 4], ['مايو', 5], ['يونيو', 6], ['يونيه', 6],
  ['يوليو', 7], ['يوليه', 7], ['أغسطس', 8], ['سبتمبر', 9], ['أكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
  ['شباط', 2], ['آذار', 3], ['نيسان', 4], ['أيار', 5], ['حزيران', 6], ['تموز', 7], ['أيلول', 9],
  ['جانفي', 1], ['فيفري', 2], ['أفريل', 4], ['جوان', 6], ['جويلية', 7],
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7],
  ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
]);
/** Levantine months of two words; «آب» (August) is also "father", so it needs a day, year or pair */
export const TWO_WORD_MONTHS: Array<{ words: string[]; month: number }> = [
  { words: words('كانون الثاني'), month: 1 }, { words: words('تشرين الأول'), month: 10 },
  { words: words('تشرين الثاني'), month: 11 }, { words: words('كانون الأول'), month: 12 },
];
export const AMBIGUOUS_MONTHS = table<number>([['آب', 8]]);
/** «نهاية مايو», «مطلع ديسمبر»: part of a month, day unknown */
export const MONTH_PARTS = new Set(words('نهاية أواخر مطلع بداية أوائل مستهل منتصف أواسط أول'));
export const PAST = new Set(words('الماضي الماضية المنصرم المنصرمة last'));
export const NEXT = new Set(words('المقبل المقبلة القادم القادمة next'));
export const CURRENT = new Set(words('الجاري الجارية الحالي الحالية this'));
/** ISO weekday numbers, Monday = 1 … Sunday = 7 */
export const WEEKDAYS = table<number>([
  ['الاثنين', 1], ['الإثنين', 1], ['الثلاثاء', 2], ['الأربعاء', 3], ['الخميس', 4], ['الجمعة', 5], ['السبت', 6], ['الأحد', 7],
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
]);
export const YEAR_WORDS = new Set(words('عام العام سنة السنة عامي'));

// --- ordinals ----------------------------------------------------------------------------------
const ORDINAL_STEMS: Array<[string, string, number]> = [
  ['الأول', 'الأولى', 1], ['الثاني', 'الثانية', 2], ['الثالث', 'الثالثة', 3], ['الرابع', 'الرابعة', 4],
  ['الخامس', 'الخامسة', 5], ['السادس', 'السادسة', 6], ['السابع', 'السابعة', 7], ['الثامن', 'الثامنة', 8],
  ['التاسع', 'التاسعة', 9], ['العاشر', 'العاشرة', 10],
];
/** both genders, with the article; «الحادي عشر» and «الثاني عشر» are built by the scanner */
export const ORDINALS = table<number>([
  ...ORDINAL_STEMS.flatMap(([m, f, v]): Array<[string, number]> => [[m, v], [f, v]]),
  ['الحادي', 1], ['الحادية', 1],
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10],
]);
/** without the article: «أول دولة عربية», «ثامن زيارة» */
export const BARE_ORDINALS = table<number>([
  ['أول', 1], ['ثاني', 2], ['ثالث', 3], ['رابع', 4], ['خامس', 5], ['سادس', 6], ['سابع', 7], ['ثامن', 8], ['تاسع', 9], ['عاشر', 10],
]);
export const ORDINAL_TENS = table<number>([
  ['العشرون', 20], ['العشرين', 20], ['الثلاثون', 30], ['الثلاثين', 30], ['الأربعون', 40], ['الأربعين', 40], ['الخمسون', 50], ['الخمسين', 50],
]);
/** the counted thing an ordinal ranks, looked for a few words back: «الزيارة العاشرة», «جولة بلينكن … الثامنة» */
export const ORDINAL_HEADS: Array<[RegExp, string]> = [
  [/^(?:ال)?زيار/, 'زيارة'], [/^(?:ال)?جول(?:ه|ت)/, 'جولة'], [/^(?:ال)?محط(?:ه|ت)/, 'محطة'], [/^(?:ال)?مرحل(?:ه|ت)/, 'مرحلة'],
  [/^(?:ال)?دور(?:ه|ت)/, 'دورة'], [/^(?:ال)?ولاي(?:ه|ت)/, 'ولاية'], [/^(?:ال)?جلس(?:ه|ت)/, 'جلسة'], [/^(?:ال)?مر(?:ه|ت)$/, 'مرة'],
  [/^visit/, 'visit'], [/^trip/, 'trip'],
];

// --- Hijri months --------------------------------------------------------------------------------
/** one-word Hijri months; «صفر» is also «zero» and «رمضان»/«شعبان»/«رجب» are also names, so the scanner asks for a frame */
export const HIJRI_MONTHS = table<number>([
  ['محرم', 1], ['صفر', 2], ['رجب', 7], ['شعبان', 8], ['رمضان', 9], ['شوال', 10],
]);
/** two-word Hijri months */
export const HIJRI_TWO_WORD: Array<{ words: string[]; month: number }> = [
  ['ربيع الأول', 3], ['ربيع الثاني', 4], ['ربيع الآخر', 4], ['جمادى الأولى', 5], ['جمادى الآخرة', 6], ['جمادى الثانية', 6],
  ['جمادى الأول', 5], ['جمادى الآخر', 6], ['ذو القعدة', 11], ['ذي القعدة', 11], ['ذو الحجة', 12], ['ذي الحجة', 12],
].map(([w, m]) => ({ words: words(String(w)), month: Number(m) }));
/** plural time units: «لمدة أسابيع» is a vague 3 to 10, the range of the Arabic plural of paucity */
export const PLURAL_UNITS = table<DurationUnit>([
  ['أيام', 'day'], ['أسابيع', 'week'], ['أشهر', 'month'], ['شهور', 'month'], ['أعوام', 'year'], ['سنوات', 'year'], ['سنين', 'year'],
]);
export const VAGUE_PLURAL = { min: 3, max: 10 };

// --- which country's dinar or lira ---------------------------------------------------------------
/** currency words whose country the word alone does not say */
export const CURRENCY_FAMILY = table<'dinar' | 'lira'>([
  ['دينار', 'dinar'], ['دينارا', 'dinar'], ['دنانير', 'dinar'], ['الدينار', 'dinar'], ['ليرة', 'lira'], ['ليرات', 'lira'], ['الليرة', 'lira'],
]);
/**
 * Countries and their adjectives (any gender, with or without the article) → ISO 4217 code of
 * their dinar or lira: «دينار أردني», «الليرة اللبنانية», «في الأردن … 500 دينار».
 */
export const COUNTRY_CURRENCY: ReadonlyMap<string, { dinar?: string; lira?: string }> = new Map(
  (
    [
      ['أردني الأردن', { dinar: 'JOD' }], ['كويتي الكويت', { dinar: 'KWD' }], ['عراقي العراق', { dinar: 'IQD' }],
      ['بحريني البحرين', { dinar: 'BHD' }], ['ليبي ليبيا', { dinar: 'LYD' }], ['تونسي تونس', { dinar: 'TND' }],
      ['جزائري الجزائر', { dinar: 'DZD' }], ['صربي صربيا', { dinar: 'RSD' }], ['لبناني لبنان', { lira: 'LBP' }],
      ['تركي تركيا', { lira: 'TRY' }], ['سوري سوريا سورية', { lira: 'SYP' }],
    ] as const
  ).flatMap(([forms, codes]) => words(forms).flatMap((w) => [[w, codes] as const, ['ال' + w, codes] as const, [w + 'ه', codes] as const, ['ال' + w + 'ه', codes] as const])),
);
