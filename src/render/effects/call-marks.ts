import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Shot } from '../../plan/schema.ts';
import { actionAt } from '../../simulate/actor-defaults.ts';
import { depthToZ, projectZ, type CameraPose, type ScreenPoint } from '../../simulate/projection.ts';
import type { ActorTrack } from '../../simulate/simulation.ts';

/**
 * An animal's call as a comic mark: "a dog barking at a cat" faces the cat
 * (plan motion 'watch'), and a small "Woof!" pops out in front of its mouth
 * with each bark, so the picture says what the sound would. Each call is a
 * function of time, so any frame can be drawn alone.
 */

/** What each calling verb (plan action verb) says. */
const CALLS: Readonly<Record<string, string>> = {
  bark: 'Woof!', woof: 'Woof!', yap: 'Yap!', yelp: 'Yelp!', meow: 'Meow!', mew: 'Mew!', miaow: 'Miaow!', hiss: 'Hiss!',
  growl: 'Grrr!', snarl: 'Grrr!', roar: 'ROAR!', howl: 'Awoo!', squawk: 'Squawk!', caw: 'Caw!', quack: 'Quack!', moo: 'Moo!',
  neigh: 'Neigh!', whinny: 'Neigh!', bleat: 'Baa!', oink: 'Oink!', hoot: 'Hoo!', cluck: 'Cluck!', bray: 'Hee-haw!',
};

/** Seconds from one call to the next, and how long each mark shows. */
const EVERY = 1.1;
const SHOWN = 0.7;

/** The word a verb calls out, or null for a verb that makes no call. */
export function callOf(verb: string): string | null {
  return CALLS[verb] ?? null;
}

/** How a call mark shows `since` seconds after its call began: its scale (it pops out) and opacity, or null between calls. */
export function callMark(since: number): { scale: number; alpha: number } | null {
  const u = since % EVERY;
  if (u < 0 || u > SHOWN) return null;
  const scale = u < 0.12 ? 0.6 + (u / 0.12) * 0.5 : 1.1 - Math.min(0.1, (u - 0.12) * 0.5);
  const alpha = u > SHOWN - 0.2 ? (SHOWN - u) / 0.2 : 1;
  return { scale, alpha };
}

/** The call marks of one shot. */
export interface CallMarks {
  /** How many actors call. */
  readonly count: number;
  draw(ctx: SKRSContext2D, camera: CameraPose, frame: number, seconds: number): void;
}

export function createCallMarks(shot: Shot, actors: readonly ActorTrack[], width: number, height: number, font: string): CallMarks {
  const entities = new Map(shot.entities.map((e) => [e.id, e]));
  const callers = actors.filter((a) => entities.get(a.entityId)?.actions.some((x) => callOf(x.verb) !== null));
  const p: ScreenPoint = { x: 0, y: 0, unit: 0 };
  return {
    count: callers.length,
    draw(ctx, camera, frame, seconds) {
      for (const track of callers) {
        const i = frame - track.firstFrame;
        if (i < 0 || i >= track.length || track.opacity[i]! < 0.05) continue;
        const action = actionAt(entities.get(track.entityId)!, seconds);
        const word = action ? callOf(action.verb) : null;
        if (!action || !word) continue;
        const mark = callMark(seconds - action.start + track.member * 0.37);
        if (!mark) continue;
        const z = depthToZ(track.depth[i]!);
        if (z - camera.z < 0.08) continue;
        const h = track.size * (track.bounds.bottom - track.bounds.top);
        const w = track.size * (track.bounds.right - track.bounds.left);
        const head = projectZ(track.x[i]!, track.y[i]! + h * 0.9, z, camera, width, height, p);
        const facing = Math.sign(track.facing[i]! || 1);
        const size = Math.max(9, Math.min(height * 0.08, head.unit * Math.max(h, 0.2) * 0.3)) * mark.scale;
        const x = head.x + facing * head.unit * w * 0.5;
        const y = head.y - size * 0.4;
        ctx.globalAlpha = mark.alpha;
        ctx.font = `italic 800 ${size.toFixed(1)}px ${font}`;
        ctx.textAlign = facing > 0 ? 'left' : 'right';
        ctx.textBaseline = 'middle';
        ctx.lineJoin = 'round';
        ctx.lineWidth = Math.max(2, size * 0.22);
        ctx.strokeStyle = 'rgba(40,40,60,0.85)';
        ctx.strokeText(word, x, y);
        ctx.fillStyle = '#ffffff';
        ctx.fillText(word, x, y);
        // Two short strokes between the mouth and the word: the sound going out.
        ctx.strokeStyle = 'rgba(255,255,255,0.9)';
        ctx.lineWidth = Math.max(1, size * 0.09);
        ctx.beginPath();
        for (const dy of [-0.35, 0.35]) {
          ctx.moveTo(x - facing * size * 0.75, y + dy * size);
          ctx.lineTo(x - facing * size * 0.25, y + dy * size * 0.6);
        }
        ctx.stroke();
      }
      ctx.globalAlpha = 1;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'alphabetic';
    },
  };
}
