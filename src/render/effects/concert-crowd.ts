import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { Shot } from '../../plan/schema.ts';

/**
 * An audience in front of a stage where a band or a musician plays: the
 * backs of heads and shoulders along the bottom of the frame, dark against
 * the lit stage, bobbing to the beat, a few hands up. Drawn in screen space
 * (the crowd is nearer than anything staged), cheap: a few dozen shapes.
 */

/** Heads across the frame. */
const HEADS = 14;
/** Beats a second the crowd bobs to. */
const BEAT = 2;

/** Whether a shot shows someone performing music on a stage: it gets an audience. */
export function hasAudience(shot: Shot): boolean {
  if (shot.setting.kind !== 'stage') return false;
  return shot.entities.some((e) => e.category === 'person' && e.actions.some((a) => a.verb === 'play' && a.target && e.actions.some((b) => b.motion === 'carry' && b.target === a.target)));
}

/** A steady pseudo-random number in [0, 1) for a head and a purpose. */
function hash(n: number, salt: number): number {
  const s = Math.sin(n * 91.7 + salt * 47.3) * 24634.6345;
  return s - Math.floor(s);
}

/** One head of the crowd at a time: where its crown is (pixels) and whether a hand is up. */
export function crowdHead(n: number, seconds: number, width: number, height: number): { x: number; y: number; r: number; hand: number } {
  const r = height * (0.05 + 0.018 * hash(n, 1));
  const x = ((n + 0.5) / HEADS) * width + (hash(n, 2) - 0.5) * (width / HEADS) * 0.6;
  const beat = Math.max(0, Math.sin((seconds * BEAT + hash(n, 3)) * Math.PI * 2));
  const y = height - r * (1.7 + 0.5 * hash(n, 4)) - beat * r * 0.18;
  // About one in four waves a hand up in time.
  const hand = hash(n, 5) < 0.27 ? 0.6 + 0.4 * beat : 0;
  return { x, y, r, hand };
}

/** A head and its shoulders (and a raised arm), painted once for a frame size: filling a dozen anti-aliased ellipses each frame cost Skia over 3 ms at 720p. */
interface Figure {
  readonly body: Canvas;
  /** Where the body's top-left goes when the head's crown is at rest (pixels). */
  readonly left: number;
  readonly top: number;
  /** The head's crown at rest (pixels): how far the beat lifts it is read against this. */
  readonly crown: number;
  readonly arm: { readonly canvas: Canvas; readonly left: number; readonly top: number; readonly side: number } | null;
}

let painted: { width: number; height: number; figures: Figure[] } | null = null;

function figuresFor(width: number, height: number): Figure[] {
  if (painted && painted.width === width && painted.height === height) return painted.figures;
  const figures = Array.from({ length: HEADS }, (_, n) => paintFigure(n, width, height));
  painted = { width, height, figures };
  return figures;
}

function paintFigure(n: number, width: number, height: number): Figure {
  const { x, y, r } = crowdHead(n, 0, width, height);
  // At rest the beat may already lift the head: paint it at the bob's lowest point (no lift).
  const crown = height - r * (1.7 + 0.5 * hash(n, 4));
  const shade = 18 + Math.round(16 * hash(n, 6));
  const color = `rgb(${shade + 6},${shade},${shade + 10})`;
  const pad = Math.ceil(r * 0.3);
  const left = Math.floor(x - r * 1.9 - pad);
  const top = Math.floor(crown - pad);
  const body = createCanvas(Math.ceil(r * 3.8 + pad * 2) + 2, Math.ceil(height + r * 1.5 - top) + 2);
  const ctx = body.getContext('2d');
  ctx.translate(-left, -top);
  ctx.fillStyle = color;
  // Shoulders, then the head on them.
  ctx.beginPath();
  ctx.ellipse(x, height + r * 0.2, r * 1.9, r * 1.3, 0, Math.PI, 0);
  ctx.fill();
  ctx.beginPath();
  ctx.ellipse(x, crown + r, r * 0.85, r, 0, 0, Math.PI * 2);
  ctx.fill();
  // The stage light catching the top of the head.
  ctx.strokeStyle = 'rgba(255,210,160,0.28)';
  ctx.lineWidth = Math.max(1, r * 0.12);
  ctx.beginPath();
  ctx.ellipse(x, crown + r, r * 0.8, r * 0.95, 0, Math.PI * 1.15, Math.PI * 1.85);
  ctx.stroke();
  let arm: Figure['arm'] = null;
  if (hash(n, 5) < 0.27) {
    // A raised arm and fist at full reach, straight up from the shoulder; per frame it is lowered and swayed.
    const side = hash(n, 7) < 0.5 ? -1 : 1;
    const reach = r * 2.8;
    const base = x + side * r * 0.9;
    const fistX = x + side * r * 1.2;
    const fistY = crown - reach + r;
    const armLeft = Math.floor(Math.min(base, fistX) - r * 0.5);
    const armTop = Math.floor(fistY - r * 0.5);
    const canvas = createCanvas(Math.ceil(Math.abs(fistX - base) + r) + 2, Math.ceil(height - armTop) + 2);
    const actx = canvas.getContext('2d');
    actx.translate(-armLeft, -armTop);
    actx.strokeStyle = color;
    actx.fillStyle = color;
    actx.lineWidth = r * 0.6;
    actx.lineCap = 'round';
    actx.beginPath();
    actx.moveTo(base, height);
    actx.lineTo(fistX, fistY);
    actx.stroke();
    actx.beginPath();
    actx.arc(fistX, fistY, r * 0.42, 0, Math.PI * 2);
    actx.fill();
    arm = { canvas, left: armLeft, top: armTop, side };
  }
  return { body, left, top, crown, arm };
}

export function drawConcertCrowd(ctx: SKRSContext2D, seconds: number, width: number, height: number): void {
  const figures = figuresFor(width, height);
  ctx.save();
  for (let n = 0; n < HEADS; n++) {
    const { y, r, hand } = crowdHead(n, seconds, width, height);
    const figure = figures[n]!;
    const lift = Math.round(figure.crown - y);
    const arm = figure.arm;
    if (arm && hand > 0) {
      // The arm reaches higher on the beat and sways: drawn lowered and sheared from its shoulder.
      const sway = Math.sin(seconds * BEAT * Math.PI + n) * r * 0.3;
      const drop = r * 0.6 * (1 - hand);
      const h = arm.canvas.height;
      ctx.setTransform(1, 0, -sway / h, 1, arm.left + sway, arm.top + drop);
      ctx.drawImage(arm.canvas, 0, 0);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
    }
    ctx.drawImage(figure.body, figure.left, figure.top - lift);
  }
  ctx.restore();
}
