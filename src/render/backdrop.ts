import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { emojiAssetId } from '../assets/emoji-catalog.ts';
import type { Shot } from '../plan/schema.ts';
import { groundLineY, halfViewWidth, project, type CameraPose } from '../simulate/projection.ts';
import { createRandom } from '../util/random.ts';
import { SETTING_LOOKS, type SettingLook } from './setting-look.ts';
import { mix, shade, skyPalette, type SkyPalette } from './sky-palette.ts';

/** A static piece of scenery placed in the world like an actor. */
export interface SceneryItem {
  readonly asset: string;
  readonly x: number;
  readonly depth: number;
  readonly height: number;
}

/** Everything behind and around the actors of one shot, prepared once. */
export interface Backdrop {
  readonly look: SettingLook;
  readonly palette: SkyPalette;
  readonly scenery: readonly SceneryItem[];
  /** Sky, far silhouette, ground and water, for a camera pose. */
  drawBehind(ctx: SKRSContext2D, camera: CameraPose): void;
  /** Weather particles and light over the actors, at a frame index. */
  drawFront(ctx: SKRSContext2D, camera: CameraPose, frame: number, fps: number): void;
}

const SKY_OVERSCAN = 1.6;

/** Prepares the backdrop of a shot at a frame size. Deterministic in the seed. */
export function prepareBackdrop(shot: Shot, width: number, height: number, seed: number): Backdrop {
  const look = SETTING_LOOKS[shot.setting.kind];
  const palette = skyPalette(shot.setting.timeOfDay, shot.setting.weather);
  const random = createRandom(seed).fork(`backdrop:${shot.id}`);
  const aspect = width / height;
  const sky = paintSky(look, palette, width, height, random.fork('sky').next());
  const far = look.far ? paintFar(look, palette, width, height, random.fork('far').next()) : null;
  const scenery = placeScenery(look, aspect, random.fork('scenery'));
  const weather = shot.setting.weather;
  const drops = Array.from({ length: weather === 'snow' ? 220 : weather === 'rain' || weather === 'storm' ? 260 : weather === 'wind' ? 24 : 0 }, () => ({
    x: random.next(),
    y: random.next(),
    speed: random.range(0.6, 1.4),
    size: random.range(0.5, 1.5),
  }));
  const groundNear = shade(look.ground[0], palette.light);
  const groundFar = shade(look.ground[1], palette.light);
  const waterColor = shade(mix('#2f77b5', palette.horizon, 0.25), palette.light);

  return {
    look,
    palette,
    scenery,
    drawBehind(ctx, camera) {
      const horizon = project(0, 0, 1, camera, width, height).y;
      // Sky and far land move little with the camera: they are far away.
      const skyShift = -camera.x * height * 0.05 * camera.zoom;
      const skyScale = 1 + (camera.zoom - 1) * 0.15;
      ctx.save();
      ctx.translate(width / 2, height / 2);
      ctx.rotate(camera.rotation);
      ctx.scale(skyScale, skyScale);
      ctx.drawImage(sky, -sky.width / 2 + skyShift, -height / 2 + camera.y * height * 0.1 - (height * (SKY_OVERSCAN - 1)) / 2);
      ctx.restore();
      if (look.sky === 'space' || look.interior) {
        if (look.interior) drawInteriorFloor(ctx, horizon, width, height, groundNear, groundFar);
        return;
      }
      if (far) {
        const farScale = 1 + (camera.zoom - 1) * 0.4;
        const shift = -camera.x * height * 0.3 * camera.zoom;
        ctx.save();
        ctx.translate(width / 2 + shift, horizon);
        ctx.scale(farScale, farScale);
        ctx.drawImage(far, -far.width / 2, -far.height);
        ctx.restore();
      }
      const gradient = ctx.createLinearGradient(0, horizon, 0, height);
      gradient.addColorStop(0, look.water === 'full' ? waterColor : groundFar);
      gradient.addColorStop(1, look.water === 'full' ? shade(waterColor, 0.7) : groundNear);
      ctx.fillStyle = gradient;
      ctx.fillRect(-width, horizon, width * 3, height * 2);
      if (look.water === 'band') {
        const bandBottom = project(0, 0, 0.55, camera, width, height).y;
        const water = ctx.createLinearGradient(0, horizon, 0, bandBottom);
        water.addColorStop(0, mix(waterColor, palette.horizon, 0.35));
        water.addColorStop(1, waterColor);
        ctx.fillStyle = water;
        ctx.fillRect(-width, horizon, width * 3, bandBottom - horizon);
      }
    },
    drawFront(ctx, camera, frame, fps) {
      const t = frame / fps;
      if (weather === 'rain' || weather === 'storm') {
        ctx.strokeStyle = 'rgba(200,215,235,0.55)';
        ctx.lineWidth = Math.max(1, height / 540);
        ctx.beginPath();
        for (const d of drops) {
          const y = ((d.y + t * 1.6 * d.speed) % 1) * height * 1.1 - height * 0.05;
          const x = (((d.x - t * 0.1 - camera.x * 0.2) % 1) + 1) % 1 * width;
          ctx.moveTo(x, y);
          ctx.lineTo(x - height * 0.01, y + height * 0.045 * d.size);
        }
        ctx.stroke();
        if (weather === 'storm' && Math.sin(t * 2.7) > 0.985) {
          ctx.fillStyle = 'rgba(235,240,255,0.55)';
          ctx.fillRect(0, 0, width, height);
        }
      } else if (weather === 'snow') {
        ctx.fillStyle = 'rgba(255,255,255,0.9)';
        for (const d of drops) {
          const y = ((d.y + t * 0.12 * d.speed) % 1) * height;
          const x = ((((d.x + Math.sin(t * 0.8 + d.y * 20) * 0.01 - camera.x * 0.15) % 1) + 1) % 1) * width;
          ctx.beginPath();
          ctx.arc(x, y, Math.max(1, (height / 360) * d.size), 0, Math.PI * 2);
          ctx.fill();
        }
      } else if (weather === 'wind') {
        ctx.fillStyle = 'rgba(120,160,60,0.8)';
        for (const d of drops) {
          const x = ((d.x + t * 0.35 * d.speed) % 1) * width;
          const y = (d.y * 0.7 + Math.sin(t * 3 + d.x * 9) * 0.03) * height;
          ctx.beginPath();
          ctx.ellipse(x, y, (height / 120) * d.size, (height / 300) * d.size, t * 4 + d.y * 6, 0, Math.PI * 2);
          ctx.fill();
        }
      }
      if (weather === 'fog') {
        const fog = ctx.createLinearGradient(0, 0, 0, height);
        fog.addColorStop(0, 'rgba(220,225,230,0.25)');
        fog.addColorStop(0.6, 'rgba(220,225,230,0.55)');
        fog.addColorStop(1, 'rgba(220,225,230,0.3)');
        ctx.fillStyle = fog;
        ctx.fillRect(0, 0, width, height);
      }
      ctx.fillStyle = palette.grade;
      ctx.fillRect(0, 0, width, height);
      if (look.sky === 'underwater') {
        ctx.fillStyle = 'rgba(20,90,140,0.22)';
        ctx.fillRect(0, 0, width, height);
      }
    },
  };
}

function paintSky(look: SettingLook, palette: SkyPalette, width: number, height: number, salt: number): Canvas {
  const w = Math.ceil(width * SKY_OVERSCAN);
  const h = Math.ceil(height * SKY_OVERSCAN);
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  const random = createRandom(Math.floor(salt * 2 ** 32));
  const horizonY = (h - height) / 2 + groundLineY(1) * height;
  if (look.interior) {
    ctx.fillStyle = shade(look.interior, Math.max(0.55, palette.light));
    ctx.fillRect(0, 0, w, h);
    // A window shows the time of day.
    const gw = width * 0.22;
    const gx = w / 2 - gw / 2 + width * 0.18;
    const gy = horizonY - height * 0.42;
    const glass = ctx.createLinearGradient(0, gy, 0, gy + height * 0.28);
    glass.addColorStop(0, palette.top);
    glass.addColorStop(1, palette.horizon);
    ctx.fillStyle = '#f7f3ea';
    ctx.fillRect(gx - 8, gy - 8, gw + 16, height * 0.28 + 16);
    ctx.fillStyle = glass;
    ctx.fillRect(gx, gy, gw, height * 0.28);
    ctx.fillStyle = shade(look.interior, 0.8);
    ctx.fillRect(0, horizonY - height * 0.04, w, height * 0.04);
    return canvas;
  }
  const gradient = ctx.createLinearGradient(0, 0, 0, horizonY);
  if (look.sky === 'space') {
    gradient.addColorStop(0, '#02030a');
    gradient.addColorStop(1, '#0b1030');
  } else if (look.sky === 'underwater') {
    gradient.addColorStop(0, '#3fa7d6');
    gradient.addColorStop(1, '#0d4f7a');
  } else if (look.sky === 'cave') {
    gradient.addColorStop(0, '#120e0c');
    gradient.addColorStop(1, '#2c241e');
  } else {
    gradient.addColorStop(0, palette.top);
    gradient.addColorStop(1, palette.horizon);
  }
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, w, h);
  const stars = look.sky === 'space' ? 400 : look.sky === 'normal' ? palette.stars : 0;
  for (let i = 0; i < stars; i++) {
    ctx.fillStyle = `rgba(255,255,255,${random.range(0.3, 1).toFixed(2)})`;
    const r = random.range(0.5, 1.6) * (height / 720);
    ctx.beginPath();
    ctx.arc(random.range(0, w), random.range(0, horizonY * 0.95), r, 0, Math.PI * 2);
    ctx.fill();
  }
  if (look.sky === 'underwater') {
    // Light rays from the surface.
    ctx.globalCompositeOperation = 'lighter';
    for (let i = 0; i < 7; i++) {
      const x = random.range(0, w);
      const ray = ctx.createLinearGradient(0, 0, 0, h * 0.8);
      ray.addColorStop(0, 'rgba(200,240,255,0.18)');
      ray.addColorStop(1, 'rgba(200,240,255,0)');
      ctx.fillStyle = ray;
      ctx.beginPath();
      ctx.moveTo(x, 0);
      ctx.lineTo(x + width * 0.05, 0);
      ctx.lineTo(x + width * 0.2, h * 0.8);
      ctx.lineTo(x + width * 0.08, h * 0.8);
      ctx.fill();
    }
    ctx.globalCompositeOperation = 'source-over';
  }
  if (palette.body && look.sky === 'normal') {
    const bx = w * 0.72;
    const by = horizonY - palette.body.height * horizonY * 0.85;
    const r = height * (palette.body.kind === 'sun' ? 0.06 : 0.045);
    const glow = ctx.createRadialGradient(bx, by, r * 0.5, bx, by, r * 4);
    glow.addColorStop(0, palette.body.glow);
    glow.addColorStop(1, 'rgba(255,255,255,0)');
    ctx.fillStyle = glow;
    ctx.fillRect(bx - r * 4, by - r * 4, r * 8, r * 8);
    ctx.fillStyle = palette.body.color;
    ctx.beginPath();
    ctx.arc(bx, by, r, 0, Math.PI * 2);
    ctx.fill();
  }
  if (look.sky === 'normal') {
    // Soft clouds, more when the weather is cloudy.
    const clouds = palette.stars > 100 ? 2 : 6;
    ctx.fillStyle = `rgba(255,255,255,${palette.light > 0.7 ? 0.55 : 0.18})`;
    for (let i = 0; i < clouds; i++) {
      const cx = random.range(0, w);
      const cy = random.range(horizonY * 0.15, horizonY * 0.6);
      const s = random.range(0.6, 1.4) * height * 0.05;
      for (let k = 0; k < 5; k++) {
        ctx.beginPath();
        ctx.ellipse(cx + (k - 2) * s * 0.9, cy + (k % 2) * s * 0.2, s * 1.1, s * 0.7, 0, 0, Math.PI * 2);
        ctx.fill();
      }
    }
  }
  return canvas;
}

function paintFar(look: SettingLook, palette: SkyPalette, width: number, height: number, salt: number): Canvas {
  const w = Math.ceil(width * 2.2);
  const h = Math.ceil(height * 0.45);
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  const random = createRandom(Math.floor(salt * 2 ** 32));
  const color = mix(shade(look.far!, palette.light), palette.horizon, 0.3);
  ctx.fillStyle = color;
  if (look.farShape === 'skyline') {
    let x = 0;
    while (x < w) {
      const bw = random.range(0.03, 0.08) * width;
      const bh = random.range(0.15, 0.85) * h;
      ctx.fillRect(x, h - bh, bw - 2, bh);
      if (palette.light < 0.7) {
        ctx.fillStyle = 'rgba(255,220,140,0.7)';
        for (let wy = h - bh + 6; wy < h - 6; wy += 10) {
          for (let wx = x + 4; wx < x + bw - 8; wx += 9) if (random.chance(0.35)) ctx.fillRect(wx, wy, 4, 5);
        }
        ctx.fillStyle = color;
      }
      x += bw;
    }
    return canvas;
  }
  ctx.beginPath();
  ctx.moveTo(0, h);
  const peaks = look.farShape === 'mountains' ? 9 : look.farShape === 'dunes' ? 5 : look.farShape === 'hills' ? 7 : 1;
  const amp = look.farShape === 'mountains' ? 0.95 : look.farShape === 'flat' ? 0.05 : 0.45;
  const points = 80;
  const phases = Array.from({ length: 3 }, () => random.range(0, Math.PI * 2));
  for (let i = 0; i <= points; i++) {
    const u = i / points;
    let v: number;
    if (look.farShape === 'mountains') {
      const saw = Math.abs(((u * peaks + phases[0]!) % 1) - 0.5) * 2;
      v = (1 - saw) * 0.7 + 0.3 * (0.5 + 0.5 * Math.sin(u * 23 + phases[1]!));
    } else {
      v = 0.5 + 0.35 * Math.sin(u * peaks * Math.PI + phases[0]!) + 0.15 * Math.sin(u * 17 + phases[1]!);
    }
    ctx.lineTo(u * w, h - v * amp * h);
  }
  ctx.lineTo(w, h);
  ctx.closePath();
  ctx.fill();
  if (look.farShape === 'mountains' && (look.ground[0].startsWith('#e') || look.ground[0].startsWith('#f'))) {
    // Snow caps.
    ctx.globalCompositeOperation = 'source-atop';
    ctx.fillStyle = 'rgba(255,255,255,0.7)';
    ctx.fillRect(0, 0, w, h * 0.35);
    ctx.globalCompositeOperation = 'source-over';
  }
  return canvas;
}

function drawInteriorFloor(ctx: SKRSContext2D, horizon: number, width: number, height: number, near: string, far: string): void {
  const gradient = ctx.createLinearGradient(0, horizon, 0, height);
  gradient.addColorStop(0, far);
  gradient.addColorStop(1, near);
  ctx.fillStyle = gradient;
  ctx.fillRect(-width, horizon, width * 3, height * 2);
}

function placeScenery(look: SettingLook, aspect: number, random: ReturnType<typeof createRandom>): SceneryItem[] {
  if (look.props.length === 0) return [];
  const weighted = look.props.flatMap((p) => Array.from({ length: p.weight }, () => p));
  const items: SceneryItem[] = [];
  const count = look.interior ? 3 : 14;
  for (let i = 0; i < count; i++) {
    const prop = random.pick(weighted);
    const depth = look.interior ? random.range(0.55, 0.8) : random.range(0.3, 0.98);
    const half = halfViewWidth(aspect, depth) * 1.5;
    items.push({ asset: emojiAssetId(prop.hex), x: random.range(-half, half), depth, height: prop.height * random.range(0.8, 1.2) });
  }
  return items;
}
