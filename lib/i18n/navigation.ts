import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

// Always import Link/redirect/useRouter from here, never from next/link, so the locale is kept.
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
