// CPU time of the embedded PostgreSQL server, for the benchmarks (Linux /proc).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** CPU seconds of the PostgreSQL server: the postmaster, its live children, and (cutime/cstime) the children that exited. */
export function pgCpuSeconds(dataDir: string): number {
  try {
    const pm = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const hz = 100;
    const fields = (pid: number) => readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    const own = fields(pm);
    // after ") ": state=0 ppid=1 … utime=11 stime=12 cutime=13 cstime=14
    let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
    for (const d of readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      try {
        const f = fields(Number(d));
        if (Number(f[1]) === pm) ticks += Number(f[11]) + Number(f[12]);
      } catch {
        // gone
      }
    }
    return ticks / hz;
  } catch {
    return NaN;
  }
}

