import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

/** The pods list: filters in the URL, rows by name, the watch indicator. */
export class PodsList {
  constructor(readonly page: Page) {}

  async open(params: Record<string, string> = {}) {
    await this.page.goto(`/pods?${new URLSearchParams(params)}`);
    await expect(this.page.getByTestId('pod-table')).toBeVisible();
  }

  rows(): Locator {
    return this.page.getByTestId('pod-row');
  }

  row(name: string): Locator {
    return this.page.locator(`[data-testid="pod-row"][data-name="${name}"]`);
  }

  /** Names of the rows shown (the demo lists are short enough that every row is in view). */
  async names(): Promise<string[]> {
    return this.rows().evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name') ?? ''));
  }

  async waitLive() {
    await expect(this.page.getByTestId('watch-state')).toHaveAttribute('data-state', 'live');
  }

  /** Opens the first pod whose name starts with `prefix` in `namespace` from the list. */
  async openPod(namespace: string, prefix: string): Promise<PodPage> {
    await this.open({ namespace, q: prefix });
    await this.rows().first().getByRole('link').first().click();
    const page = new PodPage(this.page);
    await expect(page.root()).toBeVisible();
    return page;
  }
}

/** One pod's page: sections by id, markers on charts and in the log list. */
export class PodPage {
  constructor(readonly page: Page) {}

  root(): Locator {
    return this.page.getByTestId('pod-page');
  }

  section(id: string): Locator {
    return this.page.getByTestId(`section-${id}`);
  }

  /** Markers of one kind on one chart (`cpu`, `memory`, `restarts`). */
  chartMarkers(chart: string, kind?: string): Locator {
    return this.page.getByTestId(`chart-${chart}-wrap`).locator(`[data-testid="chart-marker"]${kind ? `[data-kind="${kind}"]` : ''}`);
  }

  async markerTimes(chart: string, kind: string): Promise<number[]> {
    return (await this.chartMarkers(chart, kind).evaluateAll((ms) => ms.map((m) => m.getAttribute('data-at') ?? ''))).map((t) => Date.parse(t));
  }

  events(reason?: string): Locator {
    return this.page.locator(`[data-testid="pod-event"]${reason ? `[data-reason="${reason}"]` : ''}`);
  }

  logLines(): Locator {
    return this.page.getByTestId('pod-log-line');
  }

  logs(): Locator {
    return this.page.getByTestId('pod-logs');
  }
}

/** A pod name Prometheus saw in the last hour that the Kubernetes API no longer has (a replaced or completed pod). */
export async function deletedPodName(request: APIRequestContext, namespace: string, podRegex: string): Promise<string> {
  const q = `count by (pod) (max_over_time(kube_pod_info{namespace="${namespace}", pod=~"${podRegex}"}[1h]))`;
  const seen = (await (await request.get(`/api/prometheus/query?${new URLSearchParams({ query: q })}`)).json()) as { samples: { labels: { pod: string } }[] };
  const live = (await (await request.get(`/api/k8s/pods?${new URLSearchParams({ namespace })}`)).json()) as { items: { name: string }[] };
  const liveNames = new Set(live.items.map((p) => p.name));
  const gone = seen.samples.map((s) => s.labels.pod).filter((p) => !liveNames.has(p));
  expect(gone.length, `Prometheus knows no deleted pod matching ${podRegex}`).toBeGreaterThan(0);
  return gone.sort()[0];
}

/** The demo stack's control endpoint (playwright.config.ts passes its port): delete a pod as `kubectl delete pod` would. */
export async function deleteDemoPod(namespace: string, name: string): Promise<{ replacement: string | null }> {
  const res = await fetch(`http://127.0.0.1:${process.env.LANTERN_E2E_CONTROL_PORT}/pods/${namespace}/${name}/delete`, { method: 'POST' });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as { replacement: string | null };
}
