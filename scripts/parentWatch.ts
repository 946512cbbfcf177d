/**
 * `pnpm start` runs us as pnpm → sh → node, and pnpm does not pass SIGTERM on
 * to its child: a supervisor that stops pnpm would leave the server running on
 * its port. So when started by a package manager we watch the processes above
 * us and shut down as if signalled when they are gone.
 */
import { readFileSync } from 'node:fs';

/** The parent pid of `pid` from /proc (Linux); null where /proc is not available. */
function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name (field 2) may contain spaces; fields after its ')' are plain
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(fields[1]);
    return Number.isInteger(ppid) && ppid > 0 ? ppid : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Calls `onOrphaned` once when our parent or grandparent (the package manager) exits. */
export function watchLauncher(onOrphaned: () => void, intervalMs = 500): void {
  if (!process.env['npm_lifecycle_event']) return; // started directly: signals reach us
  const parent = process.ppid;
  const grandparent = parentOf(parent);
  const watched = [parent, ...(grandparent && grandparent > 1 ? [grandparent] : [])];
  const timer = setInterval(() => {
    if (process.ppid !== parent || watched.some((pid) => !alive(pid))) {
      clearInterval(timer);
      onOrphaned();
    }
  }, intervalMs);
  timer.unref();
}
