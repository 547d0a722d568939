// The fault tests start the app themselves (with --no-build): build once here if needed.
import { buildIfNeeded } from '../../lib/ops/build-if-needed';
import { projectRoot } from '../../lib/ops/database';

export default function globalSetup(): void {
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  buildIfNeeded(projectRoot, (m) => process.stdout.write(`[faults] ${m}\n`));
}
