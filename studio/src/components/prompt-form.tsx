import { useId, useRef, useState } from 'preact/hooks';
import type { CreateRequest } from '../api/types.ts';
import { OutputOptions, requestFields, type OutputSettings } from './output-options.tsx';

/** Prompts a new user can start from. */
const EXAMPLES = [
  'a red fox trotting through a snowy pine forest at dusk',
  'a hot air balloon drifting over green hills',
  'a robot walking down a neon city street at night',
  'three red balloons floating into the sky',
];

interface PromptFormProps {
  readonly settings: OutputSettings;
  readonly onSettings: (settings: OutputSettings) => void;
  readonly busy: boolean;
  readonly onCreate: (request: CreateRequest) => void;
}

/** One prompt, one video. Enter creates; Shift+Enter starts a new line. */
export function PromptForm({ settings, onSettings, busy, onCreate }: PromptFormProps) {
  const id = useId();
  const [prompt, setPrompt] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const submit = (event: Event): void => {
    event.preventDefault();
    if (!prompt.trim()) return;
    onCreate({ prompt: prompt.trim(), seconds: Number(settings.seconds), ...requestFields(settings) });
  };
  return (
    <form ref={form} class="create-form" onSubmit={submit}>
      <div class="field">
        <label for={`${id}-prompt`}>Describe your video</label>
        <textarea
          id={`${id}-prompt`}
          name="prompt"
          rows={3}
          required
          maxLength={32000}
          placeholder="a red fox trotting through a snowy pine forest at dusk"
          aria-describedby={`${id}-prompt-hint`}
          value={prompt}
          onInput={(e) => setPrompt(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
              e.preventDefault();
              form.current?.requestSubmit();
            }
          }}
        />
        <small id={`${id}-prompt-hint`} class="hint">
          Enter creates the video; Shift+Enter starts a new line. Several sentences become several shots.
        </small>
      </div>
      <div class="examples" role="group" aria-label="Example prompts">
        <span class="muted">Try:</span>
        {EXAMPLES.map((example) => (
          <button key={example} type="button" class="chip" onClick={() => setPrompt(example)}>
            {example}
          </button>
        ))}
      </div>
      <OutputOptions value={settings} onChange={onSettings} withDuration />
      <div class="form-actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Sending…' : 'Create video'}
        </button>
      </div>
    </form>
  );
}
