'use client';
import { createAuthClient } from 'better-auth/react';

// Same origin: the browser talks to /api/auth/* of whichever instance served the page.
export const authClient = createAuthClient();
