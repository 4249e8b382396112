import { useId } from 'preact/hooks';
import { LIMITS } from '../../../src/plan/limits.ts';
import { STYLE_NAMES } from '../../../src/plan/vocabulary.ts';
import { ASPECTS, RESOLUTIONS, frameSize, type AspectId } from '../lib/video-size.ts';

/** The settings every new video shares, in either mode. */
export interface OutputSettings {
  readonly aspect: AspectId;
  /** Short side in pixels. */
  readonly resolution: number;
  /** Length of a single-prompt video, as typed. */
  readonly seconds: string;
  /** A style name, or '' to let the prompt decide. */
  readonly style: string;
  /** A whole number as typed, or '' for the prompt's own seed. */
  readonly seed: string;
}

export const DEFAULT_SETTINGS: OutputSettings = { aspect: '16:9', resolution: 360, seconds: '5', style: '', seed: '' };

/** "oil-paint" → "Oil paint". */
export function styleLabel(name: string): string {
  const words = name.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

interface OutputOptionsProps {
  readonly value: OutputSettings;
  readonly onChange: (value: OutputSettings) => void;
  /** Storyboards set a length per shot instead. */
  readonly withDuration: boolean;
}

/** Aspect, resolution, duration, style and seed: labelled, keyboard-usable controls. */
export function OutputOptions({ value, onChange, withDuration }: OutputOptionsProps) {
  const id = useId();
  const set = <K extends keyof OutputSettings>(key: K, v: OutputSettings[K]): void => onChange({ ...value, [key]: v });
  const size = frameSize(value.aspect, value.resolution);
  return (
    <div class="options">
      <fieldset class="field aspect">
        <legend>Aspect</legend>
        <div class="segmented">
          {ASPECTS.map((aspect) => (
            <label key={aspect.id}>
              <input type="radio" name={`${id}-aspect`} value={aspect.id} checked={value.aspect === aspect.id} onChange={() => set('aspect', aspect.id)} />
              <span>
                <span class={`shape shape-${aspect.id.replace(':', 'x')}`} aria-hidden="true" />
                <span class="aspect-text">
                  {aspect.label} <span class="muted">{aspect.id}</span>
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="field">
        <label for={`${id}-size`}>Size</label>
        <select id={`${id}-size`} value={String(value.resolution)} onChange={(e) => set('resolution', Number(e.currentTarget.value))} aria-describedby={`${id}-size-hint`}>
          {RESOLUTIONS.map((r) => (
            <option key={r.short} value={String(r.short)}>
              {r.label}
            </option>
          ))}
        </select>
        <small id={`${id}-size-hint`} class="hint">
          {size.width} × {size.height} pixels
        </small>
      </div>
      {withDuration && (
        <div class="field">
          <label for={`${id}-seconds`}>Duration (seconds)</label>
          <input
            id={`${id}-seconds`}
            type="number"
            inputMode="decimal"
            min={LIMITS.minSeconds}
            max={LIMITS.maxSeconds}
            step="any"
            required
            value={value.seconds}
            onInput={(e) => set('seconds', e.currentTarget.value)}
          />
        </div>
      )}
      <div class="field">
        <label for={`${id}-style`}>Style</label>
        <select id={`${id}-style`} value={value.style} onChange={(e) => set('style', e.currentTarget.value)}>
          <option value="">Auto</option>
          {STYLE_NAMES.map((name) => (
            <option key={name} value={name}>
              {styleLabel(name)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${id}-seed`}>Seed</label>
        <div class="with-button">
          <input
            id={`${id}-seed`}
            type="number"
            inputMode="numeric"
            min={0}
            max={LIMITS.maxSeed}
            step={1}
            placeholder="auto"
            value={value.seed}
            aria-describedby={`${id}-seed-hint`}
            onInput={(e) => set('seed', e.currentTarget.value)}
          />
          <button type="button" class="icon-button" aria-label="Pick a random seed" title="Pick a random seed" onClick={() => set('seed', String(randomSeed()))}>
            <span aria-hidden="true">⚄</span>
          </button>
        </div>
        <small id={`${id}-seed-hint`} class="hint">
          Empty: chosen from the prompt. Same prompt and seed, same video.
        </small>
      </div>
    </div>
  );
}

/** A seed from the browser's random source (the server itself never picks seeds at random). */
function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

/** The fields of a create request that these settings give. */
export function requestFields(settings: OutputSettings): { model: string; size: string; style?: string; seed?: number } {
  const { width, height } = frameSize(settings.aspect, settings.resolution);
  const seed = settings.seed.trim() === '' ? undefined : Number(settings.seed);
  return {
    model: 'diorama',
    size: `${width}x${height}`,
    ...(settings.style ? { style: settings.style } : {}),
    ...(seed !== undefined && Number.isFinite(seed) ? { seed } : {}),
  };
}
