// Known names for the entity finder. Each entry has one canonical name (what the app shows and
// groups by) and the other spellings news uses. Editors extend this from the UI: the app passes
// the database's entities as `extraGazetteer`, in the same shape.
import type { EntityType } from './types';

export interface GazetteerEntry {
  type: EntityType;
  name: string;
  aliases?: string[];
}

export const GAZETTEER: GazetteerEntry[] = [
  // people
  { type: 'person', name: 'أنتوني بلينكن', aliases: ['بلينكن', 'أنتوني بلينكن', 'انتوني بلينكن', 'Blinken', 'Antony Blinken'] },
  { type: 'person', name: 'عبد الفتاح السيسي', aliases: ['السيسي', 'عبدالفتاح السيسي', 'Sisi'] },
  { type: 'person', name: 'جو بايدن', aliases: ['بايدن', 'جوزيف بايدن', 'Biden', 'Joe Biden'] },
  { type: 'person', name: 'بنيامين نتنياهو', aliases: ['نتنياهو', 'نتانياهو', 'بنيامين نتانياهو', 'Netanyahu'] },
  { type: 'person', name: 'وليام بيرنز', aliases: ['بيرنز', 'بيل بيرنز', 'ويليام بيرنز', 'Burns'] },
  { type: 'person', name: 'عباس كامل', aliases: ['اللواء عباس كامل'] },
  { type: 'person', name: 'ماثيو ميلر', aliases: ['ميلر', 'ميللر', 'ماثيو ميللر', 'Matthew Miller'] },
  { type: 'person', name: 'جون كيربي', aliases: ['كيربي', 'John Kirby'] },
  { type: 'person', name: 'يوآف غالانت', aliases: ['غالانت', 'جالانت', 'يوآف جالانت', 'Gallant'] },
  { type: 'person', name: 'بيني غانتس', aliases: ['غانتس', 'جانتس', 'بيني جانتس', 'Gantz'] },
  { type: 'person', name: 'بدر عبد العاطي', aliases: ['عبد العاطي', 'بدر عبدالعاطي'] },
  { type: 'person', name: 'يحيى السنوار', aliases: ['السنوار'] },
  { type: 'person', name: 'إسماعيل هنية', aliases: ['هنية'] },
  { type: 'person', name: 'أنطونيو غوتيريش', aliases: ['غوتيريش', 'جوتيريش', 'غوتيريس', 'Guterres'] },
  { type: 'person', name: 'جيك سوليفان', aliases: ['سوليفان', 'Sullivan'] },
  { type: 'person', name: 'دونالد ترامب', aliases: ['ترامب', 'Trump'] },
  { type: 'person', name: 'ديفيد هيرست', aliases: ['هيرست'] },
  { type: 'person', name: 'أسامة حمدان', aliases: ['حمدان'] },
  // organizations
  { type: 'organization', name: 'حماس', aliases: ['حركة حماس', 'Hamas'] },
  { type: 'organization', name: 'وزارة الصحة', aliases: ['وزارة الصحة في غزة'] },
  { type: 'organization', name: 'وزارة الخارجية الأمريكية', aliases: ['الخارجية الأمريكية', 'الخارجية الأميركية', 'وزارة الخارجية الأميركية', 'State Department'] },
  { type: 'organization', name: 'البيت الأبيض', aliases: ['White House'] },
  { type: 'organization', name: 'وكالة فرانس برس', aliases: ['فرانس برس', 'الوكالة الفرنسية', 'AFP'] },
  { type: 'organization', name: 'رويترز', aliases: ['وكالة رويترز', 'Reuters'] },
  { type: 'organization', name: 'وكالة الاستخبارات المركزية الأمريكية', aliases: ['وكالة الاستخبارات المركزية الأميركية', 'وكالة الاستخبارات المركزية', 'سي آي إيه', 'CIA'] },
  { type: 'organization', name: 'مجلس الأمن الدولي', aliases: ['مجلس الأمن', 'Security Council'] },
  { type: 'organization', name: 'الأمم المتحدة', aliases: ['United Nations'] },
  { type: 'organization', name: 'الجيش الإسرائيلي', aliases: ['جيش الاحتلال'] },
  { type: 'organization', name: 'الرئاسة المصرية', aliases: [] },
  { type: 'organization', name: 'حزب الله', aliases: ['Hezbollah'] },
  { type: 'organization', name: 'الأونروا', aliases: ['UNRWA'] },
  // places
  { type: 'place', name: 'إسرائيل', aliases: ['Israel'] },
  { type: 'place', name: 'غزة', aliases: ['قطاع غزة', 'Gaza'] },
  { type: 'place', name: 'القاهرة', aliases: ['Cairo'] },
  { type: 'place', name: 'رفح', aliases: ['مدينة رفح', 'Rafah'] },
  { type: 'place', name: 'معبر رفح', aliases: [] },
  { type: 'place', name: 'مصر', aliases: ['Egypt'] },
  { type: 'place', name: 'قطر', aliases: ['Qatar'] },
  { type: 'place', name: 'الولايات المتحدة', aliases: ['أمريكا', 'أميركا', 'United States'] },
  { type: 'place', name: 'واشنطن', aliases: ['Washington'] },
  { type: 'place', name: 'الأردن', aliases: ['Jordan'] },
  { type: 'place', name: 'السعودية', aliases: ['المملكة العربية السعودية', 'Saudi Arabia'] },
  { type: 'place', name: 'جدة', aliases: [] },
  { type: 'place', name: 'القدس', aliases: ['Jerusalem'] },
  { type: 'place', name: 'الدوحة', aliases: ['Doha'] },
  { type: 'place', name: 'مانيلا', aliases: ['Manila'] },
  { type: 'place', name: 'الضفة الغربية', aliases: ['West Bank'] },
  { type: 'place', name: 'لبنان', aliases: ['Lebanon'] },
  { type: 'place', name: 'إيران', aliases: ['Iran'] },
  { type: 'place', name: 'الشرق الأوسط', aliases: ['Middle East'] },
  { type: 'place', name: 'تل أبيب', aliases: ['Tel Aviv'] },
  { type: 'place', name: 'خان يونس', aliases: ['Khan Younis'] },
];
