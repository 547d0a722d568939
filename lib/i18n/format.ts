/** Dates of articles are calendar dates (no time zone): format them in UTC so they never shift a day. */
export function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'ar' ? 'ar-EG' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function directionOfLanguage(language: string): 'rtl' | 'ltr' {
  return ['ar', 'fa', 'he', 'ur'].includes(language) ? 'rtl' : 'ltr';
}
