import http from 'node:http';
import https from 'node:https';
import type { Cidr } from './cidr';
import { inCidrs } from './cidr';

/**
 * The TCP peer of a request, for route handlers. Next's request objects do not expose the socket, and Next
 * fills `X-Forwarded-For` only when the client did not send one, so that header proves nothing. At start-up
 * (instrumentation.ts) we stamp every incoming request, before Next sees it, with headers holding the socket's
 * address and whether it is TLS, overwriting whatever the client sent under those names. A server started without
 * the stamp (a custom entry that skips instrumentation) has no peer: every proxy check then fails closed.
 */
export const PEER_HEADER = 'x-lantern-peer';
export const PEER_TLS_HEADER = 'x-lantern-peer-tls';

const INSTALLED = Symbol.for('lantern.peerHeaders');

type Emit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;

export function installPeerHeaders(): void {
  for (const proto of [http.Server.prototype, https.Server.prototype] as unknown as Array<{ emit: Emit; [INSTALLED]?: true }>) {
    if (proto[INSTALLED]) continue;
    const original = proto.emit;
    proto.emit = function emit(this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === 'request') stamp(args[0] as http.IncomingMessage);
      return original.call(this, event, ...args);
    };
    proto[INSTALLED] = true;
  }
}

/** Overwrites the peer headers of `req` with its socket's facts (exported for tests). */
export function stamp(req: http.IncomingMessage): void {
  const socket = req.socket as (typeof req.socket & { encrypted?: boolean }) | undefined;
  req.headers[PEER_HEADER] = socket?.remoteAddress ?? '';
  req.headers[PEER_TLS_HEADER] = socket?.encrypted ? '1' : '0';
}

export interface PeerInfo {
  /** The TCP peer, or undefined when the stamp is missing. */
  peer: string | undefined;
  /** The client as far as we can tell: the peer, or the last X-Forwarded-For hop when the peer is a trusted proxy. */
  client: string;
  /** https as the client sees it: TLS on the socket, or X-Forwarded-Proto from a trusted proxy. */
  https: boolean;
}

export function peerInfo(headers: Headers, trustedProxies: readonly Cidr[]): PeerInfo {
  const peer = headers.get(PEER_HEADER) || undefined;
  const trusted = inCidrs(peer, trustedProxies);
  const lastHop = (name: string) => headers.get(name)?.split(',').map((s) => s.trim()).filter(Boolean).at(-1);
  const forwardedFor = trusted ? lastHop('x-forwarded-for') : undefined;
  const forwardedProto = trusted ? lastHop('x-forwarded-proto')?.toLowerCase() : undefined;
  return {
    peer,
    client: forwardedFor ?? peer ?? 'unknown',
    https: forwardedProto !== undefined ? forwardedProto === 'https' : headers.get(PEER_TLS_HEADER) === '1',
  };
}
