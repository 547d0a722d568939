// Reads autocannon's --json result on stdin and prints one line of the figures the RESULTS files use.
let raw = '';
process.stdin.on('data', (d) => (raw += d)).on('end', () => {
  const r = JSON.parse(raw.slice(raw.indexOf('{')));
  const l = r.latency;
  console.log(
    `requests ${r.requests.total} in ${r.duration.toFixed(1)} s (${Math.round(r.requests.total / r.duration)} req/s) · latency ms p50 ${l.p50} · p90 ${l.p90} · p99 ${l.p99} · max ${l.max} · errors ${r.errors} · timeouts ${r.timeouts} · non-2xx ${r.non2xx} · ${(r.throughput.total / 1e6).toFixed(0)} MB read`,
  );
});
