#!/bin/sh
# Issue #7's load test: 100 concurrent connections for 60 s on loopback, on the public fact-check
# page (anonymous) and on the editor claims table (signed in as the demo editor), one after the
# other. Needs the app running on the demo data:
#   PORT=3000 npm start        then        sh bench/load/run.sh http://127.0.0.1:3000
# Prints one line per target (bench/summarize-autocannon.mjs): errors, timeouts and non-2xx must be 0.
set -e
BASE=${1:-http://127.0.0.1:3000}
DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-100}
AC="npx -y autocannon@8.0.0"
SLUG=$(curl -sf "$BASE/api/public/fact-checks" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).items[0].slug))')
# a session cookie for the demo editor (the sign-in rate limit is per X-Forwarded-For)
COOKIE=$(curl -sf -o /dev/null -D - -H 'content-type: application/json' -H "origin: $BASE" -H "x-forwarded-for: 10.99.$(date +%S).1" \
  --data '{"email":"editor@sadaa.example","password":"sadaa-editor-demo"}' "$BASE/api/auth/sign-in/email" \
  | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\);.*/\1/p' | tr '\n' ';' | sed 's/;$//')
[ -n "$COOKIE" ] || { echo "sign-in failed: is the demo editor there?" >&2; exit 1; }
TABLE="$BASE/ar/editor/claims?q=%D8%A8%D9%84%D9%8A%D9%86%D9%83%D9%86&sort=date"
curl -sf -o /dev/null -H "cookie: $COOKIE" "$TABLE" || { echo "the claims table did not answer 200 for the signed-in editor" >&2; exit 1; }
echo "machine: $(nproc) cores, $(node -v), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== public fact-check page: $BASE/ar/fact-checks/$SLUG"
$AC -c "$CONNECTIONS" -d "$DURATION" --json "$BASE/ar/fact-checks/$SLUG" 2>/dev/null | node bench/summarize-autocannon.mjs
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== editor claims table (signed in, search + sort): $TABLE"
$AC -c "$CONNECTIONS" -d "$DURATION" -t 30 --json -H "cookie=$COOKIE" "$TABLE" 2>/dev/null | node bench/summarize-autocannon.mjs
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
