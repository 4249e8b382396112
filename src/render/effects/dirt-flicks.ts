import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Shot } from '../../plan/schema.ts';
import { depthToZ, projectZ, type CameraPose, type ScreenPoint } from '../../simulate/projection.ts';
import type { ActorTrack } from '../../simulate/simulation.ts';

/**
 * Dirt flung up behind something digging (plan verb "dig", drawn in the
 * drinking pose, head down at the hole): clods leave the ground under its
 * front, fly back over its body in short arcs and drop. Each clod is a
 * function of time, so any frame can be drawn alone.
 */

/** Verbs whose doer throws up dirt. */
const DIGGING_VERBS: ReadonlySet<string> = new Set(['dig', 'burrow']);
/** Seconds between clods, and how long one flies. */
const EVERY = 0.09;
const FLIGHT = 1.15;
const GRAVITY = 3.2;

/** Drawn dirt of one shot. */
export interface DirtFlicks {
  /** How many diggers throw dirt. */
  readonly count: number;
  draw(ctx: SKRSContext2D, camera: CameraPose, frame: number, seconds: number): void;
}

function hash(n: number, salt: number): number {
  const s = Math.sin(n * 91.3 + salt * 47.9) * 43758.5453;
  return s - Math.floor(s);
}

/** Where clod `n` is `age` seconds after it was flung, relative to the digger's front paws (world units, `scale` its height); null once landed. */
export function clodAt(n: number, age: number, facing: number, scale: number): { dx: number; dy: number; radius: number } | null {
  if (age < 0 || age > FLIGHT) return null;
  const back = (1.3 + 0.9 * hash(n, 1)) * scale;
  const up = (1.2 + 0.6 * hash(n, 2)) * scale;
  const dy = up * age - 0.5 * GRAVITY * scale * age * age;
  if (dy < 0 && age > 0.1) return null;
  return { dx: -facing * back * age, dy, radius: (0.025 + 0.025 * hash(n, 3)) * scale };
}

export function createDirtFlicks(shot: Shot, actors: readonly ActorTrack[], width: number, height: number): DirtFlicks {
  const digging = (id: string) => shot.entities.find((e) => e.id === id)?.actions.find((a) => DIGGING_VERBS.has(a.verb));
  const diggers = actors.filter((a) => digging(a.entityId) && a.grounded);
  const p: ScreenPoint = { x: 0, y: 0, unit: 0 };
  return {
    count: diggers.length,
    draw(ctx, camera, frame, seconds) {
      for (const track of diggers) {
        const i = frame - track.firstFrame;
        if (i < 0 || i >= track.length) continue;
        const action = digging(track.entityId)!;
        const end = action.end ?? Infinity;
        const h = track.size * (track.bounds.bottom - track.bounds.top);
        const w = track.size * (track.bounds.right - track.bounds.left);
        const facing = Math.sign(track.facing[i]!) || 1;
        // The front paws, where the hole is: the dirt leaves the ground there.
        const pawX = track.x[i]! + facing * w * 0.3;
        const z = depthToZ(track.depth[i]!) - 0.005;
        if (z - camera.z < 0.08) continue;
        const first = Math.max(Math.ceil(action.start / EVERY), Math.floor((seconds - FLIGHT) / EVERY));
        const last = Math.floor(Math.min(seconds, end) / EVERY);
        for (let n = first; n <= last; n++) {
          const c = clodAt(n + track.member * 17, seconds - n * EVERY, facing, h);
          if (!c) continue;
          projectZ(pawX + c.dx, track.y[i]! + c.dy, z, camera, width, height, p);
          ctx.fillStyle = n % 3 === 0 ? '#5b4030' : '#7a5a3e';
          ctx.beginPath();
          ctx.arc(p.x, p.y, Math.max(1, c.radius * p.unit), 0, Math.PI * 2);
          ctx.fill();
        }
      }
    },
  };
}
