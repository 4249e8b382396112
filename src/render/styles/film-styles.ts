import type { SKRSContext2D } from '@napi-rs/canvas';
import { hashString, mixSeeds } from '../../util/random.ts';
import type { Random } from '../../util/random.ts';
import { filterCanvas, luma } from './pixels.ts';
import type { StylePass } from './style-pass.ts';
import { grainTiles, tileAlpha, vignette } from './textures.ts';

/** A number in [0, 1) from a seed and a frame: per-frame randomness that is the same for every run. */
function frameNoise(seed: number, frame: number, salt: string): number {
  return mixSeeds(mixSeeds(seed, frame), hashString(salt)) / 4294967296;
}

interface FilmLook {
  readonly name: string;
  /** Restyles a pixel (unpremultiplied) in place. */
  readonly tone: (d: Uint8ClampedArray, i: number) => void;
  readonly grain: number;
  readonly vignette: number;
  readonly vignetteColor: string;
  readonly flicker: number;
}

/** Frames between changes of grain and flicker (a third of 30 fps: ten a second). */
const CHANGE_EVERY = 3;

/** The vignette's usual opacity, leaving room for the flicker to darken it as well as lighten it. */
const VIGNETTE_ALPHA = 0.85;

function filmPass(look: FilmLook, strength: number, width: number, height: number, seed: number, random: Random): StylePass {
  const grain = grainTiles(Math.max(32, Math.round(height * 0.3)), 4, random.fork('grain'), look.grain);
  const frame = vignette(width, height, Math.min(1, (look.vignette * strength) / VIGNETTE_ALPHA), look.vignetteColor);
  return {
    name: look.name,
    prepare(canvas) {
      filterCanvas(
        canvas,
        (d) => {
          for (let i = 0; i < d.length; i += 4) look.tone(d, i);
        },
        { strength },
      );
    },
    apply(ctx, index) {
      // Grain jumps to a new pattern like film does, ten times a second: it reads the same to the eye and
      // keeps what the video encoder must spend on noise affordable.
      const step = Math.floor(index / CHANGE_EVERY);
      const tile = grain[step % grain.length]!;
      tileAlpha(ctx, tile, width, height, strength, frameNoise(seed, step, 'gx') * tile.width, frameNoise(seed, step, 'gy') * tile.height);
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      // The projector's flicker, as the dark edges breathing: a change of the whole frame's brightness would
      // make the encoder recode every block, the edges alone cost little.
      const flicker = (frameNoise(seed, step, 'flicker') - 0.5) * look.flicker * strength;
      ctx.globalAlpha = Math.max(0, Math.min(1, VIGNETTE_ALPHA - flicker * 4));
      ctx.drawImage(frame, 0, 0);
      ctx.globalAlpha = 1;
      scratches(ctx, seed, index, width, height, strength);
      ctx.restore();
    },
  };
}

/** Dust specks and the odd vertical scratch, new every frame. */
function scratches(ctx: SKRSContext2D, seed: number, index: number, width: number, height: number, strength: number): void {
  const specks = Math.floor(frameNoise(seed, index, 'specks') * 5);
  ctx.fillStyle = `rgba(20,18,16,${(0.6 * strength).toFixed(2)})`;
  for (let k = 0; k < specks; k++) {
    const x = frameNoise(seed, index * 31 + k, 'sx') * width;
    const y = frameNoise(seed, index * 17 + k, 'sy') * height;
    const r = Math.max(0.8, height * 0.002 * (0.5 + frameNoise(seed, index + k, 'sr')));
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.fill();
  }
  if (frameNoise(seed, index, 'scratch') < 0.18) {
    const x = frameNoise(seed, index, 'scratch-x') * width;
    ctx.strokeStyle = `rgba(235,230,220,${(0.35 * strength).toFixed(2)})`;
    ctx.lineWidth = Math.max(0.6, height / 900);
    ctx.beginPath();
    ctx.moveTo(x, 0);
    ctx.lineTo(x + (frameNoise(seed, index, 'lean') - 0.5) * width * 0.01, height);
    ctx.stroke();
  }
}

/** Black-and-white film: deep contrast, silver tones, grain, vignette and flicker. */
export function filmNoir(strength: number, width: number, height: number, seed: number, random: Random): StylePass {
  return filmPass(
    {
      name: 'film-noir',
      tone: (d, i) => {
        const l = luma(d, i) / 255;
        // An S-curve for hard light and deep shadow.
        const v = 255 * (l < 0.5 ? 2 * l * l : 1 - 2 * (1 - l) * (1 - l));
        d[i] = d[i + 1] = d[i + 2] = v * 0.97 + 4;
      },
      grain: 70,
      vignette: 0.75,
      vignetteColor: '0,0,0',
      flicker: 0.12,
    },
    strength,
    width,
    height,
    seed,
    random,
  );
}

/** Vintage film: faded, warm sepia colour with lifted blacks, softer grain, a brown vignette. */
export function vintageFilm(strength: number, width: number, height: number, seed: number, random: Random): StylePass {
  return filmPass(
    {
      name: 'vintage-film',
      tone: (d, i) => {
        const l = luma(d, i);
        const r = d[i]! * 0.55 + l * 0.45;
        const g = d[i + 1]! * 0.5 + l * 0.5;
        const b = d[i + 2]! * 0.45 + l * 0.55;
        // Faded, warm: lifted blacks and a sepia cast.
        d[i] = 30 + r * 0.84;
        d[i + 1] = 20 + g * 0.74;
        d[i + 2] = 10 + b * 0.55;
      },
      grain: 45,
      vignette: 0.6,
      vignetteColor: '60,35,15',
      flicker: 0.07,
    },
    strength,
    width,
    height,
    seed,
    random,
  );
}
