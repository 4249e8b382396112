import { useEffect, useId, useState } from 'preact/hooks';
import { LIMITS } from '../../../src/plan/limits.ts';
import type { StudioApi } from '../api/studio-api.ts';
import type { Video } from '../api/types.ts';
import { downloadText } from '../lib/use-media-url.ts';
import { asApiError } from '../lib/use-videos.ts';
import { ErrorText, useDialogAction } from './dialog-action.tsx';
import { closeDialog, Modal } from './modal.tsx';

interface DialogProps {
  readonly video: Video;
  readonly onClose: () => void;
}

/** A new prompt applied to a finished video: what it names changes, the rest keeps its place. */
export function RemixDialog({ video, onClose, onRemix }: DialogProps & { onRemix: (prompt: string) => Promise<void> }) {
  const id = useId();
  const [prompt, setPrompt] = useState(video.prompt ?? '');
  const { busy, error, run } = useDialogAction();
  const submit = (event: Event): Promise<void> => {
    event.preventDefault();
    return run(event, () => onRemix(prompt.trim()));
  };
  return (
    <Modal title="Remix" onClose={onClose}>
      <form class="dialog-form" onSubmit={(e) => void submit(e)}>
        <p class="muted">Change what the prompt names (a colour, the time of day, an animal, the style); everything else keeps its place.</p>
        <div class="field">
          <label for={`${id}-prompt`}>New prompt</label>
          <textarea id={`${id}-prompt`} rows={3} required maxLength={32000} value={prompt} onInput={(e) => setPrompt(e.currentTarget.value)} autoFocus />
        </div>
        <ErrorText error={error} />
        <div class="form-actions">
          <button type="button" onClick={closeDialog}>
            Cancel
          </button>
          <button type="submit" class="primary" disabled={busy || !prompt.trim()}>
            Remix
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** More seconds continuing a finished video: same scene, actors carry on from where they ended. */
export function ExtendDialog({ video, onClose, onExtend }: DialogProps & { onExtend: (prompt: string, seconds: number) => Promise<void> }) {
  const id = useId();
  const [prompt, setPrompt] = useState(video.prompt ?? '');
  const [seconds, setSeconds] = useState('4');
  const { busy, error, run } = useDialogAction();
  const room = Math.max(0, LIMITS.maxSeconds - Number(video.seconds));
  const submit = (event: Event): Promise<void> => {
    event.preventDefault();
    return run(event, () => onExtend(prompt.trim(), Number(seconds)));
  };
  return (
    <Modal title="Extend" onClose={onClose}>
      <form class="dialog-form" onSubmit={(e) => void submit(e)}>
        <p class="muted">
          The video is {Number(video.seconds)} s long; a video may last {LIMITS.maxSeconds} s. Say what happens next.
        </p>
        <div class="field">
          <label for={`${id}-prompt`}>What happens next</label>
          <textarea id={`${id}-prompt`} rows={3} required maxLength={32000} value={prompt} onInput={(e) => setPrompt(e.currentTarget.value)} autoFocus />
        </div>
        <div class="field">
          <label for={`${id}-seconds`}>Seconds to add</label>
          <input
            id={`${id}-seconds`}
            type="number"
            inputMode="decimal"
            min={1}
            max={room}
            step="any"
            required
            value={seconds}
            onInput={(e) => setSeconds(e.currentTarget.value)}
          />
        </div>
        <ErrorText error={error} />
        <div class="form-actions">
          <button type="button" onClick={closeDialog}>
            Cancel
          </button>
          <button type="submit" class="primary" disabled={busy || room < 1}>
            Extend
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** Asks before a video is deleted for good (or, while it renders, cancelled). */
export function DeleteDialog({ video, onClose, onDelete }: DialogProps & { onDelete: () => Promise<void> }) {
  const { error, run } = useDialogAction();
  const unfinished = video.status === 'queued' || video.status === 'in_progress';
  return (
    <Modal title={unfinished ? 'Cancel this video?' : 'Delete this video?'} onClose={onClose}>
      <p class="dialog-text">“{video.prompt}”</p>
      <p class="muted">{unfinished ? 'Its render stops and nothing is kept.' : 'The video, its previews and its plan are deleted from the server.'}</p>
      <ErrorText error={error} />
      <div class="form-actions">
        <button type="button" onClick={closeDialog} autoFocus>
          Keep it
        </button>
        <button type="button" class="danger" onClick={(e) => void run(e, onDelete)}>
          {unfinished ? 'Cancel video' : 'Delete'}
        </button>
      </div>
    </Modal>
  );
}

/** The scene plan the video was made from, as readable JSON, with a summary of what the planner understood. */
export function PlanDialog({ api, video, onClose }: DialogProps & { api: StudioApi }) {
  const [plan, setPlan] = useState<Record<string, unknown> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState('');
  useEffect(() => {
    api.plan(video.id).then(setPlan, (e: unknown) => setError(asApiError(e).message));
  }, [api, video.id]);
  const text = plan ? JSON.stringify(plan, null, 2) : '';
  const copy = (): void => {
    navigator.clipboard.writeText(text).then(
      () => setCopied('Copied to the clipboard.'),
      () => setCopied('The browser did not allow copying; select the text instead.'),
    );
  };
  return (
    <Modal title="Scene plan" onClose={onClose} wide>
      <ErrorText error={error} />
      {!plan && !error && <p>Loading the plan…</p>}
      {plan && (
        <>
          <PlanSummary plan={plan} />
          <pre class="plan-json" tabIndex={0} aria-label="The scene plan as JSON">
            {text}
          </pre>
        </>
      )}
      <div class="form-actions">
        <span class="muted" aria-live="polite">
          {copied}
        </span>
        <button type="button" onClick={copy} disabled={!plan}>
          Copy
        </button>
        <button type="button" onClick={() => downloadText(`${text}\n`, `${video.id}-plan.json`)} disabled={!plan}>
          Download plan.json
        </button>
        <button type="button" class="primary" onClick={closeDialog}>
          Close
        </button>
      </div>
    </Modal>
  );
}

interface PlanShot {
  caption?: string;
  duration?: number;
  entities?: Array<{ noun?: string; count?: number }>;
}

/** One line per shot: its length and what is in it. */
function PlanSummary({ plan }: { plan: Record<string, unknown> }) {
  const shots = (Array.isArray(plan.shots) ? plan.shots : []) as PlanShot[];
  const style = (plan.style as { name?: string } | undefined)?.name ?? 'natural';
  const unresolved = (Array.isArray(plan.unresolved) ? plan.unresolved : []) as string[];
  return (
    <div class="plan-summary">
      <p>
        {shots.length} {shots.length === 1 ? 'shot' : 'shots'} · style {style} · seed {String(plan.seed)}
        {unresolved.length > 0 && <> · not understood: {unresolved.join(', ')}</>}
      </p>
      <ol>
        {shots.map((shot, i) => (
          <li key={i}>
            <strong>{Math.round((shot.duration ?? 0) * 100) / 100} s</strong> — {shot.caption || (shot.entities ?? []).map((e) => e.noun).join(', ') || 'an empty scene'}
          </li>
        ))}
      </ol>
    </div>
  );
}
