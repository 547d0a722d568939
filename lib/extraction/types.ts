// The shapes of the claims engine's output. They follow ../shared/contracts/claims-cli.md
// exactly, because the CLI prints them as they are and the app stores them.

export type SlotType = 'quantity' | 'ordinal' | 'date' | 'duration' | 'percent' | 'money';
export type DurationUnit = 'day' | 'week' | 'month' | 'year';

interface SlotBase {
  type: SlotType;
  /** the exact text the figure came from, hedge included (e.g. «نحو 1200 شخص») */
  raw: string;
  /** JS string offsets into the decoded article text; `text.slice(start, end) === raw` */
  start: number;
  end: number;
  /** نحو، حوالي، قرابة، زهاء */
  approx?: boolean;
  /** أكثر من، ما لا يقل عن، ما يزيد على */
  atLeast?: boolean;
  /** أقل من، ما لا يزيد على */
  atMost?: boolean;
}

export interface QuantitySlot extends SlotBase {
  type: 'quantity' | 'percent' | 'ordinal';
  value?: number;
  /** vague ranges such as عشرات آلاف carry min/max instead of value */
  min?: number;
  max?: number;
  /** what is counted: شخص، رهينة، سجين … */
  unit?: string;
}

export interface MoneySlot extends SlotBase {
  type: 'money';
  value?: number;
  min?: number;
  max?: number;
  currency: string;
}

export interface DateSlot extends SlotBase {
  type: 'date';
  year: number | null;
  month: number | null;
  day: number | null;
  /** ISO weekday, Monday = 1 … Sunday = 7, when the text names one */
  weekday?: number | null;
  /**
   * what a relative date meant, kept even when resolved: 'today', 'day-1', 'weekday-last',
   * 'weekday-before-last', 'weekday-next', 'week-1', 'week+1', 'week', 'month-1', 'month+1', 'month',
   * 'year-1', 'year+1', 'year'. A week is resolved to its Monday (ISO weeks), with approx set.
   */
  relative?: string;
  /**
   * 'hijri' when the text gave a Hijri date («10 رمضان 1445 هـ»). year/month/day stay Gregorian
   * (converted with the Umm al-Qura calendar when the Hijri year is given, so every consumer can
   * compare them); `hijri` keeps what the text said.
   */
  calendar?: 'hijri';
  hijri?: { year: number | null; month: number; day: number | null };
}

export interface DurationSlot extends SlotBase {
  type: 'duration';
  value?: number;
  min?: number;
  max?: number;
  unit: DurationUnit;
}

export type Slot = QuantitySlot | MoneySlot | DateSlot | DurationSlot;

export type EntityType = 'person' | 'organization' | 'place';
export interface Entity {
  type: EntityType;
  name: string;
}

export interface Attribution {
  speaker: string | null;
  via: string | null;
}

export interface ArticleMeta {
  title: string | null;
  outlet: string | null;
  /** ISO date, YYYY-MM-DD, when the article says it */
  publishedAt: string | null;
  /** ISO 639-1 */
  language: string;
}

export type Section = 'body' | 'related';

export interface ExtractedClaim {
  text: string;
  start: number;
  end: number;
  section: Section;
  checkworthiness: number;
  reasons: string[];
  slots: Slot[];
  attribution: Attribution;
  entities: Entity[];
}

export interface ExtractedArticle {
  meta: ArticleMeta;
  claims: ExtractedClaim[];
}
