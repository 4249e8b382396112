import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../../src/plan/limits.ts';
import type { CreateRequest } from '../api/types.ts';
import { OutputOptions, requestFields, type OutputSettings } from './output-options.tsx';

/** Most shots the server takes in one storyboard. */
const MAX_SHOTS = 16;

interface ShotDraft {
  /** Stable across reorders, so each row keeps its DOM (and focus) when it moves. */
  readonly key: number;
  readonly prompt: string;
  readonly seconds: string;
}

interface StoryboardFormProps {
  readonly settings: OutputSettings;
  readonly onSettings: (settings: OutputSettings) => void;
  readonly busy: boolean;
  readonly onCreate: (request: CreateRequest) => void;
}

/**
 * Several shots, each with its own prompt and length, in an order that can
 * be changed with buttons (keyboard-friendly, unlike dragging); rendered by
 * the server as one video.
 */
export function StoryboardForm({ settings, onSettings, busy, onCreate }: StoryboardFormProps) {
  const id = useId();
  const nextKey = useRef(3);
  const list = useRef<HTMLOListElement>(null);
  const [shots, setShots] = useState<readonly ShotDraft[]>([
    { key: 1, prompt: '', seconds: '3' },
    { key: 2, prompt: '', seconds: '3' },
  ]);
  const total = shots.reduce((sum, s) => sum + (Number(s.seconds) || 0), 0);

  // Where the keyboard goes once the list has re-rendered: the row (by key) and which control in it.
  // A layout effect, in the same task as the re-render: moving a row's DOM node blurs its button, and
  // a deferred effect would leave focus on <body> for a frame (a screen reader announces that).
  const focusNext = useRef<{ key: number; selector: string } | null>(null);
  useLayoutEffect(() => {
    const want = focusNext.current;
    if (!want) return;
    focusNext.current = null;
    const row = list.current?.querySelector<HTMLElement>(`[data-shot-key="${want.key}"]`);
    for (const selector of want.selector.split(',')) {
      const target = row?.querySelector<HTMLElement>(`${selector.trim()}:not(:disabled)`);
      if (target) return target.focus();
    }
  });

  const update = (key: number, change: Partial<ShotDraft>): void => setShots((all) => all.map((s) => (s.key === key ? { ...s, ...change } : s)));
  const move = (index: number, by: -1 | 1): void => {
    const target = index + by;
    if (target < 0 || target >= shots.length) return;
    const next = [...shots];
    [next[index], next[target]] = [next[target]!, next[index]!];
    // The keyboard stays on the shot that moved: the same button, or the other one once it reaches an end.
    const same = by < 0 ? '[data-action="move-up"]' : '[data-action="move-down"]';
    const other = by < 0 ? '[data-action="move-down"]' : '[data-action="move-up"]';
    focusNext.current = { key: shots[index]!.key, selector: `${same}, ${other}` };
    setShots(next);
  };
  const remove = (index: number): void => {
    const neighbour = shots[index + 1] ?? shots[index - 1];
    if (neighbour) focusNext.current = { key: neighbour.key, selector: 'textarea' };
    setShots((all) => all.filter((_, i) => i !== index));
  };
  const add = (): void => {
    const key = nextKey.current++;
    focusNext.current = { key, selector: 'textarea' };
    setShots((all) => [...all, { key, prompt: '', seconds: '3' }]);
  };
  const submit = (event: Event): void => {
    event.preventDefault();
    onCreate({ ...requestFields(settings), shots: shots.map((s) => ({ prompt: s.prompt.trim(), seconds: Number(s.seconds) })) });
  };

  return (
    <form class="create-form" onSubmit={submit}>
      <ol class="shots" ref={list} aria-label="Shots">
        {shots.map((shot, index) => {
          const n = index + 1;
          return (
            <li key={shot.key} class="shot" data-shot-key={shot.key}>
              <div class="shot-head">
                <h3 class="shot-title">Shot {n}</h3>
                <div class="shot-tools">
                  <button type="button" class="icon-button" data-action="move-up" aria-label={`Move shot ${n} up`} title="Move up" disabled={index === 0} onClick={() => move(index, -1)}>
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    type="button"
                    class="icon-button"
                    data-action="move-down"
                    aria-label={`Move shot ${n} down`}
                    title="Move down"
                    disabled={index === shots.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                  <button type="button" class="icon-button" data-action="remove" aria-label={`Remove shot ${n}`} title="Remove" disabled={shots.length === 1} onClick={() => remove(index)}>
                    <span aria-hidden="true">×</span>
                  </button>
                </div>
              </div>
              <div class="shot-fields">
                <div class="field grow">
                  <label for={`${id}-p${shot.key}`}>Shot {n} prompt</label>
                  <textarea
                    id={`${id}-p${shot.key}`}
                    rows={2}
                    required
                    maxLength={32000}
                    placeholder={n === 1 ? 'a little robot wakes up in a junkyard' : 'it finds a flower growing between the metal'}
                    value={shot.prompt}
                    onInput={(e) => update(shot.key, { prompt: e.currentTarget.value })}
                  />
                </div>
                <div class="field seconds">
                  <label for={`${id}-s${shot.key}`}>Seconds</label>
                  <input
                    id={`${id}-s${shot.key}`}
                    type="number"
                    inputMode="decimal"
                    min={LIMITS.minSeconds}
                    max={LIMITS.maxSeconds}
                    step="any"
                    required
                    aria-label={`Shot ${n} duration in seconds`}
                    value={shot.seconds}
                    onInput={(e) => update(shot.key, { seconds: e.currentTarget.value })}
                  />
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <div class="storyboard-bar">
        <button type="button" onClick={add} disabled={shots.length >= MAX_SHOTS}>
          + Add shot
        </button>
        <span class="muted" aria-live="polite">
          {shots.length} shots · {formatSeconds(total)} in all
          {total > LIMITS.maxSeconds ? ` (at most ${LIMITS.maxSeconds} s)` : ''}
        </span>
      </div>
      <OutputOptions value={settings} onChange={onSettings} withDuration={false} />
      <div class="form-actions">
        <button type="submit" class="primary" disabled={busy || total > LIMITS.maxSeconds}>
          {busy ? 'Sending…' : 'Create storyboard video'}
        </button>
      </div>
    </form>
  );
}

function formatSeconds(seconds: number): string {
  return `${Math.round(seconds * 10) / 10} s`;
}
