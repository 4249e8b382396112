import { useEffect, useId, useRef, useState } from 'preact/hooks';

interface KeyPanelProps {
  readonly apiKey: string | null;
  readonly onSave: (key: string | null) => void;
  /** Goes up each time the server refuses the key (or its absence): the panel then opens and takes focus. */
  readonly askCount: number;
}

/**
 * The API key, for servers started with keys (`DIORAMA_API_KEYS`). Kept in
 * this browser's local storage and sent as `Authorization: Bearer`. A
 * disclosure in the header: out of the way when the server needs no key.
 */
export function KeyPanel({ apiKey, onSave, askCount }: KeyPanelProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(apiKey ?? '');
  const input = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (askCount === 0) return;
    setOpen(true);
    requestAnimationFrame(() => {
      input.current?.focus();
      input.current?.select();
    });
  }, [askCount]);
  useEffect(() => setDraft(apiKey ?? ''), [apiKey]);
  return (
    <div class="key-panel">
      <button ref={toggle} type="button" class="key-toggle" aria-expanded={open} aria-controls={`${id}-form`} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">🔑</span> API key{apiKey ? ': set' : ''}
      </button>
      <form
        id={`${id}-form`}
        class="key-form"
        hidden={!open}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          setOpen(false);
          toggle.current?.focus();
        }}
        onSubmit={(e) => {
          e.preventDefault();
          onSave(draft.trim() || null);
          setOpen(false);
          toggle.current?.focus();
        }}
      >
        <label for={`${id}-key`}>API key</label>
        <input
          ref={input}
          id={`${id}-key`}
          type="password"
          autoComplete="off"
          spellcheck={false}
          placeholder="sk-…"
          aria-describedby={`${id}-hint`}
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <small id={`${id}-hint`} class="hint">
          Only for servers that require keys. Kept in this browser's local storage.
        </small>
        <div class="form-actions">
          <button
            type="button"
            onClick={() => {
              setDraft('');
              onSave(null);
            }}
            disabled={!apiKey}
          >
            Forget key
          </button>
          <button type="submit" class="primary">
            Save key
          </button>
        </div>
      </form>
    </div>
  );
}
