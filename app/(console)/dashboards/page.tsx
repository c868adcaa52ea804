import type { Metadata } from 'next';
import { IntentLink as Link } from '@/components/ui/IntentLink';
import { toSearchParams, timeFields, type SearchParamsRecord } from '@/components/k8s/search-params';
import { ago } from '@/components/overview/links';
import { Load } from '@/components/overview/Section';
import { ImportDashboard } from '@/components/dashboards/view/ImportDashboard';
import { NewDashboard } from '@/components/dashboards/view/NewDashboard';
import { listDashboards } from '@/lib/api/dashboards/dashboards';
import { listQuery } from '@/lib/api/dashboards/schemas';
import '@/components/overview/overview.css';
import '@/components/dashboards/view/view.css';

export const metadata: Metadata = { title: 'Dashboards · Lantern' };
export const dynamic = 'force-dynamic';

/** Built-in dashboards (read-only) first, then saved ones; searchable by title and tag; Grafana or Lantern JSON import. */
export default async function DashboardsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const sp = toSearchParams(await searchParams);
  const search = sp.get('search') ?? '';
  const tag = sp.get('tag') ?? '';
  const nowMs = Date.now();
  // Links to dashboards keep the time range the user is looking at.
  const time = new URLSearchParams(timeFields(sp)).toString();
  return (
    <div className="view">
      <h1 className="view-title">Dashboards</h1>
      <div className="dash-list__actions">
        <form className="filters" method="get" data-testid="dashboard-filters">
          {timeFields(sp).map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={v} />
          ))}
          <label>
            Title <input name="search" defaultValue={search} placeholder="search" data-testid="dashboard-search" />
          </label>
          <label>
            Tag <input name="tag" defaultValue={tag} placeholder="tag" data-testid="dashboard-tag-filter" />
          </label>
          <button type="submit">Search</button>
        </form>
        <NewDashboard />
      </div>
      <ImportDashboard />
      <Load load={() => listDashboards(listQuery.parse({ search: search || undefined, tag: tag || undefined, limit: 500 }))}>
        {(list) =>
          list.length ? (
            <table className="data-table" data-testid="dashboard-table">
              <thead>
                <tr>
                  <th>Title</th>
                  <th>Tags</th>
                  <th className="num">Version</th>
                  <th>Updated</th>
                </tr>
              </thead>
              <tbody>
                {list.map((d) => (
                  <tr key={d.uid} data-testid="dashboard-row" data-uid={d.uid}>
                    <td>
                      <Link href={`/dashboards/${encodeURIComponent(d.uid)}${time ? `?${time}` : ''}`} data-testid="dashboard-link">
                        {d.title}
                      </Link>
                      {d.readOnly && (
                        <span className="chip dash-badge" data-testid="dashboard-readonly">
                          {' '}
                          read-only
                        </span>
                      )}
                    </td>
                    <td>
                      {d.tags.map((t) => (
                        <Link key={t} href={`/dashboards?tag=${encodeURIComponent(t)}`} className="chip">
                          {t}
                        </Link>
                      ))}
                    </td>
                    <td className="num">{d.readOnly ? '—' : d.version}</td>
                    <td className="muted">{ago(d.updatedAt ? new Date(d.updatedAt).toISOString() : null, nowMs)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="muted" data-testid="dashboards-empty">
              {search || tag ? 'No dashboard matches.' : 'No dashboards yet.'}
            </p>
          )
        }
      </Load>
    </div>
  );
}
