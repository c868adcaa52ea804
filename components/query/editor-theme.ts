import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';

/** Dark editor chrome that reads the console's CSS variables, and one syntax palette for PromQL and LogQL. */
export const editorTheme = [
  EditorView.theme(
    {
      '&': { backgroundColor: 'var(--bg-input)', color: 'var(--text)', fontSize: '13px', borderRadius: '4px' },
      '&.cm-focused': { outline: '1px solid var(--accent)' },
      '.cm-content': { fontFamily: 'var(--font-mono)', padding: '6px 0', caretColor: 'var(--text)' },
      '.cm-line': { padding: '0 8px' },
      '.cm-cursor': { borderLeftColor: 'var(--text)' },
      '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: '#2a3f5a' },
      '.cm-placeholder': { color: 'var(--text-faint)' },
      '.cm-tooltip': { backgroundColor: 'var(--bg-raised)', border: '1px solid var(--border)', color: 'var(--text)' },
      '.cm-tooltip-autocomplete > ul > li[aria-selected]': { backgroundColor: '#2a3f5a', color: 'var(--text)' },
      '.cm-completionDetail': { color: 'var(--text-faint)', marginLeft: '0.5em' },
      '.cm-diagnostic-error': { borderLeftColor: 'var(--error)' },
      '.cm-lintRange-error': { backgroundImage: 'none', textDecoration: 'underline wavy var(--error)' },
    },
    { dark: true },
  ),
  syntaxHighlighting(
    HighlightStyle.define([
      { tag: [t.keyword, t.operatorKeyword, t.modifier], color: '#c792ea' },
      { tag: [t.function(t.variableName), t.function(t.name)], color: '#82aaff' },
      { tag: [t.string, t.special(t.string)], color: '#c3e88d' },
      { tag: [t.number, t.unit], color: '#f78c6c' },
      { tag: [t.labelName, t.attributeName, t.propertyName], color: '#ffcb6b' },
      { tag: [t.operator, t.compareOperator, t.arithmeticOperator, t.logicOperator], color: '#89ddff' },
      { tag: t.comment, color: '#697098', fontStyle: 'italic' },
      { tag: [t.variableName, t.name], color: 'var(--text)' },
      { tag: t.invalid, color: 'var(--error)' },
    ]),
  ),
];
