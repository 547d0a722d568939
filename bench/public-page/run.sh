#!/bin/sh
# The public fact-check page under 100 concurrent connections for 30 s on loopback, against a
# static file from the same server (/robots.txt, prerendered). Needs the app running:
#   PORT=3014 npm start      then      sh bench/public-page/run.sh http://127.0.0.1:3014
set -e
BASE=${1:-http://127.0.0.1:3000}
SLUG=$(curl -s "$BASE/api/public/fact-checks" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).items[0].slug))')
curl -s -o /dev/null "$BASE/ar/fact-checks/$SLUG"   # first render fills the cache
for URL in "$BASE/ar/fact-checks/$SLUG" "$BASE/robots.txt"; do
  echo "== $URL"
  npx -y autocannon@8.0.0 -c 100 -d 30 --latency "$URL" 2>&1 | tail -25
done
