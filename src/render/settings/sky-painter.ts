import type { Random } from '../../util/random.ts';
import { css, mix, scale, type Rgb } from '../color.ts';
import type { View } from '../layer.ts';
import type { Light } from '../light.ts';
import type { SettingRecipe } from './recipes.ts';

/** Heavenly bodies the shot brings as actors: the sky does not paint its own then. */
export interface SkyBrought {
  /** Worlds of its own (the Earth, planets, the sun): space then paints none. */
  readonly planet: boolean;
  /** The sun or the moon itself: the sky keeps its light and glow but not its disc. */
  readonly body: boolean;
}

/**
 * Paints the sky layer (anchored at infinity): the gradient of the time of
 * day with its horizon glow, stars and the Milky Way at night, the sun or the
 * moon with its halo — or deep space, the lit water of an underwater scene,
 * a cave's darkness.
 */
export function paintSky(view: View, recipe: SettingRecipe, light: Light, random: Random, brought: SkyBrought = { planet: false, body: false }): void {
  const { ctx, area } = view;
  switch (recipe.sky) {
    case 'space':
      return paintSpace(view, random, !brought.planet);
    case 'underwater':
      return paintUnderwaterSky(view);
    case 'cave': {
      const g = ctx.createLinearGradient(0, area.top, 0, area.bottom);
      g.addColorStop(0, '#0d0a09');
      g.addColorStop(1, '#2a221d');
      ctx.fillStyle = g;
      ctx.fillRect(area.left, area.top, area.right - area.left, area.bottom - area.top);
      return;
    }
    case 'room':
      ctx.fillStyle = recipe.room?.wall ?? '#d8c8b0';
      ctx.fillRect(area.left, area.top, area.right - area.left, area.bottom - area.top);
      return;
    default:
      return paintOpenSky(view, light, random, !brought.body);
  }
}

function paintOpenSky(view: View, light: Light, random: Random, disc: boolean): void {
  const { ctx, area, height, horizon } = view;
  const skyHeight = Math.max(height * 0.2, horizon - area.top);
  const g = ctx.createLinearGradient(0, horizon - skyHeight * 1.15, 0, horizon);
  g.addColorStop(0, css(light.skyTop));
  g.addColorStop(0.55, css(mix(light.skyTop, light.skyHorizon, 0.55)));
  g.addColorStop(1, css(light.skyHorizon));
  ctx.fillStyle = g;
  ctx.fillRect(area.left, area.top, area.right - area.left, area.bottom - area.top);
  // Below the horizon the sky continues in its horizon colour (hidden by the ground, seen through gaps).
  ctx.fillStyle = css(light.skyHorizon);
  ctx.fillRect(area.left, horizon, area.right - area.left, Math.max(0, area.bottom - horizon));

  const body = light.body;
  const bodyX = area.left + (area.right - area.left) * 0.5 + (body ? (body.across - 0.5) * view.width : 0);
  if (light.glowStrength > 0.02) {
    // A warm band at the horizon, strongest towards the sun.
    const band = ctx.createLinearGradient(0, horizon - height * 0.3, 0, horizon);
    band.addColorStop(0, css(light.horizonGlow, 0));
    band.addColorStop(1, css(light.horizonGlow, light.glowStrength * 0.7));
    ctx.fillStyle = band;
    ctx.fillRect(area.left, horizon - height * 0.3, area.right - area.left, height * 0.3 + 2);
    const r = height * 0.9;
    const halo = ctx.createRadialGradient(bodyX, horizon, 0, bodyX, horizon, r);
    halo.addColorStop(0, css(light.horizonGlow, light.glowStrength * 0.6));
    halo.addColorStop(1, css(light.horizonGlow, 0));
    ctx.fillStyle = halo;
    ctx.fillRect(bodyX - r, horizon - r, r * 2, r);
  }
  if (light.stars > 0.02) paintStars(view, light.stars, horizon, random.fork('stars'), light.night > 0.9);
  if (light.cloudCover > 0.55) overcast(view, light, horizon, random.fork('overcast'));
  if (body && disc) {
    const by = horizon - body.height * (horizon - Math.max(area.top, horizon - height * 0.85)) - height * 0.03;
    const radius = height * (body.kind === 'sun' ? 0.055 : 0.045);
    const glowR = radius * (body.kind === 'sun' ? 6 : 5);
    const glow = ctx.createRadialGradient(bodyX, by, radius * 0.6, bodyX, by, glowR);
    glow.addColorStop(0, css(body.glow, 0.55 * body.strength));
    glow.addColorStop(0.35, css(body.glow, 0.18 * body.strength));
    glow.addColorStop(1, css(body.glow, 0));
    ctx.fillStyle = glow;
    ctx.fillRect(bodyX - glowR, by - glowR, glowR * 2, glowR * 2);
    ctx.fillStyle = css(body.color, Math.min(1, body.strength * 1.2));
    ctx.beginPath();
    ctx.arc(bodyX, by, radius, 0, Math.PI * 2);
    ctx.fill();
    if (body.kind === 'moon') {
      // Maria: a few soft grey patches.
      const rnd = random.fork('moon');
      for (let i = 0; i < 6; i++) {
        ctx.fillStyle = `rgba(150,150,170,${rnd.range(0.12, 0.25).toFixed(2)})`;
        ctx.beginPath();
        ctx.arc(bodyX + rnd.range(-0.5, 0.5) * radius, by + rnd.range(-0.5, 0.5) * radius, radius * rnd.range(0.12, 0.3), 0, Math.PI * 2);
        ctx.fill();
      }
    }
  }
}

/** A low grey ceiling of layered stratus for rain, snow, storms and fog. */
function overcast(view: View, light: Light, horizon: number, random: Random): void {
  const { ctx, area, height } = view;
  const w = area.right - area.left;
  const dark = scale(light.cloud, 0.82);
  const pale = mix(light.cloud, light.skyHorizon, 0.4);
  for (let i = 0; i < 70; i++) {
    const y = area.top + Math.pow(random.next(), 0.8) * Math.max(1, horizon - area.top) * 0.85;
    const x = area.left + random.next() * w;
    const rx = height * random.range(0.25, 0.7);
    const ry = height * random.range(0.025, 0.06);
    const g = ctx.createRadialGradient(x, y, 0, x, y, rx);
    const c = random.chance(0.5) ? dark : pale;
    g.addColorStop(0, css(c, 0.45 * light.cloudCover));
    g.addColorStop(1, css(c, 0));
    ctx.save();
    ctx.translate(x, y);
    ctx.scale(1, ry / rx);
    ctx.translate(-x, -y);
    ctx.fillStyle = g;
    ctx.fillRect(x - rx, y - rx, rx * 2, rx * 2);
    ctx.restore();
  }
}

function paintStars(view: View, density: number, horizon: number, random: Random, milkyWay: boolean): void {
  const { ctx, area, height } = view;
  const w = area.right - area.left;
  const h = Math.max(1, horizon - area.top);
  const count = Math.round(((w * h) / (height * height)) * 260 * density);
  if (milkyWay) {
    // A faint diagonal band of light.
    ctx.save();
    ctx.translate(area.left + w * 0.5, area.top + h * 0.45);
    ctx.rotate(-0.5);
    for (let i = 0; i < 40; i++) {
      const x = random.range(-w * 0.7, w * 0.7);
      const y = random.range(-height * 0.06, height * 0.06);
      const r = height * random.range(0.05, 0.12);
      const g = ctx.createRadialGradient(x, y, 0, x, y, r);
      g.addColorStop(0, `rgba(200,205,255,${(0.06 * density).toFixed(3)})`);
      g.addColorStop(1, 'rgba(200,205,255,0)');
      ctx.fillStyle = g;
      ctx.fillRect(x - r, y - r, r * 2, r * 2);
    }
    ctx.restore();
  }
  for (let i = 0; i < count; i++) {
    const x = area.left + random.next() * w;
    const y = area.top + Math.pow(random.next(), 1.3) * h * 0.97;
    const fade = Math.min(1, (horizon - y) / (height * 0.12));
    const big = random.chance(0.04);
    const r = (height / 720) * (big ? random.range(1.3, 2) : random.range(0.5, 1.2));
    ctx.fillStyle = `rgba(255,${Math.round(random.range(235, 255))},${Math.round(random.range(215, 255))},${(random.range(0.4, 1) * fade).toFixed(2)})`;
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.fill();
    if (big) {
      const g = ctx.createRadialGradient(x, y, 0, x, y, r * 5);
      g.addColorStop(0, `rgba(220,230,255,${(0.35 * fade).toFixed(2)})`);
      g.addColorStop(1, 'rgba(220,230,255,0)');
      ctx.fillStyle = g;
      ctx.fillRect(x - r * 5, y - r * 5, r * 10, r * 10);
    }
  }
}

function paintSpace(view: View, random: Random, planet: boolean): void {
  const { ctx, area, height } = view;
  const w = area.right - area.left;
  const h = area.bottom - area.top;
  const g = ctx.createLinearGradient(0, area.top, 0, area.bottom);
  g.addColorStop(0, '#02030b');
  g.addColorStop(1, '#080c24');
  ctx.fillStyle = g;
  ctx.fillRect(area.left, area.top, w, h);
  // Nebulae: soft clouds of two colours.
  const hues: Rgb[] = random.chance(0.5) ? [[120, 60, 180], [40, 120, 200]] : [[200, 70, 120], [70, 80, 200]];
  for (let i = 0; i < 26; i++) {
    const x = area.left + random.next() * w;
    const y = area.top + random.next() * h;
    const r = height * random.range(0.12, 0.35);
    const c = hues[i % 2]!;
    const n = ctx.createRadialGradient(x, y, 0, x, y, r);
    n.addColorStop(0, css(c, random.range(0.05, 0.12)));
    n.addColorStop(1, css(c, 0));
    ctx.fillStyle = n;
    ctx.fillRect(x - r, y - r, r * 2, r * 2);
  }
  paintStars(view, 1.6, area.bottom, random.fork('stars'), true);
  // Unless the plan brings its own worlds: a small ringed planet far off, and a world curving below.
  if (!planet) return;
  const rp = random.fork('planets');
  const sx = view.width * rp.range(0.12, 0.3);
  const sy = view.height * rp.range(0.15, 0.3);
  sphere(view, sx, sy, view.height * 0.045, [214, 170, 120], [90, 60, 40], true);
  const r = view.height * 1.6;
  const cx = view.width * rp.range(0.35, 0.65);
  const cy = view.height * 0.86 + r;
  const glow = ctx.createRadialGradient(cx, cy, r * 0.98, cx, cy, r * 1.08);
  glow.addColorStop(0, 'rgba(120,190,255,0.7)');
  glow.addColorStop(1, 'rgba(120,190,255,0)');
  ctx.fillStyle = glow;
  ctx.fillRect(cx - r * 1.1, cy - r * 1.1, r * 2.2, r * 1.2);
  const world = ctx.createRadialGradient(cx - r * 0.3, cy - r * 0.9, r * 0.1, cx, cy, r);
  world.addColorStop(0, '#7fc4ff');
  world.addColorStop(0.5, '#2a6fc0');
  world.addColorStop(1, '#0b2550');
  ctx.fillStyle = world;
  ctx.beginPath();
  ctx.arc(cx, cy, r, 0, Math.PI * 2);
  ctx.fill();
  ctx.save();
  ctx.clip();
  for (let i = 0; i < 40; i++) {
    const a = -Math.PI / 2 + rp.range(-0.5, 0.5);
    const d = r * rp.range(0.9, 1);
    ctx.fillStyle = rp.chance(0.55) ? 'rgba(90,150,80,0.75)' : 'rgba(255,255,255,0.55)';
    ctx.beginPath();
    ctx.ellipse(cx + Math.cos(a) * d, cy + Math.sin(a) * d, view.height * rp.range(0.03, 0.12), view.height * rp.range(0.01, 0.03), rp.range(-0.3, 0.3), 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.restore();
}

/** A shaded planet, optionally ringed. */
function sphere(view: View, x: number, y: number, r: number, light: Rgb, dark: Rgb, ring: boolean): void {
  const { ctx } = view;
  const g = ctx.createRadialGradient(x - r * 0.4, y - r * 0.4, r * 0.1, x, y, r);
  g.addColorStop(0, css(light));
  g.addColorStop(1, css(dark));
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fill();
  if (ring) {
    ctx.strokeStyle = 'rgba(230,210,170,0.7)';
    ctx.lineWidth = Math.max(1, r * 0.12);
    ctx.beginPath();
    ctx.ellipse(x, y, r * 1.8, r * 0.45, -0.3, 0, Math.PI * 2);
    ctx.stroke();
  }
}

function paintUnderwaterSky(view: View): void {
  const { ctx, area, height, horizon } = view;
  const g = ctx.createLinearGradient(0, horizon - height * 0.75, 0, horizon + height * 0.1);
  g.addColorStop(0, '#7fd4ec');
  g.addColorStop(0.35, '#2f9cc8');
  g.addColorStop(1, '#0d4f7c');
  ctx.fillStyle = g;
  ctx.fillRect(area.left, area.top, area.right - area.left, area.bottom - area.top);
  // The underside of the surface: a bright wavy band at the top.
  const top = horizon - height * 0.72;
  if (top > area.top) {
    ctx.fillStyle = css(scale([200, 240, 255], 1), 0.35);
    ctx.fillRect(area.left, area.top, area.right - area.left, top - area.top);
  }
  // Shafts of sunlight slanting down from the surface.
  ctx.save();
  ctx.globalCompositeOperation = 'lighter';
  const w = area.right - area.left;
  for (let i = 0; i < Math.round((w / height) * 5); i++) {
    const x = area.left + ((i + 0.5) / Math.round((w / height) * 5)) * w + Math.sin(i * 12.9898) * height * 0.1;
    const rw = height * (0.03 + 0.05 * Math.abs(Math.sin(i * 78.233)));
    const g = ctx.createLinearGradient(0, Math.max(area.top, top), 0, horizon + height * 0.1);
    g.addColorStop(0, 'rgba(210,245,255,0.28)');
    g.addColorStop(1, 'rgba(210,245,255,0)');
    ctx.fillStyle = g;
    ctx.beginPath();
    ctx.moveTo(x, Math.max(area.top, top));
    ctx.lineTo(x + rw, Math.max(area.top, top));
    ctx.lineTo(x + rw * 3 + height * 0.18, horizon + height * 0.1);
    ctx.lineTo(x + height * 0.18, horizon + height * 0.1);
    ctx.closePath();
    ctx.fill();
  }
  ctx.restore();
}
