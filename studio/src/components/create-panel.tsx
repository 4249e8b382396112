import { useId, useRef, useState } from 'preact/hooks';
import type { CreateRequest } from '../api/types.ts';
import { DEFAULT_SETTINGS, type OutputSettings } from './output-options.tsx';
import { PromptForm } from './prompt-form.tsx';
import { StoryboardForm } from './storyboard-form.tsx';

type Mode = 'prompt' | 'storyboard';

const MODES: ReadonlyArray<{ id: Mode; label: string }> = [
  { id: 'prompt', label: 'Prompt' },
  { id: 'storyboard', label: 'Storyboard' },
];

interface CreatePanelProps {
  readonly busy: boolean;
  readonly onCreate: (request: CreateRequest) => void;
}

/**
 * Making a video: one prompt, or a storyboard of several shots. The two
 * modes are tabs (arrow keys move between them, as the ARIA tabs pattern
 * says) and share the size, style and seed settings. Both forms stay mounted
 * so switching keeps what was typed.
 */
export function CreatePanel({ busy, onCreate }: CreatePanelProps) {
  const id = useId();
  const [mode, setMode] = useState<Mode>('prompt');
  const [settings, setSettings] = useState<OutputSettings>(DEFAULT_SETTINGS);
  const tabs = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent): void => {
    const index = MODES.findIndex((m) => m.id === mode);
    let next = index;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (index + 1) % MODES.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (index + MODES.length - 1) % MODES.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = MODES.length - 1;
    else return;
    event.preventDefault();
    setMode(MODES[next]!.id);
    tabs.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <section class="panel create-panel" aria-labelledby={`${id}-title`}>
      <div class="panel-head">
        <h2 id={`${id}-title`}>Create</h2>
        <div class="tabs" role="tablist" aria-label="How to describe the video" ref={tabs} onKeyDown={onKeyDown}>
          {MODES.map((m) => (
            <button
              key={m.id}
              type="button"
              role="tab"
              id={`${id}-tab-${m.id}`}
              aria-selected={mode === m.id}
              aria-controls={`${id}-panel-${m.id}`}
              tabIndex={mode === m.id ? 0 : -1}
              onClick={() => setMode(m.id)}
            >
              {m.label}
            </button>
          ))}
        </div>
      </div>
      {MODES.map((m) => (
        <div key={m.id} role="tabpanel" id={`${id}-panel-${m.id}`} aria-labelledby={`${id}-tab-${m.id}`} hidden={mode !== m.id}>
          {m.id === 'prompt' ? (
            <PromptForm settings={settings} onSettings={setSettings} busy={busy} onCreate={onCreate} />
          ) : (
            <StoryboardForm settings={settings} onSettings={setSettings} busy={busy} onCreate={onCreate} />
          )}
        </div>
      ))}
    </section>
  );
}
