import type { ReactNode } from 'react';

// The real root layout is app/[locale]/layout.tsx (it knows the language and direction).
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
