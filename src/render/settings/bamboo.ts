import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Random } from '../../util/random.ts';
import { css, mix, scale, type Rgb } from '../color.ts';
import type { View } from '../layer.ts';

/**
 * A stand of bamboo on a ridge plane: tall straight canes, each green with
 * a paler lit side, ringed at its nodes, running up out of the picture, and
 * sprays of narrow leaves hanging from the upper nodes. Painted once per
 * shot into the ridge's layer.
 */
export function bambooGrove(view: View, color: Rgb, random: Random, side: -1 | 1, z: number, x0: number, x1: number, ground: number, unit: number, height: number): void {
  const { ctx } = view;
  const top = view.area.top;
  // Canes a world-unit apart at most, closer for a dense grove; a little jitter so they never line up.
  const spacing = height * 0.09;
  for (let x = x0 - spacing; x < x1 + spacing; x += spacing * random.range(0.5, 1.5)) {
    const p = view.project(x, 0, z);
    const w = Math.max(1.5, unit * height * random.range(0.022, 0.036));
    const cane = mix(color, random.chance(0.3) ? [170, 170, 70] : scale(color, 0.8), random.range(0, 0.45));
    // Canes reach past the top of the picture; a few lean a little.
    const lean = random.range(-0.04, 0.04) * (ground - top);
    const tipX = p.x + lean;
    const g = ctx.createLinearGradient(p.x - w / 2, 0, p.x + w / 2, 0);
    g.addColorStop(side > 0 ? 1 : 0, css(mix(cane, [235, 245, 190], 0.35)));
    g.addColorStop(0.5, css(cane));
    g.addColorStop(side > 0 ? 0 : 1, css(scale(cane, 0.6)));
    ctx.fillStyle = g;
    ctx.beginPath();
    ctx.moveTo(p.x - w / 2, ground + 1);
    ctx.lineTo(tipX - w * 0.4, top - 2);
    ctx.lineTo(tipX + w * 0.4, top - 2);
    ctx.lineTo(p.x + w / 2, ground + 1);
    ctx.closePath();
    ctx.fill();
    // Nodes: a dark ring with a pale lip, a segment apart, closer near the foot.
    const segment = unit * height * random.range(0.12, 0.16);
    ctx.lineWidth = Math.max(1, w * 0.22);
    for (let y = ground - segment * 0.6, k = 0; y > top; y -= segment * (k < 2 ? 0.8 : 1), k++) {
      const t = (ground - y) / (ground - top);
      const cx = p.x + lean * t;
      ctx.strokeStyle = css(scale(cane, 0.5));
      ctx.beginPath();
      ctx.moveTo(cx - w * 0.55, y);
      ctx.lineTo(cx + w * 0.55, y);
      ctx.stroke();
      ctx.strokeStyle = css(mix(cane, [240, 240, 200], 0.4), 0.7);
      ctx.beginPath();
      ctx.moveTo(cx - w * 0.45, y - ctx.lineWidth);
      ctx.lineTo(cx + w * 0.45, y - ctx.lineWidth);
      ctx.stroke();
      // Leaves sprout from the upper nodes.
      if (t > 0.3 && random.chance(0.8)) leafSpray(ctx, cx, y, unit * height * 0.13, mix(color, [60, 120, 40], random.range(0.1, 0.5)), random);
    }
  }
}

/** A spray of narrow, pointed bamboo leaves drooping from a node on both sides. */
function leafSpray(ctx: SKRSContext2D, x: number, y: number, length: number, color: Rgb, random: Random): void {
  const leaves = 4 + Math.floor(random.next() * 5);
  for (let k = 0; k < leaves; k++) {
    const dir = random.chance(0.5) ? -1 : 1;
    const angle = dir * random.range(0.25, 1.2) + (dir < 0 ? Math.PI : 0);
    const droop = random.range(0.1, 0.5);
    const l = length * random.range(0.7, 1.2);
    const w = l * 0.13;
    ctx.save();
    ctx.translate(x, y);
    ctx.rotate(dir < 0 ? Math.PI - (angle - Math.PI) + droop * dir : angle + droop);
    ctx.fillStyle = css(mix(color, [20, 50, 20], random.range(0, 0.35)));
    ctx.beginPath();
    ctx.moveTo(0, 0);
    ctx.quadraticCurveTo(l * 0.4, -w, l, 0);
    ctx.quadraticCurveTo(l * 0.4, w, 0, 0);
    ctx.closePath();
    ctx.fill();
    ctx.restore();
  }
}
