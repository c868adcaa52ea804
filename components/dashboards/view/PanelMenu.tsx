'use client';

import { useRef } from 'react';

export interface PanelMenuProps {
  title: string;
  /** Absent when the panel is already full screen. */
  onView?: () => void;
  /** Explore or Logs with the panel's first query; absent for panels without queries. */
  exploreHref?: string;
  exploreLabel?: string;
  /** Absent for a panel that has no link yet (being edited, not saved). */
  onCopyLink?: () => void;
  onInspect?: () => void;
}

/** The panel's menu: view full screen, explore, copy a link to the panel, inspect its queries and data. */
export function PanelMenu({ title, onView, exploreHref, exploreLabel = 'Explore', onCopyLink, onInspect }: PanelMenuProps) {
  const ref = useRef<HTMLDetailsElement>(null);
  const close = () => ref.current?.removeAttribute('open');
  const act = (fn: () => void) => () => {
    close();
    fn();
  };
  return (
    <details className="panel-menu" ref={ref} data-testid="panel-menu">
      <summary className="panel-menu__toggle" aria-label={`Menu of panel ${title}`} title="Panel menu">
        ⋮
      </summary>
      <div className="panel-menu__items" role="menu">
        {onView && (
          <button type="button" role="menuitem" onClick={act(onView)} data-testid="panel-menu-view">
            View
          </button>
        )}
        {exploreHref && (
          <a role="menuitem" href={exploreHref} onClick={close} data-testid="panel-menu-explore">
            {exploreLabel}
          </a>
        )}
        {onCopyLink && (
          <button type="button" role="menuitem" onClick={act(onCopyLink)} data-testid="panel-menu-copy-link">
            Copy link to panel
          </button>
        )}
        {onInspect && (
          <button type="button" role="menuitem" onClick={act(onInspect)} data-testid="panel-menu-inspect">
            Inspect
          </button>
        )}
      </div>
    </details>
  );
}
