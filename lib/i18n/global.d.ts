import type { routing } from './routing';
import type messages from './messages/ar/index';

// Typed messages: a missing or misspelt key is a type error.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
