import { IntentLink as Link } from '@/components/ui/IntentLink';

export default function DashboardNotFound() {
  return (
    <div className="view not-found" data-testid="dashboard-not-found">
      <h1 className="view-title">Dashboard not found</h1>
      <p className="muted">It may have been deleted, or the link is mistyped.</p>
      <Link href="/dashboards">All dashboards</Link>
    </div>
  );
}
