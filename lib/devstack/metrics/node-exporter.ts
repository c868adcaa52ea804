/** node-exporter: one target per node, consistent with the sum of the pods running there. */
import type { NodeSpec } from '../cluster/topology';
import { noise } from '../cluster/random';
import { FamilySet } from './exposition';
import type { MetricsModel } from './model';
import { nodeUsage } from './node-usage';

/** Share of busy CPU time by mode; what is left of each core is idle. */
const BUSY_MODES: [string, number][] = [
  ['iowait', 0.02],
  ['irq', 0.01],
  ['nice', 0.004],
  ['softirq', 0.03],
  ['steal', 0.001],
  ['system', 0.235],
  ['user', 0.7],
];

const DISK_SIZE = 102626232 * 1024;

export function collectNodeExporter(model: MetricsModel, node: NodeSpec, tMs: number): FamilySet {
  const set = new FamilySet();
  const u = nodeUsage(model, node, tMs);
  const upSeconds = (tMs - u.bootMs) / 1000;
  // cores are not equally loaded; fixed weights keep every per-core counter monotonic
  const weights = Array.from({ length: node.cpuCores }, (_, i) => 1 + 0.3 * Math.sin(i * 1.7 + node.cpuCores));
  const total = weights.reduce((a, b) => a + b, 0);
  const idleSeconds = node.cpuCores * upSeconds - u.cpuSeconds;
  const cpuHelp = 'Seconds the CPUs spent in each mode.';
  for (let i = 0; i < node.cpuCores; i++) {
    const w = weights[i] / total;
    set.add('node_cpu_seconds_total', 'counter', cpuHelp, { cpu: String(i), mode: 'idle' }, round2(idleSeconds / node.cpuCores + (1 / node.cpuCores - w) * u.cpuSeconds));
    for (const [mode, share] of BUSY_MODES) set.add('node_cpu_seconds_total', 'counter', cpuHelp, { cpu: String(i), mode }, round2(u.cpuSeconds * share * w));
  }
  const available = node.memoryBytes - u.memoryBytes - 0.08 * node.memoryBytes;
  set.add('node_memory_MemTotal_bytes', 'gauge', 'Memory information field MemTotal_bytes.', {}, node.memoryBytes);
  set.add('node_memory_MemAvailable_bytes', 'gauge', 'Memory information field MemAvailable_bytes.', {}, Math.round(available));
  set.add('node_memory_MemFree_bytes', 'gauge', 'Memory information field MemFree_bytes.', {}, Math.round(available * 0.42));
  set.add('node_memory_Cached_bytes', 'gauge', 'Memory information field Cached_bytes.', {}, Math.round(available * 0.5));
  set.add('node_memory_Buffers_bytes', 'gauge', 'Memory information field Buffers_bytes.', {}, Math.round(available * 0.04));

  const used = 0.31 * DISK_SIZE + u.writtenBytes * 0.02;
  const root = { device: '/dev/vda1', fstype: 'ext4', mountpoint: '/' };
  const run = { device: 'tmpfs', fstype: 'tmpfs', mountpoint: '/run' };
  const runSize = Math.round(node.memoryBytes / 10);
  set.add('node_filesystem_size_bytes', 'gauge', 'Filesystem size in bytes.', root, DISK_SIZE);
  set.add('node_filesystem_size_bytes', 'gauge', 'Filesystem size in bytes.', run, runSize);
  set.add('node_filesystem_avail_bytes', 'gauge', 'Filesystem space available to non-root users in bytes.', root, Math.round(DISK_SIZE * 0.95 - used));
  set.add('node_filesystem_avail_bytes', 'gauge', 'Filesystem space available to non-root users in bytes.', run, runSize - 3_801_088);
  set.add('node_filesystem_free_bytes', 'gauge', 'Filesystem free space in bytes.', root, Math.round(DISK_SIZE - used));
  set.add('node_filesystem_free_bytes', 'gauge', 'Filesystem free space in bytes.', run, runSize - 3_801_088);

  for (const [device, rx, tx] of [['eth0', u.rxBytes, u.txBytes], ['lo', u.rxBytes * 0.3, u.rxBytes * 0.3]] as const) {
    set.add('node_network_receive_bytes_total', 'counter', 'Network device statistic receive_bytes.', { device }, Math.round(rx));
    set.add('node_network_transmit_bytes_total', 'counter', 'Network device statistic transmit_bytes.', { device }, Math.round(tx));
  }
  set.add('node_disk_read_bytes_total', 'counter', 'The total number of bytes read successfully.', { device: 'vda' }, Math.round(u.readBytes));
  set.add('node_disk_written_bytes_total', 'counter', 'The total number of bytes written successfully.', { device: 'vda' }, Math.round(u.writtenBytes));

  // load follows the busy cores; the longer averages lag and smooth it
  const slow = (key: string, span: number) => 1 + span * noise(`${node.name}/${key}`, Math.floor(tMs / 60_000));
  set.add('node_load1', 'gauge', '1m load average.', {}, round2(u.busyCores * slow('l1', 0.25) + 0.1));
  set.add('node_load5', 'gauge', '5m load average.', {}, round2(u.busyCores * slow('l5', 0.1) + 0.12));
  set.add('node_load15', 'gauge', '15m load average.', {}, round2(u.busyCores * slow('l15', 0.04) + 0.15));
  set.add('node_boot_time_seconds', 'gauge', 'Node boot time, in unixtime.', {}, Math.floor(u.bootMs / 1000));
  set.add('node_time_seconds', 'gauge', 'System time in seconds since epoch (1970).', {}, tMs / 1000);
  set.add('node_uname_info', 'gauge', 'Labeled system information as provided by the uname system call.', {
    domainname: '(none)',
    machine: 'x86_64',
    nodename: node.name,
    release: '6.1.0-27-amd64',
    sysname: 'Linux',
    version: '#1 SMP PREEMPT_DYNAMIC Debian 6.1.115-1 (2024-11-01)',
  }, 1);
  const info = (name: string, help: string, labels: Record<string, string>) => set.add(name, 'gauge', help, labels, 1);
  info('node_os_info', 'A metric with a constant \'1\' value labeled by build_id, id, id_like, image_id, image_version, name, pretty_name, variant, variant_id, version, version_codename, version_id.', {
    build_id: '', id: 'debian', id_like: '', image_id: '', image_version: '', name: 'Debian GNU/Linux', pretty_name: 'Debian GNU/Linux 12 (bookworm)',
    variant: '', variant_id: '', version: '12 (bookworm)', version_codename: 'bookworm', version_id: '12',
  });
  const mac = `02:42:ac:12:00:0${node.ip.slice(-1)}`;
  info('node_network_info', 'Non-numeric data from /sys/class/net/<iface>, value is always 1.', { address: mac, adminstate: 'up', broadcast: 'ff:ff:ff:ff:ff:ff', device: 'eth0', duplex: 'full', ifalias: '', operstate: 'up' });
  info('node_network_info', 'Non-numeric data from /sys/class/net/<iface>, value is always 1.', { address: '00:00:00:00:00:00', adminstate: 'up', broadcast: '00:00:00:00:00:00', device: 'lo', duplex: '', ifalias: '', operstate: 'unknown' });
  info('node_disk_info', 'Info of /sys/block/<block_device>.', { device: 'vda', major: '254', minor: '0', model: '', path: 'pci-0000:00:05.0', revision: '', serial: '', wwn: '' });
  info('node_time_clocksource_current_info', 'Current clocksource read from \'/sys/devices/system/clocksource/clocksource[0-9]+/current_clocksource\'.', { clocksource: 'kvm-clock', device: '0' });
  set.add('node_time_zone_offset_seconds', 'gauge', 'System time zone offset in seconds.', { time_zone: 'UTC' }, 0);
  info('node_exporter_build_info', 'A metric with a constant \'1\' value labeled by version, revision, branch, goversion from which node_exporter was built, and the goos and goarch for the build.', {
    branch: 'HEAD', goarch: 'amd64', goos: 'linux', goversion: 'go1.22.5', revision: 'f1e0e8360aa60b6cb5e5cc1560bed348fc2c1895', tags: 'unknown', version: '1.8.2',
  });
  for (const collector of ['cpu', 'diskstats', 'filesystem', 'loadavg', 'meminfo', 'netdev', 'os', 'time', 'uname'])
    set.add('node_scrape_collector_success', 'gauge', 'node_exporter: Whether a collector succeeded.', { collector }, 1);
  return set;
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
