'use client';

import { useEffect, useRef, type ReactNode } from 'react';

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  /** Buttons, first is the default focus. */
  actions: { label: string; onClick: () => void; testId: string; primary?: boolean; danger?: boolean; disabled?: boolean }[];
  /** Escape or the close button: nothing chosen. */
  onCancel: () => void;
  testId: string;
}

/**
 * An in-page modal (`<dialog>`), never `window.confirm`: it can say what exactly is at stake, offer more than two
 * answers, and does not block the page's scripts.
 */
export function ConfirmDialog({ title, children, actions, onCancel, testId }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dash-confirm"
      data-testid={testId}
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 className="dash-confirm__title">{title}</h2>
      <div className="dash-confirm__body">{children}</div>
      <div className="dash-confirm__actions">
        {actions.map((a) => (
          <button
            key={a.testId}
            type="button"
            className={`btn${a.primary ? ' btn--primary' : ''}${a.danger ? ' btn--danger' : ''}`}
            onClick={a.onClick}
            disabled={a.disabled}
            data-testid={a.testId}
          >
            {a.label}
          </button>
        ))}
      </div>
    </dialog>
  );
}
