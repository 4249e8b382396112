import type { GenerateProgress } from '../core/generate.ts';

/** A one-line progress bar for a terminal; does nothing when the stream is not a TTY. */
export function createProgressBar(stream: NodeJS.WriteStream, enabled: boolean): {
  update: (p: GenerateProgress) => void;
  done: () => void;
} {
  const active = enabled && stream.isTTY === true;
  const started = Date.now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update(p) {
      if (!active) return;
      const now = Date.now();
      if (now - lastDraw < 80 && p.stage === 'rendering' && p.frame !== p.frameCount) return;
      lastDraw = now;
      const width = 28;
      const filled = Math.round(p.fraction * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      const detail = p.stage === 'rendering' ? `frame ${p.frame}/${p.frameCount}` : p.stage;
      const secs = ((now - started) / 1000).toFixed(1);
      stream.write(`\r${bar} ${String(Math.round(p.fraction * 100)).padStart(3)}%  ${detail}  ${secs}s\x1b[K`);
      drawn = true;
    },
    done() {
      if (active && drawn) stream.write('\r\x1b[K');
    },
  };
}
