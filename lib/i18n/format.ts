// 'ar' (not 'ar-EG'): Western digits, like the counts that next-intl formats for 'ar'.
/** Dates of articles are calendar dates (no time zone): format them in UTC so they never shift a day. */
export function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'ar' ? 'ar' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function directionOfLanguage(language: string): 'rtl' | 'ltr' {
  return ['ar', 'fa', 'he', 'ur'].includes(language) ? 'rtl' : 'ltr';
}
