import type { SKRSContext2D } from '@napi-rs/canvas';
import { isRocket, journeyOf } from '../../assets/craft-kinds.ts';
import type { Entity, Shot } from '../../plan/schema.ts';
import type { Motion } from '../../plan/vocabulary.ts';
import { actionAt } from '../../simulate/actor-defaults.ts';
import { pyrotechnicOf } from '../../simulate/cast.ts';
import { depthToZ, projectZ, type CameraPose, type ScreenPoint } from '../../simulate/projection.ts';
import type { SettingGeometry } from '../../simulate/setting-geometry.ts';
import type { ActorTrack, Simulation, SimulationEvent } from '../../simulate/simulation.ts';
import { createBubbleStreams } from './bubble-streams.ts';
import { createBurning } from './burning.ts';
import { createCallMarks } from './call-marks.ts';
import { createDirtFlicks } from './dirt-flicks.ts';
import { drawConcertCrowd, hasAudience } from './concert-crowd.ts';
import { createCooking } from './cooking.ts';
import { createFishingLines } from './fishing-line.ts';

/** What takes off without fire: aircraft other than rockets (helicopters, balloons), and anything alive. */
const QUIET_LAUNCHERS: ReadonlySet<string> = new Set(['aircraft', 'vehicle', 'boat', 'animal', 'bird', 'insect', 'fish', 'person']);

/** Per-frame effects that belong to actors. */
export interface ActorEffects {
  draw(ctx: SKRSContext2D, camera: CameraPose, frame: number, seconds: number): void;
}

/**
 * Small touches that make motion read: "z z z" over a sleeper, a rocket's
 * flame and smoke trail, dust where something lands or bounces, puffs behind
 * a car, bubbles behind a swimmer under water, a burst where something
 * explodes, crumbs at every bite, a stove with a steaming pan in front of a
 * cook, a fisher's rod and line out over the water. All are functions of the tracks and events,
 * so any frame can be drawn alone.
 */
export function createActorEffects(shot: Shot, actors: readonly ActorTrack[], simulation: Simulation, geometry: SettingGeometry, width: number, height: number, font: string): ActorEffects {
  const entities = new Map(shot.entities.map((e) => [e.id, e]));
  const keys = new Set(actors.map((a) => a.key));
  const byKey = new Map(actors.map((a) => [a.key, a]));
  const events = simulation.events.filter((e) => e.actors.some((k) => keys.has(k)));
  // Fireworks burst in their own effect (fireworks.ts), not as debris.
  const lit = new Set(actors.filter((a) => pyrotechnicOf(a.asset, a.noun) !== null).map((a) => a.key));
  const impacts = events.filter((e) => (e.kind === 'bounce' || e.kind === 'land' || e.kind === 'collision' || e.kind === 'bite' || e.kind === 'explode') && !(e.kind === 'explode' && lit.has(e.actors[0]!)));
  const fps = simulation.fps;
  const p: ScreenPoint = { x: 0, y: 0, unit: 0 };
  const dusty = geometry.floor === 'ground' || geometry.floor === 'indoor';

  const at = (track: ActorTrack, i: number, camera: CameraPose, lift = 0): ScreenPoint | null => {
    const z = depthToZ(track.depth[i]!);
    if (z - camera.z < 0.08) return null;
    return projectZ(track.x[i]!, track.y[i]! + lift, z, camera, width, height, p);
  };
  const heightOf = (t: ActorTrack): number => t.size * (t.bounds.bottom - t.bounds.top);
  // A cook stands at a stove with a steaming pan (cooking.ts).
  const cooking = createCooking(shot, actors, simulation, width, height);
  // A fisher at the water has a line out to a bobbing float (fishing-line.ts).
  const fishingLines = createFishingLines(shot, actors, geometry, width, height);
  // Someone blowing bubbles sends a stream of them off on the air (bubble-streams.ts).
  const bubbleStreams = createBubbleStreams(shot, actors, width, height);
  // Something digging flings dirt up behind it (dirt-flicks.ts).
  const dirtFlicks = createDirtFlicks(shot, actors, width, height);
  // A burning house has flames along its top and smoke rising (burning.ts).
  const burning = createBurning(shot, actors, width, height);
  // A dog barking says "Woof!" in front of its mouth with each bark (call-marks.ts).
  const callMarks = createCallMarks(shot, actors, width, height, font);
  // A band on a stage plays to a crowd in front of it (concert-crowd.ts).
  const audience = hasAudience(shot);

  return {
    draw(ctx, camera, frame, seconds) {
      if (cooking.stations.length > 0) cooking.draw(ctx, camera, seconds);
      if (fishingLines.count > 0) fishingLines.draw(ctx, camera, frame, seconds);
      if (bubbleStreams.count > 0) bubbleStreams.draw(ctx, camera, frame, seconds);
      if (dirtFlicks.count > 0) dirtFlicks.draw(ctx, camera, frame, seconds);
      if (audience) drawConcertCrowd(ctx, seconds, width, height);
      if (burning.count > 0) burning.draw(ctx, camera, frame, seconds);
      if (callMarks.count > 0) callMarks.draw(ctx, camera, frame, seconds);
      for (const track of actors) {
        const i = frame - track.firstFrame;
        if (i < 0 || i >= track.length || track.opacity[i]! < 0.05) continue;
        const entity = entities.get(track.entityId);
        const motion: Motion = entity ? (actionAt(entity, seconds)?.motion ?? 'idle') : 'idle';
        const h = heightOf(track);
        switch (motion) {
          case 'sleep': {
            const head = at(track, i, camera, h * 0.75);
            if (head) sleepZs(ctx, head, seconds + track.member * 0.7, font, (track.bounds.right - track.bounds.left) * track.size);
            break;
          }
          case 'launch':
            // Only what blasts off straight up (a rocket, a firework) leaves flame and smoke: not a plane, a helicopter or a bus.
            if (entity && journeyOf(entity.asset, entity.category) === 'vertical' && (isRocket(entity.asset) || !QUIET_LAUNCHERS.has(entity.category))) rocketTrail(ctx, track, i, camera, seconds, entity, at);
            break;
          case 'drive': {
            const foot = at(track, i, camera, h * 0.12);
            if (foot) puffs(ctx, foot.x - Math.sign(track.facing[i]! || 1) * (track.bounds.right - track.bounds.left) * track.size * foot.unit * 0.55, foot.y, foot.unit, seconds, -Math.sign(track.facing[i]! || 1), 'rgba(200,200,205,');
            break;
          }
          case 'run':
          case 'gallop':
          case 'chase':
          case 'flee':
            if (dusty && track.y[i]! < 0.02 && track.grounded) {
              const foot = at(track, i, camera);
              if (foot) puffs(ctx, foot.x - Math.sign(track.facing[i]! || 1) * (track.bounds.right - track.bounds.left) * track.size * foot.unit * 0.3, foot.y, foot.unit * 0.6, seconds, -Math.sign(track.facing[i]! || 1), 'rgba(190,170,140,');
            }
            break;
          case 'swim':
            if (geometry.floor === 'seabed') {
              const body = at(track, i, camera, h * 0.5);
              if (body) bubbles(ctx, body, seconds + track.member, height);
            }
            break;
          case 'melt': {
            const foot = at(track, i, camera);
            if (foot) {
              const w = (track.bounds.right - track.bounds.left) * track.size * foot.unit * Math.abs(track.scaleX[i]!) * 0.6;
              ctx.fillStyle = 'rgba(160,200,235,0.55)';
              ctx.beginPath();
              ctx.ellipse(foot.x, foot.y, w, w * 0.18, 0, 0, Math.PI * 2);
              ctx.fill();
            }
            break;
          }
          default:
            break;
        }
      }
      for (const event of impacts) {
        const age = (frame - event.frame) / fps;
        if (age < 0 || age > (event.kind === 'explode' ? 1.4 : 0.5)) continue;
        const track = byKey.get(event.actors[0]!);
        if (!track) continue;
        const i = Math.min(track.length - 1, Math.max(0, event.frame - track.firstFrame));
        if (event.kind === 'explode') {
          const c = at(track, i, camera, heightOf(track) * 0.5);
          // Small things (a firework) still burst big.
          if (c) burst(ctx, c, age, Math.max(heightOf(track), 0.35) * c.unit, event);
        } else if (event.kind === 'bite') {
          const food = byKey.get(event.actors[1] ?? '');
          const c = food ? at(food, Math.min(food.length - 1, Math.max(0, event.frame - food.firstFrame)), camera, heightOf(food) * 0.6) : null;
          if (c) crumbs(ctx, c, age, c.unit, event.frame);
        } else if (dusty) {
          const c = at(track, i, camera);
          if (c && track.y[i]! < heightOf(track) * 0.6) dustRing(ctx, c, age, heightOf(track) * c.unit, Math.min(1, (event.strength ?? 0.5) * 0.8));
        }
      }
    },
  };
}

function sleepZs(ctx: SKRSContext2D, head: ScreenPoint, seconds: number, font: string, width: number): void {
  for (let k = 0; k < 3; k++) {
    const u = (seconds * 0.45 + k / 3) % 1;
    const size = head.unit * width * (0.12 + u * 0.14);
    ctx.globalAlpha = Math.sin(u * Math.PI) * 0.9;
    ctx.fillStyle = '#ffffff';
    ctx.strokeStyle = 'rgba(40,50,90,0.7)';
    ctx.lineWidth = Math.max(1, size * 0.12);
    ctx.font = `700 ${Math.max(6, size).toFixed(1)}px ${font}`;
    const x = head.x + head.unit * width * (0.15 + u * 0.3) + Math.sin(u * 6) * head.unit * width * 0.05;
    const y = head.y - head.unit * width * u * 0.55;
    ctx.strokeText('z', x, y);
    ctx.fillText('z', x, y);
  }
  ctx.globalAlpha = 1;
}

function rocketTrail(ctx: SKRSContext2D, track: ActorTrack, i: number, camera: CameraPose, seconds: number, entity: Entity, at: (t: ActorTrack, i: number, c: CameraPose, lift?: number) => ScreenPoint | null): void {
  const action = actionAt(entity, seconds);
  const since = action ? seconds - action.start : 0;
  // Smoke left behind at earlier positions, billowing as it ages.
  const step = 3;
  for (let k = 14; k >= 1; k--) {
    const j = i - k * step;
    if (j < 0) continue;
    const c = at(track, j, camera);
    if (!c) continue;
    const age = (k * step) / 30;
    const r = c.unit * (0.05 + age * 0.18);
    ctx.fillStyle = `rgba(225,225,230,${(0.55 * (1 - k / 15)).toFixed(3)})`;
    ctx.beginPath();
    ctx.arc(c.x + Math.sin(k * 2.1) * r * 0.4, c.y + r * 0.3, r, 0, Math.PI * 2);
    ctx.fill();
  }
  const foot = at(track, i, camera);
  if (!foot) return;
  const flicker = 0.75 + 0.25 * Math.sin(seconds * 47) * Math.sin(seconds * 23);
  const len = foot.unit * (since < 0.9 ? 0.05 : 0.16) * flicker;
  const g = ctx.createRadialGradient(foot.x, foot.y, 0, foot.x, foot.y + len * 0.5, len);
  g.addColorStop(0, 'rgba(255,250,210,0.95)');
  g.addColorStop(0.4, 'rgba(255,170,60,0.85)');
  g.addColorStop(1, 'rgba(255,80,20,0)');
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.ellipse(foot.x, foot.y + len * 0.45, len * 0.35, len, 0, 0, Math.PI * 2);
  ctx.fill();
}

function puffs(ctx: SKRSContext2D, x: number, y: number, unit: number, seconds: number, dir: number, color: string): void {
  for (let k = 0; k < 4; k++) {
    const u = (seconds * 1.6 + k / 4) % 1;
    const r = unit * (0.015 + u * 0.045);
    ctx.fillStyle = `${color}${(0.45 * (1 - u)).toFixed(3)})`;
    ctx.beginPath();
    ctx.arc(x + dir * u * unit * 0.12, y - u * unit * 0.05 - r * 0.5, r, 0, Math.PI * 2);
    ctx.fill();
  }
}

function bubbles(ctx: SKRSContext2D, at: ScreenPoint, seconds: number, height: number): void {
  ctx.strokeStyle = 'rgba(235,250,255,0.7)';
  ctx.lineWidth = Math.max(0.8, height / 800);
  ctx.beginPath();
  for (let k = 0; k < 4; k++) {
    const u = (seconds * 0.8 + k / 4) % 1;
    const r = at.unit * (0.006 + u * 0.008);
    const x = at.x + Math.sin(u * 9 + k) * at.unit * 0.02;
    const y = at.y - u * at.unit * 0.3;
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, Math.PI * 2);
  }
  ctx.stroke();
}

function dustRing(ctx: SKRSContext2D, at: ScreenPoint, age: number, size: number, strength: number): void {
  const u = age / 0.5;
  for (const dir of [-1, 1]) {
    for (let k = 0; k < 3; k++) {
      const r = size * (0.05 + u * 0.1) * (1 - k * 0.2);
      ctx.fillStyle = `rgba(200,185,160,${(0.5 * strength * (1 - u)).toFixed(3)})`;
      ctx.beginPath();
      ctx.arc(at.x + dir * size * (0.15 + u * 0.35 + k * 0.08), at.y - r * 0.6, r, 0, Math.PI * 2);
      ctx.fill();
    }
  }
}

function burst(ctx: SKRSContext2D, at: ScreenPoint, age: number, size: number, event: SimulationEvent): void {
  const u = age / 1.4;
  const flash = Math.max(0, 1 - age * 5);
  if (flash > 0) {
    const r = size * (0.6 + age * 4);
    const g = ctx.createRadialGradient(at.x, at.y, 0, at.x, at.y, r);
    g.addColorStop(0, `rgba(255,255,230,${flash.toFixed(3)})`);
    g.addColorStop(0.4, `rgba(255,190,80,${(flash * 0.8).toFixed(3)})`);
    g.addColorStop(1, 'rgba(255,120,40,0)');
    ctx.fillStyle = g;
    ctx.fillRect(at.x - r, at.y - r, r * 2, r * 2);
  }
  // Debris and sparks flung outward, falling.
  const seed = event.frame * 7.13;
  for (let k = 0; k < 22; k++) {
    const a = (k / 22) * Math.PI * 2 + Math.sin(seed + k) * 0.3;
    const speed = size * (1.2 + ((k * 37) % 10) / 6);
    const x = at.x + Math.cos(a) * speed * age;
    const y = at.y + Math.sin(a) * speed * age + size * 2.2 * age * age;
    ctx.fillStyle = k % 3 === 0 ? `rgba(90,80,70,${(1 - u).toFixed(3)})` : `rgba(255,${150 + (k % 5) * 20},60,${(1 - u).toFixed(3)})`;
    ctx.beginPath();
    ctx.arc(x, y, Math.max(1, size * 0.04 * (1 - u * 0.5)), 0, Math.PI * 2);
    ctx.fill();
  }
  // A ring of smoke.
  ctx.strokeStyle = `rgba(180,175,170,${(0.5 * (1 - u)).toFixed(3)})`;
  ctx.lineWidth = Math.max(1, size * 0.12 * (1 - u));
  ctx.beginPath();
  ctx.arc(at.x, at.y, size * (0.4 + u * 1.6), 0, Math.PI * 2);
  ctx.stroke();
}

function crumbs(ctx: SKRSContext2D, at: ScreenPoint, age: number, unit: number, frame: number): void {
  const u = age / 0.5;
  ctx.fillStyle = `rgba(235,200,120,${(1 - u).toFixed(3)})`;
  for (let k = 0; k < 6; k++) {
    const a = -Math.PI / 2 + Math.sin(frame * 3.1 + k * 1.7) * 1.2;
    const x = at.x + Math.cos(a) * unit * 0.06 * u;
    const y = at.y + Math.sin(a) * unit * 0.06 * u + unit * 0.12 * u * u;
    ctx.fillRect(x, y, Math.max(1, unit * 0.008), Math.max(1, unit * 0.008));
  }
}
