import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/fact-checks/site';

export default function robots(): MetadataRoute.Robots {
  const base = siteUrl();
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/ar/editor', '/en/editor', '/ar/sign-in', '/en/sign-in'] },
    sitemap: `${base}/sitemap.xml`,
  };
}
