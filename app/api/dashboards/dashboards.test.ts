/** /api/dashboards handlers, called directly against a temporary SQLite database. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, ctx, request, useTempDatabase } from '@/lib/api/dashboards/testing';

const cleanup = useTempDatabase();
// Loaded after DATABASE_URL is set: lib/env.ts reads it once.
const list = await import('./route');
const one = await import('./[uid]/route');
const versions = await import('./[uid]/versions/route');
const version = await import('./[uid]/versions/[version]/route');
const restore = await import('./[uid]/restore/route');
const duplicate = await import('./[uid]/duplicate/route');
const exporter = await import('./[uid]/export/route');
const importer = await import('./import/route');

afterAll(() => cleanup());

const panel = (id: number, expr: string) => ({
  type: 'timeseries',
  id,
  title: `Panel ${id}`,
  gridPos: { x: 0, y: id * 8, w: 12, h: 8 },
  targets: [{ refId: 'A', datasource: 'prometheus', expr }],
});
const model = (title: string, exprs: string[] = ['up'], tags: string[] = []) => ({ title, tags, panels: exprs.map((e, i) => panel(i + 1, e)) });

const create = (body: unknown) => call(list.POST(request('POST', '/api/dashboards', { body }), ctx({})));
const get = (uid: string) => call(one.GET(request('GET', `/api/dashboards/${uid}`), ctx({ uid })));
const put = (uid: string, body: unknown, origin?: string | null) => call(one.PUT(request('PUT', `/api/dashboards/${uid}`, { body, origin }), ctx({ uid })));

describe('create, list, get', () => {
  let uid: string;
  beforeAll(async () => {
    const r = await create({ model: model('Checkout latency', ['up'], ['team-a', 'prod']), message: 'first' });
    expect(r.status).toBe(201);
    uid = r.body.data.uid;
  });

  it('returns the saved dashboard at version 1 with title and tags from the model, defaults filled', async () => {
    const r = await get(uid);
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ uid, title: 'Checkout latency', tags: ['prod', 'team-a'], version: 1, readOnly: false });
    expect(r.body.data.model.time).toEqual({ from: 'now-1h', to: 'now' });
    expect(typeof r.body.data.updatedAt).toBe('string');
  });

  it('lists built-ins first (read-only), then saved dashboards; search and tag filter both', async () => {
    const all = await call(list.GET(request('GET', '/api/dashboards'), ctx({})));
    const rows = all.body.data as { uid: string; readOnly: boolean }[];
    expect(rows.slice(0, 4).map((d) => d.uid)).toEqual(['k8s-cluster', 'k8s-node', 'k8s-namespace', 'k8s-pod']);
    expect(rows.slice(0, 4).every((d) => d.readOnly)).toBe(true);
    expect(rows.at(-1)).toMatchObject({ uid, readOnly: false });
    expect(rows[0]).not.toHaveProperty('model');

    const searched = await call(list.GET(request('GET', '/api/dashboards?search=CHECKOUT'), ctx({})));
    expect(searched.body.data.map((d: { uid: string }) => d.uid)).toEqual([uid]);
    const tagged = await call(list.GET(request('GET', '/api/dashboards?tag=kubernetes'), ctx({})));
    expect(tagged.body.data).toHaveLength(4);
    const paged = await call(list.GET(request('GET', '/api/dashboards?offset=3&limit=2'), ctx({})));
    expect(paged.body.data.map((d: { uid: string }) => d.uid)).toEqual(['k8s-pod', uid]);
  });

  it('serves a built-in by uid, read-only at version 0', async () => {
    const r = await get('k8s-pod');
    expect(r.body.data).toMatchObject({ uid: 'k8s-pod', readOnly: true, version: 0, updatedAt: null });
    expect(r.body.data.model.panels.length).toBeGreaterThan(0);
  });

  it('404s an unknown uid and 400s a malformed one', async () => {
    expect((await get('nope')).status).toBe(404);
    expect((await get('../etc')).status).toBe(400);
  });

  it('refuses a uid that exists or belongs to a built-in (409)', async () => {
    const again = await create({ model: model('Again'), uid: 'fixed-uid' });
    expect(again.status).toBe(201);
    const dup = await create({ model: model('Again'), uid: 'fixed-uid' });
    expect(dup).toMatchObject({ status: 409, body: { error: { kind: 'already_exists' } } });
    expect((await create({ model: model('Mine'), uid: 'k8s-pod' })).status).toBe(409);
  });
});

describe('save, conflict, versions, restore', () => {
  let uid: string;
  beforeAll(async () => {
    uid = (await create({ model: model('Edited', ['up']) })).body.data.uid;
  });

  it('saves over the expected version and refuses a stale one with 409, writing nothing', async () => {
    const ok = await put(uid, { model: model('Edited v2', ['rate(a[5m])']), expectedVersion: 1, message: 'second' });
    expect(ok.status).toBe(200);
    expect(ok.body.data).toMatchObject({ version: 2, title: 'Edited v2' });

    const stale = await put(uid, { model: model('Lost edit', ['rate(b[5m])']), expectedVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      kind: 'conflict',
      currentVersion: 2,
      message: 'This dashboard was changed by someone else (version 2); reload it or save your edit as a copy',
    });
    const after = await get(uid);
    expect(after.body.data).toMatchObject({ version: 2, title: 'Edited v2' });
    expect(after.body.data.model.panels[0].targets[0].expr).toBe('rate(a[5m])');
    const hist = await call(versions.GET(request('GET', `/api/dashboards/${uid}/versions`), ctx({ uid })));
    expect(hist.body.data.map((v: { version: number }) => v.version)).toEqual([2, 1]);
  });

  it('lists versions newest first and serves an old version', async () => {
    const hist = await call(versions.GET(request('GET', `/api/dashboards/${uid}/versions`), ctx({ uid })));
    expect(hist.body.data[0]).toMatchObject({ version: 2, title: 'Edited v2', message: 'second' });
    const v1 = await call(version.GET(request('GET', `/api/dashboards/${uid}/versions/1`), ctx({ uid, version: '1' })));
    expect(v1.status).toBe(200);
    expect(v1.body.data).toMatchObject({ version: 1, title: 'Edited' });
    expect(v1.body.data.model.panels[0].targets[0].expr).toBe('up');
    expect((await call(version.GET(request('GET', `/api/dashboards/${uid}/versions/9`), ctx({ uid, version: '9' })))).status).toBe(404);
    expect((await call(version.GET(request('GET', `/api/dashboards/${uid}/versions/x`), ctx({ uid, version: 'x' })))).status).toBe(400);
  });

  it('restores an old version as a new one, and refuses a stale restore', async () => {
    const post = (body: unknown) => call(restore.POST(request('POST', `/api/dashboards/${uid}/restore`, { body }), ctx({ uid })));
    const r = await post({ version: 1, expectedVersion: 2 });
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ version: 3, title: 'Edited' });
    expect((await post({ version: 1, expectedVersion: 2 })).body.error).toMatchObject({ kind: 'conflict', currentVersion: 3 });
    expect((await post({ version: 42, expectedVersion: 3 })).status).toBe(404);
  });

  it('400s an invalid model naming the field path, and writes nothing', async () => {
    const bad = model('Bad');
    bad.panels[0].gridPos.w = 99;
    const r = await put(uid, { model: bad, expectedVersion: 3 });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/^model\.panels\.0\.gridPos\.w: /);
    expect((await put(uid, { model: model('x') })).body.error.message).toMatch(/^expectedVersion: /);
    expect((await put(uid, '{not json')).status).toBe(400);
    expect((await get(uid)).body.data.version).toBe(3);
  });

  it('404s a save of an unknown dashboard', async () => {
    expect((await put('unknown', { model: model('x'), expectedVersion: 1 })).status).toBe(404);
  });
});

describe('built-ins are read-only; duplicate saves a copy', () => {
  it('refuses to save, restore or delete a built-in with 403 offering a copy', async () => {
    const r = await put('k8s-pod', { model: model('Mine'), expectedVersion: 0 });
    expect(r.status).toBe(403);
    expect(r.body.error).toMatchObject({ kind: 'read_only' });
    expect(r.body.error.message).toMatch(/save it as a copy/);
    const del = await call(one.DELETE(request('DELETE', '/api/dashboards/k8s-pod'), ctx({ uid: 'k8s-pod' })));
    expect(del.status).toBe(403);
    const res = await call(restore.POST(request('POST', '/api/dashboards/k8s-pod/restore', { body: { version: 1, expectedVersion: 1 } }), ctx({ uid: 'k8s-pod' })));
    expect(res.status).toBe(403);
  });

  it('duplicates a built-in as an editable dashboard at version 1', async () => {
    const r = await call(duplicate.POST(request('POST', '/api/dashboards/k8s-pod/duplicate'), ctx({ uid: 'k8s-pod' })));
    expect(r.status).toBe(201);
    expect(r.body.data).toMatchObject({ title: 'Kubernetes / Pod (copy)', version: 1, readOnly: false, tags: ['kubernetes'] });
    expect(r.body.data.model.title).toBe('Kubernetes / Pod (copy)');
    const saved = await put(r.body.data.uid, { model: { ...r.body.data.model, title: 'My pods' }, expectedVersion: 1 });
    expect(saved.body.data).toMatchObject({ version: 2, title: 'My pods' });
  });

  it('duplicates a saved dashboard under a new title', async () => {
    const src = (await create({ model: model('Source') })).body.data.uid;
    const r = await call(duplicate.POST(request('POST', `/api/dashboards/${src}/duplicate`, { body: { title: 'Renamed' } }), ctx({ uid: src })));
    expect(r.body.data).toMatchObject({ title: 'Renamed', version: 1 });
    expect(r.body.data.uid).not.toBe(src);
  });
});

describe('delete', () => {
  it('deletes a saved dashboard (204), then 404s', async () => {
    const uid = (await create({ model: model('Doomed') })).body.data.uid;
    const del = () => call(one.DELETE(request('DELETE', `/api/dashboards/${uid}`), ctx({ uid })));
    expect((await del()).status).toBe(204);
    expect((await get(uid)).status).toBe(404);
    expect((await del()).status).toBe(404);
  });
});

describe('origin check and body limits', () => {
  it('refuses a write from another origin with 403 csrf and writes nothing', async () => {
    const uid = (await create({ model: model('Guarded') })).body.data.uid;
    const r = await put(uid, { model: model('Hijacked'), expectedVersion: 1 }, 'https://evil.example');
    expect(r.status).toBe(403);
    expect(r.body.error.kind).toBe('csrf');
    const del = await call(one.DELETE(request('DELETE', `/api/dashboards/${uid}`, { origin: 'null' }), ctx({ uid })));
    expect(del.status).toBe(403);
    const crossSite = await call(one.DELETE(request('DELETE', `/api/dashboards/${uid}`, { origin: null, headers: { 'sec-fetch-site': 'cross-site' } }), ctx({ uid })));
    expect(crossSite.status).toBe(403);
    expect((await get(uid)).body.data).toMatchObject({ version: 1, title: 'Guarded' });
  });

  it('accepts the origin a reverse proxy was addressed by, and a request without Origin', async () => {
    const r = await call(
      list.POST(request('POST', '/api/dashboards', { body: { model: model('Proxied') }, origin: 'https://lantern.example.com', headers: { 'x-forwarded-host': 'lantern.example.com', 'x-forwarded-proto': 'https' } }), ctx({})),
    );
    expect(r.status).toBe(201);
    expect((await call(list.POST(request('POST', '/api/dashboards', { body: { model: model('curl') }, origin: null }), ctx({})))).status).toBe(201);
  });

  it('413s a body over 5 MB', async () => {
    const big = JSON.stringify({ model: { ...model('Big'), description: 'x'.repeat(5 * 1024 * 1024) } });
    const r = await call(list.POST(request('POST', '/api/dashboards', { body: big }), ctx({})));
    expect(r.status).toBe(413);
    expect(r.body.error.message).toMatch(/larger than 5 MB/);
  });
});

describe('import preview and export', () => {
  const grafana = {
    title: 'Grafana node',
    schemaVersion: 39,
    templating: { list: [{ type: 'custom', name: 'env', query: 'prod,dev' }] },
    panels: [
      { id: 1, type: 'timeseries', title: 'CPU', gridPos: { x: 0, y: 0, w: 12, h: 8 }, targets: [{ refId: 'A', expr: 'rate(node_cpu_seconds_total[5m])' }] },
      { id: 2, type: 'piechart', title: 'Pie', gridPos: { x: 12, y: 0, w: 12, h: 8 }, targets: [] },
    ],
  };
  const preview = (body: unknown, origin?: string | null) => call(importer.POST(request('POST', '/api/dashboards/import', { body, origin }), ctx({})));

  it('previews a Grafana dashboard with warnings, saving nothing', async () => {
    const before = (await call(list.GET(request('GET', '/api/dashboards?limit=500'), ctx({})))).body.data.length;
    const r = await preview(grafana);
    expect(r.status).toBe(200);
    expect(r.body.data.format).toBe('grafana');
    expect(r.body.data.model.title).toBe('Grafana node');
    expect(r.body.data.model.panels.map((p: { type: string }) => p.type)).toEqual(['timeseries', 'unsupported']);
    expect(r.body.data.warnings.some((w: { code: string }) => w.code === 'panel-unsupported')).toBe(true);
    expect((await call(list.GET(request('GET', '/api/dashboards?limit=500'), ctx({})))).body.data.length).toBe(before);
  });

  it('accepts the file text as { json }, and 400s what is not a dashboard', async () => {
    expect((await preview({ json: JSON.stringify(grafana) })).body.data.model.title).toBe('Grafana node');
    const bad = await preview({ hello: 'world' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.kind).toBe('invalid_dashboard');
    expect((await preview({ json: '{oops' })).status).toBe(400);
    expect((await preview(grafana, 'https://evil.example')).status).toBe(403);
  });

  it('exports Lantern JSON as a download that imports back unchanged', async () => {
    const uid = (await create({ model: model('Round trip ü/ok', ['up', 'sum(rate(x[1m]))']) })).body.data.uid;
    const res = await exporter.GET(request('GET', `/api/dashboards/${uid}/export`), ctx({ uid }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="Round-trip-_-ok\.lantern\.json"; filename\*=UTF-8''/);
    const text = await res.text();
    const back = await preview({ json: text });
    expect(back.body.data.format).toBe('lantern');
    expect(back.body.data.model).toEqual((await get(uid)).body.data.model);
    expect((await exporter.GET(request('GET', '/api/dashboards/k8s-node/export'), ctx({ uid: 'k8s-node' }))).status).toBe(200);
  });
});
