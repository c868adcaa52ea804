/**
 * Runs a child process that cannot outlive us. A shell wrapper starts it and watches its own stdin, a pipe
 * from this process: when the pipe closes (close(), normal exit, crash or SIGKILL of Node) the wrapper sends
 * SIGTERM, then SIGKILL after the grace period.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const WATCHDOG = `
exec 3<&0
"$@" </dev/null 3<&- &
child=$!
(
  msg=$(cat <&3)
  if kill -TERM "$child" 2>/dev/null; then
    i=0
    while kill -0 "$child" 2>/dev/null; do
      i=$((i + 1))
      if [ "$i" -gt "$GRACE_TENTHS" ]; then kill -KILL "$child" 2>/dev/null; sleep 0.2; break; fi
      sleep 0.1
    done
  fi
  if [ -n "$REMOVE_ON_EXIT" ] && [ "$msg" != keep ]; then rm -rf "$REMOVE_ON_EXIT"; fi
) &
trap 'kill -TERM "$child" 2>/dev/null' TERM INT HUP
while kill -0 "$child" 2>/dev/null; do wait "$child"; status=$?; done
exit \${status:-0}
`;

export interface GuardedProcess {
  child: ChildProcess;
  /** Last lines written to stderr (Prometheus logs there). */
  stderrTail(): string;
  exited: Promise<number | null>;
  /** SIGTERM, SIGKILL after the grace period; resolves when the process is gone. */
  stop(): Promise<void>;
}

/**
 * `removeOnExit`: a directory the wrapper deletes once the process is gone if Node went away without calling
 * stop() (crash, SIGKILL); after stop() the caller decides what to keep.
 */
export function spawnGuarded(bin: string, args: string[], { graceMs = 5_000, removeOnExit = '' }: { graceMs?: number; removeOnExit?: string } = {}): GuardedProcess {
  const child = spawn('/bin/sh', ['-c', WATCHDOG, 'lantern-watchdog', bin, ...args], {
    stdio: ['pipe', 'ignore', 'pipe'],
    env: { ...process.env, GRACE_TENTHS: String(Math.ceil(graceMs / 100)), REMOVE_ON_EXIT: removeOnExit },
  });
  let tail: string[] = [];
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => {
    tail.push(...d.split('\n').filter(Boolean));
    if (tail.length > 40) tail = tail.slice(-40);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // closing the pipe is what stops the process; also on a normal exit of Node
  const onExit = () => child.stdin?.destroy();
  process.once('exit', onExit);
  exited.then(() => process.off('exit', onExit));
  child.stdin!.on('error', () => {});
  let stopping: Promise<void> | null = null;
  return {
    child,
    stderrTail: () => tail.join('\n'),
    exited,
    stop: () =>
      (stopping ??= (async () => {
        child.stdin!.end('keep\n');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs + 3_000);
        await exited;
        clearTimeout(timer);
      })()),
  };
}
