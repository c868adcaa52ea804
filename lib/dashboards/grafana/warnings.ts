/** What an import could not carry over, said precisely enough for a user to fix it by hand. */

export type ImportWarningCode =
  | 'annotations-dropped'
  | 'dashboard-link-dropped'
  | 'datasource-assumed'
  | 'datasource-unsupported'
  | 'field-option-dropped'
  | 'gridpos-clamped'
  | 'html-converted'
  | 'legend-calc-dropped'
  | 'library-panel-missing'
  | 'limit-exceeded'
  | 'option-approximated'
  | 'override-dropped'
  | 'panel-id-renumbered'
  | 'panel-unsupported'
  | 'refresh-clamped'
  | 'repeat-ignored'
  | 'row-panels-dropped'
  | 'series-overrides-ignored'
  | 'target-dropped'
  | 'title-missing'
  | 'transformations-dropped'
  | 'value-truncated'
  | 'variable-dropped'
  | 'variable-query-unrecognised'
  | 'variable-renamed';

export interface ImportWarning {
  code: ImportWarningCode;
  /** One sentence naming exactly what was dropped or changed. */
  message: string;
  /** The panel's id in the imported model (after any renumbering). */
  panelId?: number;
  panelTitle?: string;
  /** The variable's name as it was in Grafana. */
  variable?: string;
}

export type Warn = (w: ImportWarning) => void;

/** Binds a panel to warnings so mappers need not thread its id and title through every call. */
export function panelWarn(warn: Warn, panelId: number, panelTitle: string): (code: ImportWarningCode, message: string) => void {
  return (code, message) => warn({ code, message, panelId, ...(panelTitle ? { panelTitle } : {}) });
}
export type PanelWarn = ReturnType<typeof panelWarn>;
