'use client';

import { EditorState, Prec, type Extension } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { useCspNonce } from '@/components/ui/csp-nonce';

interface UseCodeMirrorOptions {
  value: string;
  onChange: (value: string) => void;
  onRun: () => void;
  /** Built once on mount: language, completion, theme. Handlers are read through refs, so they may change freely. */
  extensions: () => Extension[];
}

/** Mounts a CodeMirror 6 view into the returned ref and keeps it in sync with `value` (e.g. after Back). */
export function useCodeMirror({ value, onChange, onRun, extensions }: UseCodeMirrorOptions) {
  const ref = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const handlers = useRef({ onChange, onRun });
  handlers.current = { onChange, onRun };
  const initial = useRef({ value, extensions });
  const nonce = useCspNonce();
  const nonceRef = useRef(nonce);

  useEffect(() => {
    if (!ref.current) return;
    const view = new EditorView({
      parent: ref.current,
      state: EditorState.create({
        doc: initial.current.value,
        extensions: [
          Prec.highest(
            keymap.of([
              {
                key: 'Mod-Enter',
                run: () => {
                  handlers.current.onRun();
                  return true;
                },
              },
            ]),
          ),
          ...initial.current.extensions(),
          // CodeMirror injects its theme as <style> elements: the page's CSP admits them only with its nonce.
          ...(nonceRef.current ? [EditorView.cspNonce.of(nonceRef.current)] : []),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) handlers.current.onChange(u.state.doc.toString());
          }),
        ],
      }),
    });
    viewRef.current = view;
    return () => {
      view.destroy();
      viewRef.current = null;
    };
  }, []);

  useEffect(() => {
    const view = viewRef.current;
    if (view && view.state.doc.toString() !== value) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value } });
    }
  }, [value]);

  return ref;
}
