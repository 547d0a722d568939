import { directionOfLanguage } from '@/lib/i18n/format';

/**
 * The text in the page's language when the fact-check has it, else the Arabic original, with
 * the language and direction of the text actually shown (an English page can show Arabic).
 */
export function localizedText(locale: string, ar: string, en: string | null): { text: string; lang: string; dir: 'rtl' | 'ltr' } {
  const lang = locale === 'en' && en ? 'en' : 'ar';
  return { text: lang === 'en' ? en! : ar, lang, dir: directionOfLanguage(lang) };
}
