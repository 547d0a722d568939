import localFont from 'next/font/local';

// Self-hosted (Google Fonts cannot be fetched at build time here): Noto Sans Arabic, variable
// weight, from @fontsource-variable. The Latin subset comes with it so mixed runs match.
export const notoSansArabic = localFont({
  src: [
    { path: '../node_modules/@fontsource-variable/noto-sans-arabic/files/noto-sans-arabic-arabic-wght-normal.woff2', weight: '100 900' },
  ],
  variable: '--font-arabic',
  display: 'swap',
  fallback: ['system-ui', 'Segoe UI', 'Tahoma', 'sans-serif'],
});
