/**
 * Test support only: a tiny upstream on 127.0.0.1:0 that records what the clients send, and the recorded
 * fixtures (shared/fixtures beside the repository) with the requests their README documents. Never imported by app code.
 */
import { readFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CapturedRequest {
  method: string;
  path: string;
  /** Decoded query parameters in the order sent. */
  params: [string, string][];
  headers: IncomingMessage['headers'];
}

export type StubHandler = (req: IncomingMessage, res: ServerResponse, captured: CapturedRequest) => void;

export interface Stub {
  url: string;
  server: http.Server;
  requests: CapturedRequest[];
  close(): Promise<void>;
}

export function capture(req: IncomingMessage): CapturedRequest {
  const u = new URL(req.url ?? '/', 'http://stub');
  return { method: req.method ?? 'GET', path: u.pathname, params: [...u.searchParams.entries()], headers: req.headers };
}

export async function startStub(handler: StubHandler): Promise<Stub> {
  const requests: CapturedRequest[] = [];
  const server = http.createServer((req, res) => {
    const c = capture(req);
    requests.push(c);
    handler(req, res, c);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export function fixturesDir(): string {
  return process.env.LANTERN_FIXTURES_DIR ?? path.resolve(repoRoot, '..', 'shared', 'fixtures');
}

export interface RecordedFixture {
  /** e.g. 'loki/query_range_streams.json'. */
  name: string;
  path: string;
  params: [string, string][];
  status: number;
  contentType: string;
  body: string;
}

/** The fixtures with the request, status and content type their README records for each. */
export function loadFixtures(): Map<string, RecordedFixture> {
  const dir = fixturesDir();
  const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
  const fixtures = new Map<string, RecordedFixture>();
  for (const section of readme.split(/^## /m).slice(1)) {
    const name = section.slice(0, section.indexOf('\n')).trim();
    const request = /- Request: `GET ([^`\s]+)/.exec(section)?.[1];
    const response = /- Response: HTTP (\d+), `([^`]+)`/.exec(section);
    if (!request || !response) continue;
    const u = new URL(request, 'http://recorded');
    fixtures.set(name, {
      name,
      path: u.pathname,
      params: [...u.searchParams.entries()],
      status: Number(response[1]),
      contentType: response[2],
      body: readFileSync(path.join(dir, name), 'utf8'),
    });
  }
  return fixtures;
}

/** A stub that answers every request with the fixture's recorded status, content type and bytes. */
export function serveFixture(fixture: RecordedFixture): Promise<Stub> {
  return startStub((_req, res) => {
    res.writeHead(fixture.status, { 'Content-Type': fixture.contentType });
    res.end(fixture.body);
  });
}

export const sortedParams = (params: [string, string][]) =>
  [...params].sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1));

/** A port nothing listens on (for connection-refused tests). */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}
