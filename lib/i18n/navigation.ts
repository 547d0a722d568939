import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

// Always import Link/redirect/useRouter from here, never from next/link, so the locale is kept.
// Server components that can appear on a public page use LocaleLink (./locale-link.tsx) instead:
// this Link is a client component that needs next-intl's provider, which public pages do not have.
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
