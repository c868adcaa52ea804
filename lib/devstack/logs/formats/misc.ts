/** Formats of single services: redis, the node exporter, the panicking Go worker and the JVM fraud scorer. */
import { inSpike } from '../../cluster/traffic';
import { type Bucket, chance, emit, emitLines, inSecond, nanosOf, someNanos, startsHere, uuidFrom } from '../bucket';
import { hostileText } from '../../hostile';
import { redisTime, rfc3339Milli, rfc3339Nano, springTime } from '../time-format';

export function redis(b: Bucket): void {
  const { rnd, sec } = b;
  const r = (role: string, mark: string, msg: string, nanos = someNanos(rnd)) =>
    emit(b, nanos, `1:${role} ${redisTime(sec, nanos)} ${mark} ${msg}`);
  if (startsHere(b)) {
    r('C', '#', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo', 1000);
    r('C', '#', 'Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started', 2000);
    r('M', '*', 'Ready to accept connections tcp', 3000);
  }
  if (sec % 300 === 0) {
    r('M', '*', '100 changes in 300 seconds. Saving...', 100_000);
    r('M', '*', 'Background saving started by pid 4711', 200_000);
  }
  if (sec % 300 === 1) r('M', '*', 'Background saving terminated with success');
  if (inSpike(sec * 1000) && chance(rnd, 0.15)) {
    r('M', '#', `Client id=${Math.floor(rnd() * 9000)} addr=10.244.1.${12 + Math.floor(rnd() * 8)}:${40000 + Math.floor(rnd() * 9999)} laddr=10.244.2.14:6379 fd=12 name= age=2 idle=0 flags=N db=0 cmd=client|list closed for overcoming of output buffer limits.`);
  }
}

export function exporter(b: Bucket): void {
  const { rnd, sec } = b;
  const line = (level: string, caller: string, rest: string, nanos = someNanos(rnd)) =>
    emit(b, nanos, `ts=${rfc3339Milli(sec, nanos)} caller=${caller} level=${level} ${rest}`, 'stderr');
  if (startsHere(b)) {
    line('info', 'node_exporter.go:193', 'msg="Starting node_exporter" version="(version=1.8.2, branch=HEAD, revision=f1e0e8360aa60b6cb5e5cc1560bed348fc2c1895)"', 1000);
    line('info', 'tls_config.go:313', 'msg="Listening on" address=[::]:9100', 2000);
  }
  if (sec % 600 === (b.pod.replica * 97) % 600) line('error', 'collector.go:169', `msg="collector failed" name=hwmon duration_seconds=${(rnd() * 0.01).toFixed(6)} err="open /sys/class/hwmon/hwmon0/temp1_input: no such file or directory"`);
}

const PANIC_STACK = [
  'panic: runtime error: invalid memory address or nil pointer dereference',
  '[signal SIGSEGV: segmentation violation code=0x1 addr=0x28 pc=0x6f1a2b]',
  '',
  'goroutine 42 [running]:',
  'github.com/lantern-demo/payment-worker/internal/queue.(*Consumer).handle(0x0, {0xc0001a2000, 0x3c, 0x40})',
  '\t/src/internal/queue/consumer.go:87 +0x2b',
  'github.com/lantern-demo/payment-worker/internal/queue.(*Consumer).Run(0xc000110000, {0x8a4f20, 0xc00007e0a0})',
  '\t/src/internal/queue/consumer.go:54 +0x1c5',
  'main.main.func2()',
  '\t/src/cmd/worker/main.go:71 +0x3e',
  'created by main.main in goroutine 1',
  '\t/src/cmd/worker/main.go:69 +0x2f4',
];

export function goPanic(b: Bucket): void {
  const { rnd, sec, window } = b;
  const info = (nanos: number, msg: string, kv = '') => emit(b, nanos, `time=${rfc3339Nano(sec, Math.floor(nanos))} level=INFO msg="${msg}"${kv}`);
  if (startsHere(b)) {
    info(100_000, 'starting payment worker', ' version=5.2.0');
    info(900_000, 'connected to queue', ' url=amqp://rabbitmq.payments.svc:5672 queue=settlements');
  }
  const panicMs = window.endMs - 150;
  if (window.endReason === 'Error' && inSecond(sec, panicMs)) {
    emitLines(b, nanosOf(panicMs), PANIC_STACK, 'stderr');
  } else if (sec % 3 === 0) {
    info(someNanos(rnd), 'processing batch', ` batch=${uuidFrom(rnd).slice(0, 8)} size=${1 + Math.floor(rnd() * 40)}`);
  }
}

const ESC = '\u001b';
const color = { INFO: `${ESC}[32mINFO${ESC}[0m`, WARN: `${ESC}[33mWARN${ESC}[0m`, ERROR: `${ESC}[31mERROR${ESC}[0m` };

function spring(b: Bucket, nanos: number, level: keyof typeof color, thread: string, logger: string, msg: string): string {
  return `${springTime(b.sec, nanos)} ${level === 'INFO' || level === 'WARN' ? ' ' : ''}${color[level]} 1 --- [fraud-scorer] [${thread.padStart(15)}] ${ESC}[36m${logger.padEnd(40)}${ESC}[0m : ${msg}`;
}

const OOM_TRACE = [
  'java.lang.OutOfMemoryError: Java heap space',
  '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)',
  '\tat java.base/java.util.ArrayList.grow(ArrayList.java:237)',
  '\tat demo.fraud.features.FeatureWindow.append(FeatureWindow.java:88)',
  '\tat demo.fraud.scoring.Scorer.score(Scorer.java:142)',
  '\tat demo.fraud.web.ScoreController.score(ScoreController.java:37)',
  '\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)',
  '\tat java.base/java.lang.Thread.run(Thread.java:1583)',
];

export function javaAnsi(b: Bucket): void {
  const { rnd, sec, window } = b;
  if (startsHere(b)) {
    emit(b, 1000, spring(b, 1000, 'INFO', 'main', 'demo.fraud.FraudScorerApplication', 'Starting FraudScorerApplication v1.4.0 using Java 21.0.5 with PID 1'));
    emit(b, 500_000_000, spring(b, 500_000_000, 'INFO', 'main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', "Tomcat started on port 8080 (http) with context path '/'"));
  }
  const dying = window.endReason === 'OOMKilled';
  if (dying && inSecond(sec, window.endMs - 3000)) {
    const n = nanosOf(window.endMs - 3000);
    emit(b, n, spring(b, n, 'WARN', 'G1 Conc#0', 'demo.fraud.monitoring.HeapWatcher', 'heap usage 97% of 384 MiB after full GC'));
  }
  if (dying && inSecond(sec, window.endMs - 1500)) {
    const n = nanosOf(window.endMs - 1500);
    const head = spring(b, n, 'ERROR', 'nio-8080-exec-7', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] threw exception');
    emitLines(b, n, [head, ...OOM_TRACE], 'stdout');
    emit(b, n + 100, 'Terminating due to java.lang.OutOfMemoryError: Java heap space', 'stderr');
    return;
  }
  // Every 30 s, input the scorer refused, logged verbatim: the XSS corpus (no random draw, so nothing else moves).
  if (sec % 30 === 11) emit(b, 250_000_000, spring(b, 250_000_000, 'WARN', 'nio-8080-exec-3', 'demo.fraud.web.InputGuard', hostileText()));
  const n = Math.floor(b.pod.workload.requestsPerSecond + rnd() - 0.5);
  for (let i = 0; i < n; i++) {
    const nanos = someNanos(rnd);
    emit(b, nanos, spring(b, nanos, 'INFO', `nio-8080-exec-${1 + Math.floor(rnd() * 9)}`, 'demo.fraud.web.ScoreController', `scored txn=${uuidFrom(rnd).slice(0, 13)} score=${rnd().toFixed(2)} latency=${20 + Math.floor(rnd() * 40)}ms`));
  }
}
