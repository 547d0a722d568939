#!/usr/bin/env bash
# Time from `npm start` to the first page served: on a fresh clone (dependencies installed, so
# this includes initdb, migrations, seeding and the production build) and on a warm restart.
#   bench/startup/run.sh [runs]    (default 3 runs of each)
set -euo pipefail
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
runs=${1:-3}
port=3900
pgport=54900
work=$(mktemp -d /tmp/claims-startup-XXXX)
chmod 755 "$work"
git clone -q "$repo" "$work/app"
cd "$work/app"
npm install --no-audit --no-fund >/dev/null 2>&1

wait_for_page() {
  local start=$1
  until curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/ar" | grep -q 200; do sleep 0.1; done
  echo "$(( $(date +%s%N) - start ))"
}

measure() {
  local label=$1
  local t0; t0=$(date +%s%N)
  PORT=$port EMBEDDED_PG_PORT=$pgport node --import tsx lib/ops/start.ts >"$work/$label.log" 2>&1 &
  local pid=$!
  local ns; ns=$(wait_for_page "$t0")
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  printf '%s\t%.2f\n' "$label" "$(echo "$ns / 1000000000" | bc -l)"
}

echo -e "run\tseconds"
for i in $(seq 1 "$runs"); do
  rm -rf .data .next
  measure "first-start-$i"
  measure "warm-restart-$i"
done
rm -rf "$work"
