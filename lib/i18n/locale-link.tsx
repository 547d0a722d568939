import type { ComponentProps } from 'react';
import NextLink from 'next/link';
import { getLocale } from 'next-intl/server';
import { localizedPath } from './routing';

type Props = Omit<ComponentProps<typeof NextLink>, 'href'> & { href: string };

/**
 * A link to a page in the current language, for server components: next/link with the locale
 * prefix put in on the server. Unlike next-intl's client `Link`, it needs no next-intl code in the
 * browser, so the public pages ship without it (about 12 KB of compressed JavaScript). Does not
 * prefetch unless asked: a prefetch is a per-request render that bypasses the page cache.
 * It must not import ./navigation: merely importing next-intl's navigation puts its client Link,
 * and next-intl's client runtime with it, into the page's JavaScript.
 */
export async function LocaleLink({ href, prefetch = false, ...rest }: Props) {
  const locale = await getLocale();
  return <NextLink href={localizedPath(locale, href)} prefetch={prefetch} {...rest} />;
}
