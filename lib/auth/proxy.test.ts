import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { inCidrs, parseCidr, type Cidr } from './cidr';
import { installPeerHeaders, PEER_HEADER, PEER_TLS_HEADER, peerInfo } from './peer';
import { proxyIdentity } from './proxy-headers';

const blocks = (...s: string[]) => s.map((x) => parseCidr(x)!);

describe('CIDR lists', () => {
  it('match IPv4, IPv4-mapped IPv6 and IPv6 addresses', () => {
    const list = blocks('10.0.0.0/8', '192.168.1.7', 'fd00::/8');
    expect(inCidrs('10.1.2.3', list)).toBe(true);
    expect(inCidrs('::ffff:10.1.2.3', list)).toBe(true);
    expect(inCidrs('11.0.0.1', list)).toBe(false);
    expect(inCidrs('192.168.1.7', list)).toBe(true);
    expect(inCidrs('192.168.1.8', list)).toBe(false);
    expect(inCidrs('fd12:3456::1', list)).toBe(true);
    expect(inCidrs('fe80::1%eth0', list)).toBe(false);
    expect(inCidrs(undefined, list)).toBe(false);
    expect(inCidrs('not-an-ip', list)).toBe(false);
    expect(inCidrs('::1', blocks('::1'))).toBe(true);
    expect(inCidrs('172.20.0.1', blocks('172.16.0.0/12'))).toBe(true);
    expect(inCidrs('172.32.0.1', blocks('172.16.0.0/12'))).toBe(false);
    expect(inCidrs('1.2.3.4', blocks('0.0.0.0/0'))).toBe(true);
    expect(inCidrs('::1', blocks('0.0.0.0/0'))).toBe(false);
  });

  it('refuse malformed blocks', () => {
    for (const bad of ['10.0.0.0/33', '10.0.0/8', 'fd00::/129', 'host.example', '10.0.0.0/', '']) expect(parseCidr(bad)).toBeNull();
  });
});

describe('trusted proxy headers', () => {
  const config = { proxyCidrs: blocks('10.0.0.0/8'), adminGroups: ['sre'], editorGroups: ['dev'] };
  const h = (init: Record<string, string>) => new Headers(init);

  it('are believed only from a configured proxy address', () => {
    const headers = h({ 'x-forwarded-user': 'alice', 'x-forwarded-groups': 'dev,team-a' });
    expect(proxyIdentity(headers, '10.0.0.5', config)).toEqual({ user: 'alice', groups: ['dev', 'team-a'], role: 'editor' });
    expect(proxyIdentity(headers, '::ffff:10.0.0.5', config)?.user).toBe('alice');
    expect(proxyIdentity(headers, '192.168.0.5', config)).toBeNull();
    expect(proxyIdentity(headers, undefined, config)).toBeNull();
  });

  it('take the email when there is no user, map groups to the highest role, default viewer', () => {
    expect(proxyIdentity(h({ 'x-forwarded-email': 'bob@example.com', 'x-forwarded-groups': 'dev, sre' }), '10.1.1.1', config)).toEqual({
      user: 'bob@example.com',
      groups: ['dev', 'sre'],
      role: 'admin',
    });
    expect(proxyIdentity(h({ 'x-forwarded-user': 'carol' }), '10.1.1.1', config)).toEqual({ user: 'carol', groups: [], role: 'viewer' });
    expect(proxyIdentity(h({ 'x-forwarded-groups': 'sre' }), '10.1.1.1', config)).toBeNull();
    expect(proxyIdentity(h({ 'x-forwarded-user': 'x'.repeat(5000) }), '10.1.1.1', config)).toBeNull();
  });

  it('derive client address and https from X-Forwarded-* only behind a trusted proxy', () => {
    const trusted: Cidr[] = blocks('10.0.0.0/8');
    const headers = h({ [PEER_HEADER]: '10.0.0.9', [PEER_TLS_HEADER]: '0', 'x-forwarded-for': '6.6.6.6, 203.0.113.4', 'x-forwarded-proto': 'https' });
    expect(peerInfo(headers, trusted)).toEqual({ peer: '10.0.0.9', client: '203.0.113.4', https: true });
    expect(peerInfo(headers, [])).toEqual({ peer: '10.0.0.9', client: '10.0.0.9', https: false });
    expect(peerInfo(h({ [PEER_HEADER]: '1.2.3.4', [PEER_TLS_HEADER]: '1', 'x-forwarded-proto': 'http' }), trusted).https).toBe(true);
    expect(peerInfo(h({ 'x-forwarded-for': '10.0.0.1' }), trusted)).toEqual({ peer: undefined, client: 'unknown', https: false });
  });
});

describe('peer stamp', () => {
  const server = http.createServer((req, res) => res.end(JSON.stringify({ peer: req.headers[PEER_HEADER], tls: req.headers[PEER_TLS_HEADER] })));
  afterAll(() => new Promise((r) => server.close(r)));

  it('overwrites client-sent peer headers with the socket address', async () => {
    installPeerHeaders();
    installPeerHeaders(); // idempotent
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_HEADER]: '10.0.0.1', [PEER_TLS_HEADER]: '1' } });
    expect(await res.json()).toEqual({ peer: '127.0.0.1', tls: '0' });
  });
});
