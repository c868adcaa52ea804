import type { Panel } from '@/lib/dashboards/model';

/** What an import could not map, named: the original panel type and why, instead of a failed import. */
export function Placeholder({ panel }: { panel: Extract<Panel, { type: 'unsupported' }> }) {
  return (
    <div className="panel-placeholder" data-testid="panel-placeholder" data-original-type={panel.options.originalType}>
      <div className="panel-placeholder__type">
        Unsupported panel type <code>{panel.options.originalType}</code>
      </div>
      <div className="panel-placeholder__reason" data-testid="panel-placeholder-reason">
        {panel.options.reason}
      </div>
    </div>
  );
}
