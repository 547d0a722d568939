import localFont from 'next/font/local';

// Self-hosted (Google Fonts cannot be fetched at build time here): Noto Sans Arabic, variable
// weight 400–800, cut down to the Arabic block and the spaces by lib/ops/arabic-font.ts from
// @fontsource-variable's Arabic file (54 KB instead of 166 KB: the font is preloaded, and on a slow
// phone connection its bytes came before the first text). Latin text uses the system font.
export const notoSansArabic = localFont({
  src: [{ path: './fonts/noto-sans-arabic-subset.woff2', weight: '400 800' }],
  variable: '--font-arabic',
  display: 'swap',
  fallback: ['system-ui', 'Segoe UI', 'Tahoma', 'sans-serif'],
});
