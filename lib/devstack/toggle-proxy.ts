/**
 * A TCP relay in front of a demo part, which tests can switch off and on, to prove that a datasource
 * going down shows up in its panels and /api/readyz and that recovery needs no restart of the console.
 */
import net from 'node:net';

export interface ToggleProxy {
  url: string;
  setUp(up: boolean): void;
  readonly up: boolean;
  close(): Promise<void>;
}

export async function startToggleProxy(targetUrl: string): Promise<ToggleProxy> {
  const target = new URL(targetUrl);
  const sockets = new Set<net.Socket>();
  let up = true;
  const server = net.createServer((client) => {
    if (!up) {
      client.destroy();
      return;
    }
    const upstream = net.connect(Number(target.port), target.hostname);
    // Relay bytes as they come: Nagle's algorithm would hold back small tail segments (~40 ms each).
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    sockets.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `${target.protocol}//127.0.0.1:${port}${target.pathname === '/' ? '' : target.pathname}`,
    get up() {
      return up;
    },
    setUp(value: boolean) {
      up = value;
      if (!up) for (const s of sockets) s.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
