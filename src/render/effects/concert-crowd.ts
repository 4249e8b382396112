import type { SKRSContext2D } from '@napi-rs/canvas';
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

export function drawConcertCrowd(ctx: SKRSContext2D, seconds: number, width: number, height: number): void {
  ctx.save();
  for (let n = 0; n < HEADS; n++) {
    const { x, y, r, hand } = crowdHead(n, seconds, width, height);
    const shade = 18 + Math.round(16 * hash(n, 6));
    ctx.fillStyle = `rgb(${shade + 6},${shade},${shade + 10})`;
    if (hand > 0) {
      // A raised arm and fist, swaying.
      const side = hash(n, 7) < 0.5 ? -1 : 1;
      const reach = r * (2.2 + 0.6 * hand);
      const sway = Math.sin(seconds * BEAT * Math.PI + n) * r * 0.3;
      ctx.beginPath();
      ctx.moveTo(x + side * r * 0.9, height);
      ctx.lineTo(x + side * r * 1.2 + sway, y - reach + r);
      ctx.lineWidth = r * 0.6;
      ctx.strokeStyle = ctx.fillStyle;
      ctx.lineCap = 'round';
      ctx.stroke();
      ctx.beginPath();
      ctx.arc(x + side * r * 1.2 + sway, y - reach + r, r * 0.42, 0, Math.PI * 2);
      ctx.fill();
    }
    // Shoulders, then the head on them.
    ctx.beginPath();
    ctx.ellipse(x, height + r * 0.2, r * 1.9, r * 1.3, 0, Math.PI, 0);
    ctx.fill();
    ctx.beginPath();
    ctx.ellipse(x, y + r, r * 0.85, r, 0, 0, Math.PI * 2);
    ctx.fill();
    // The stage light catching the top of the head.
    ctx.strokeStyle = 'rgba(255,210,160,0.28)';
    ctx.lineWidth = Math.max(1, r * 0.12);
    ctx.beginPath();
    ctx.ellipse(x, y + r, r * 0.8, r * 0.95, 0, Math.PI * 1.15, Math.PI * 1.85);
    ctx.stroke();
  }
  ctx.restore();
}
