import type { Metadata } from 'next';
import { toSearchParams, timeFields, type SearchParamsRecord } from '@/components/k8s/search-params';
import { ago } from '@/components/overview/links';
import { Load } from '@/components/overview/Section';
import { dashboards } from '@/lib/server/db';
import '@/components/overview/overview.css';

export const metadata: Metadata = { title: 'Dashboards · Lantern' };
export const dynamic = 'force-dynamic';

/** Saved dashboards, searchable by title and tag. */
export default async function DashboardsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const sp = toSearchParams(await searchParams);
  const search = sp.get('search') ?? '';
  const tag = sp.get('tag') ?? '';
  const nowMs = Date.now();
  return (
    <div className="view">
      <h1 className="view-title">Dashboards</h1>
      <form className="filters" method="get" data-testid="dashboard-filters">
        {timeFields(sp).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <label>
          Title <input name="search" defaultValue={search} placeholder="search" />
        </label>
        <label>
          Tag <input name="tag" defaultValue={tag} placeholder="tag" />
        </label>
        <button type="submit">Search</button>
      </form>
      <Load load={async () => (await dashboards()).list({ search: search || undefined, tags: tag ? [tag] : undefined, limit: 200 })}>
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
                  <tr key={d.uid} data-testid="dashboard-row">
                    <td>{d.title}</td>
                    <td>
                      {d.tags.map((t) => (
                        <code key={t} className="chip">
                          {t}
                        </code>
                      ))}
                    </td>
                    <td className="num">{d.version}</td>
                    <td className="muted">{ago(d.updatedAt.toISOString(), nowMs)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="muted" data-testid="dashboards-empty">
              {search || tag ? 'No dashboard matches.' : 'No saved dashboards yet.'}
            </p>
          )
        }
      </Load>
    </div>
  );
}
