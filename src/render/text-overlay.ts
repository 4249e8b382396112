import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { Shot, ShotText } from '../plan/schema.ts';

/** The shot's texts, drawn over the frame. */
export interface TextOverlay {
  draw(ctx: SKRSContext2D, seconds: number): void;
}

interface Card {
  readonly text: ShotText;
  readonly image: Canvas;
  readonly x: number;
  readonly y: number;
  readonly end: number;
}

/**
 * Titles, captions, signs and labels in the bundled Inter font. Each is
 * typeset once per shot into a bitmap with what makes it readable over any
 * picture — a soft scrim behind a title, a dark pill behind a caption, a
 * wooden board for a sign — and per frame only fades and drifts into place.
 */
export function createTextOverlay(shot: Shot, width: number, height: number, font: string): TextOverlay {
  const cards: Card[] = shot.texts.map((text) => {
    const image = typeset(text, width, height, font);
    const anchorY = text.position === 'top' ? height * 0.16 : text.position === 'center' ? height * 0.44 : height * 0.84;
    return { text, image, x: Math.round((width - image.width) / 2), y: Math.round(anchorY - image.height / 2), end: text.end ?? shot.duration };
  });
  return {
    draw(ctx, seconds) {
      for (const card of cards) {
        if (seconds < card.text.start || seconds >= card.end) continue;
        const fadeIn = Math.min(1, (seconds - card.text.start) / 0.5);
        const fadeOut = Math.min(1, (card.end - seconds) / 0.4);
        const k = Math.max(0, Math.min(fadeIn, fadeOut));
        const ease = 1 - (1 - fadeIn) ** 3;
        const rise = card.text.role === 'title' ? (1 - ease) * height * 0.02 : 0;
        ctx.globalAlpha = k;
        ctx.drawImage(card.image, card.x, card.y + rise);
        ctx.globalAlpha = 1;
      }
    },
  };
}

function typeset(text: ShotText, width: number, height: number, font: string): Canvas {
  const role = text.role;
  const size = Math.max(8, Math.round(height * (role === 'title' ? 0.092 : role === 'sign' ? 0.06 : role === 'label' ? 0.038 : 0.048)));
  const weight = role === 'title' || role === 'sign' ? 700 : 500;
  const measure = createCanvas(4, 4).getContext('2d');
  measure.font = `${weight} ${size}px ${font}`;
  if (role === 'title') measure.letterSpacing = `${(size * 0.02).toFixed(1)}px`;
  const lines = wrap(measure, text.text, width * (role === 'title' ? 0.82 : 0.78), role === 'title' ? 3 : 4);
  const lineHeight = size * 1.22;
  const textW = Math.max(1, ...lines.map((l) => measure.measureText(l).width));
  const padX = role === 'title' ? size * 1.2 : size * 0.8;
  const padY = role === 'title' ? size * 0.8 : size * 0.45;
  const w = Math.min(width, Math.ceil(textW + padX * 2));
  const h = Math.ceil(lines.length * lineHeight + padY * 2);
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  ctx.font = measure.font;
  if (role === 'title') ctx.letterSpacing = measure.letterSpacing;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  if (role === 'title') {
    // A soft dark scrim, widest in the middle, keeps light titles readable over bright skies.
    const g = ctx.createRadialGradient(w / 2, h / 2, 0, w / 2, h / 2, w / 2);
    g.addColorStop(0, 'rgba(0,0,0,0.38)');
    g.addColorStop(1, 'rgba(0,0,0,0)');
    ctx.save();
    ctx.setTransform(1, 0, 0, h / w, 0, h / 2 - (h / w) * (h / 2));
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, w, w);
    ctx.restore();
  } else if (role === 'caption' || role === 'label') {
    ctx.fillStyle = 'rgba(10,14,24,0.62)';
    ctx.beginPath();
    ctx.roundRect(1, 1, w - 2, h - 2, Math.min(h / 2, size * 0.6));
    ctx.fill();
  } else {
    const board = ctx.createLinearGradient(0, 0, 0, h);
    board.addColorStop(0, '#b07a48');
    board.addColorStop(1, '#7a4e2a');
    ctx.fillStyle = board;
    ctx.beginPath();
    ctx.roundRect(1, 1, w - 2, h - 2, size * 0.25);
    ctx.fill();
    ctx.strokeStyle = '#4e3018';
    ctx.lineWidth = Math.max(2, size * 0.08);
    ctx.stroke();
    ctx.strokeStyle = 'rgba(255,230,190,0.18)';
    ctx.lineWidth = 1;
    for (let y = size * 0.4; y < h; y += size * 0.45) {
      ctx.beginPath();
      ctx.moveTo(size * 0.3, y);
      ctx.lineTo(w - size * 0.3, y);
      ctx.stroke();
    }
  }
  lines.forEach((line, k) => {
    const y = padY + lineHeight * (k + 0.5);
    if (role === 'sign') {
      ctx.fillStyle = 'rgba(255,235,200,0.35)';
      ctx.fillText(line, w / 2, y + Math.max(1, size * 0.04));
      ctx.fillStyle = '#fff6e6';
      ctx.fillText(line, w / 2, y);
      return;
    }
    if (role === 'title') {
      ctx.shadowColor = 'rgba(0,0,0,0.55)';
      ctx.shadowBlur = size * 0.18;
      ctx.shadowOffsetY = size * 0.04;
      ctx.lineJoin = 'round';
      ctx.lineWidth = Math.max(1.5, size * 0.06);
      ctx.strokeStyle = 'rgba(0,0,0,0.45)';
      ctx.strokeText(line, w / 2, y);
      ctx.shadowColor = 'transparent';
    }
    ctx.fillStyle = '#ffffff';
    ctx.fillText(line, w / 2, y);
  });
  return canvas;
}

function wrap(ctx: SKRSContext2D, text: string, maxWidth: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s*\S*$/, '')}…`;
    return kept;
  }
  return lines;
}
