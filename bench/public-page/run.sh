#!/bin/sh
# The public fact-check page under 100 concurrent connections for 30 s on loopback, against a
# static file from the same server (the page's own CSS from /_next/static, which Next.js serves
# from disk). Needs the app running:
#   PORT=3000 npm start      then      sh bench/public-page/run.sh http://127.0.0.1:3000
set -e
BASE=${1:-http://127.0.0.1:3000}
DURATION=${DURATION:-30}
SLUG=$(curl -s "$BASE/api/public/fact-checks" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).items[0].slug))')
PAGE="$BASE/ar/fact-checks/$SLUG"
curl -s -o /tmp/bench-page.html -D /tmp/bench-page.headers "$PAGE"   # the first request fills the page cache
curl -s -o /dev/null -D /tmp/bench-page.headers "$PAGE"
grep -i '^x-page-cache' /tmp/bench-page.headers || echo "x-page-cache: (none: the page cache is off)"
CSS=$(grep -o '/_next/static/[^"]*\.css' /tmp/bench-page.html | head -1)
echo "machine: $(nproc) cores, $(node -v), page $(wc -c < /tmp/bench-page.html) bytes, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for URL in "$PAGE" "$BASE$CSS"; do
  echo "== $URL"
  npx -y autocannon@8.0.0 -c 100 -d "$DURATION" --json "$URL" 2>/dev/null | node bench/summarize-autocannon.mjs
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
done
