// Atom 1.0 (RFC 4287) feed of published fact-checks. Pure: takes plain data, returns XML.
export interface AtomEntry {
  id: string;
  url: string;
  title: string;
  summary: string;
  category: string;
  published: Date;
  updated: Date;
}

export interface AtomFeed {
  id: string;
  selfUrl: string;
  alternateUrl: string;
  title: string;
  lang: string;
  author: string;
  updated: Date;
  entries: AtomEntry[];
}

export function escapeXml(s: string): string {
  // also drops characters XML 1.0 forbids (control characters other than tab/newline)
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function atomXml(feed: AtomFeed): string {
  const e = escapeXml;
  const entries = feed.entries.map(
    (x) => `  <entry>
    <id>${e(x.id)}</id>
    <title>${e(x.title)}</title>
    <link rel="alternate" type="text/html" href="${e(x.url)}"/>
    <published>${x.published.toISOString()}</published>
    <updated>${x.updated.toISOString()}</updated>
    <category term="${e(x.category)}"/>
    <summary>${e(x.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(feed.lang)}">
  <id>${e(feed.id)}</id>
  <title>${e(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${e(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${e(feed.alternateUrl)}"/>
  <updated>${feed.updated.toISOString()}</updated>
  <author><name>${e(feed.author)}</name></author>
${entries.join('\n')}
</feed>
`;
}
