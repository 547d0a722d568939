import 'server-only';
import type { ReactNode } from 'react';
import { NextIntlClientProvider, type AbstractIntlMessages } from 'next-intl';
import { getMessages } from 'next-intl/server';

/**
 * The message namespaces each area's client components read (useTranslations in a 'use client'
 * file). Only these are sent to the browser: without a list, NextIntlClientProvider would put
 * every message of the app (≈ 34 KB of Arabic) into every page's payload, public pages included.
 * client-messages.test.ts fails when a client component reads a namespace its area does not send.
 */
export const CLIENT_NAMESPACES = {
  // none: the public pages have no provider and ship no next-intl client code
  public: [],
  auth: ['errors', 'auth', 'users'],
  editor: ['errors', 'auth', 'editorNav', 'users', 'reader', 'claimsTable', 'queue', 'claim', 'claimSets', 'import'],
} as const;

export type ClientArea = keyof typeof CLIENT_NAMESPACES;

/** A provider with the messages of `area` for the client components below it. */
export async function ClientMessages({ area, children }: { area: Exclude<ClientArea, 'public'>; children: ReactNode }) {
  const all = (await getMessages()) as AbstractIntlMessages;
  const messages: AbstractIntlMessages = Object.fromEntries(CLIENT_NAMESPACES[area].map((ns) => [ns, all[ns]]));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
