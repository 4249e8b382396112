import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Shot } from '../plan/schema.ts';

/** Draws the shot's titles and captions active at `seconds` into the shot, fading in and out. */
export function drawTexts(ctx: SKRSContext2D, shot: Shot, seconds: number, width: number, height: number, font: string): void {
  for (const text of shot.texts) {
    const end = text.end ?? shot.duration;
    if (seconds < text.start || seconds >= end) continue;
    const fade = Math.min(1, (seconds - text.start) / 0.4, (end - seconds) / 0.4);
    const size = Math.round(height * (text.role === 'title' ? 0.1 : text.role === 'sign' ? 0.07 : 0.055));
    ctx.save();
    ctx.globalAlpha = Math.max(0, fade);
    ctx.font = `${text.role === 'title' ? 700 : 400} ${size}px ${font}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    const y = text.position === 'top' ? height * 0.14 : text.position === 'center' ? height * 0.45 : height * 0.86;
    const lines = wrap(ctx, text.text, width * 0.86);
    lines.forEach((line, k) => {
      const ly = y + (k - (lines.length - 1) / 2) * size * 1.2;
      ctx.lineJoin = 'round';
      ctx.lineWidth = Math.max(2, size * 0.12);
      ctx.strokeStyle = 'rgba(0,0,0,0.65)';
      ctx.strokeText(line, width / 2, ly);
      ctx.fillStyle = '#ffffff';
      ctx.fillText(line, width / 2, ly);
    });
    ctx.restore();
  }
}

function wrap(ctx: SKRSContext2D, text: string, maxWidth: number): string[] {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines.slice(0, 4);
}
