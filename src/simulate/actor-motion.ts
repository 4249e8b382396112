import { isWingedPlane, journeyOf } from '../assets/craft-kinds.ts';
import { drawnStride } from '../assets/drawn-art.ts';
import { boardRestDrop } from './board-geometry.ts';
import { strideRest } from '../assets/stride-rest.ts';
import { STRIDE_GAITS, type StrideGait } from '../assets/drawn-stride.ts';
import type { Entity, Shot } from '../plan/schema.ts';
import type { Motion } from '../plan/vocabulary.ts';
import type { Random } from '../util/random.ts';
import { AIRBORNE_MOTIONS, LEAVING_MOTIONS, MOTION_SPEED, TRAVEL_MOTIONS } from './actor-defaults.ts';
import type { CastMember } from './cast.ts';
import type { WorldPoint } from './layout.ts';
import { blendPose, motionPose, restPose, smooth, strideGaitOf, strideRate, type Pose } from './motion-pose.ts';
import { settingGeometry, type SettingGeometry } from './setting-geometry.ts';
import { glidesOnGround, isSnowRider, riderMotion, SLIDE_LEAN, SLOPE_DESCENT } from './snow-riders.ts';
import type { Stage } from './stage.ts';
import { StrideLegs } from './stride-legs.ts';
import { createChannels, type ActorChannels, type ActorTrack } from './simulation.ts';
import { steer, type Kinematics } from './steering.ts';

/** One action of an entity as the simulator plays it (plan actions plus implied ones). */
export interface PlayedAction {
  readonly motion: Motion;
  readonly target: string | null;
  /** Seconds from the shot start. */
  readonly start: number;
  readonly end: number;
  /** Implied by another entity's action (a chased cat flees but stays in frame). */
  readonly implied: boolean;
}

/** Everything the motion of one entity's members depends on. */
export interface MotionSetup {
  readonly shot: Shot;
  readonly member: CastMember;
  readonly actions: readonly PlayedAction[];
  readonly starts: readonly WorldPoint[];
  readonly anchor: WorldPoint;
  readonly scale: number;
  readonly fps: number;
  readonly steps: number;
  readonly length: number;
  readonly firstFrame: number;
  readonly geometry: SettingGeometry;
  readonly stage: Stage;
  /** The camera follows this entity: it may travel beyond the framing. */
  readonly followed: boolean;
  readonly tracks: ReadonlyMap<string, readonly ActorTrack[]>;
  readonly random: Random;
}

/** How much things afloat rock, by weather. */
const SWELL: Record<string, number> = { clear: 0.45, cloudy: 0.6, fog: 0.4, snow: 0.6, rain: 0.9, wind: 1.3, storm: 2 };

/** The played action at a shot time, or null when idle. */
export function playedAt(actions: readonly PlayedAction[], seconds: number): PlayedAction | null {
  for (const a of actions) if (seconds >= a.start && seconds < a.end) return a;
  return null;
}

/**
 * What an idle or mismatched motion really looks like for a kind of thing in
 * a setting: a bird in the air hovers on its wings rather than hanging still,
 * a fish swims, a boat on water bobs.
 */
export function effectiveMotion(member: CastMember, motion: Motion, geometry: SettingGeometry): Motion {
  const { entity } = member;
  const airborne = member.placement === 'air' || member.placement === 'sky';
  const wet = member.placement === 'underwater';
  // Trees, houses and coral stay put whatever the plan says they do; the sun does not tumble.
  if (member.rooted && !STAYING_MOTIONS.has(motion)) return entity.category === 'plant' ? 'sway' : 'idle';
  if (member.celestial && (motion === 'fall' || motion === 'bounce' || motion === 'roll')) return 'sink';
  if (motion === 'idle' || motion === 'watch') {
    if (airborne && (entity.category === 'bird' || entity.category === 'insect' || entity.category === 'aircraft')) return motion === 'idle' ? 'fly' : motion;
    if (wet && entity.category === 'fish') return 'swim';
    if (geometry.weightless && !wet) return 'float';
    if (member.placement === 'water-surface') return 'float';
  }
  if (motion === 'walk' || motion === 'run' || motion === 'trot' || motion === 'gallop') {
    if (entity.category === 'fish' || (wet && entity.category !== 'animal' && entity.category !== 'person')) return 'swim';
    if (entity.category === 'boat') return 'sail';
  }
  return motion;
}

/** Speed of a motion for a member (world units a second). */
function naturalSpeed(member: CastMember, motion: Motion): number {
  const base = MOTION_SPEED[motion] ?? 0;
  // Small things cover less ground; large ones more, within reason.
  return base * Math.min(1.6, Math.max(0.45, Math.sqrt(member.extent / 0.38)));
}

const TURN_SECONDS = 0.3;

/** What a rooted thing may still do in place. */
const STAYING_MOTIONS: ReadonlySet<Motion> = new Set(['idle', 'sway', 'grow', 'shrink', 'melt', 'explode', 'spin', 'wave', 'watch', 'dance', 'sleep', 'sit']);
const ROCKET = 'emoji:1f680';

/**
 * Moves every member of one entity through the shot at the simulation rate
 * and samples them at each frame: travel with turnarounds at the stage edge,
 * pursuit and flight for targeted actions, attachment for riders, and the
 * life of each motion (bob, squash, flaps, breath) on top.
 */
export function simulateMembers(setup: MotionSetup): ActorChannels[] {
  const { member, fps, steps, length, shot, actions, geometry, stage, random } = setup;
  const timeScale = shot.timeScale;
  const dt = 1 / (fps * steps);
  const duration = length / fps;
  const leadDirection = pickDirection(setup);
  const travelSeconds = actions.filter((a) => TRAVEL_MOTIONS.has(a.motion)).reduce((s, a) => s + (Math.min(a.end, duration) - a.start), 0) * timeScale;
  const width = member.width * setup.scale;
  const height = member.height * setup.scale;
  // Boats rock with the weather: barely on a calm lake, hard in a storm.
  const swell = member.placement === 'water-surface' ? (SWELL[shot.setting.weather] ?? 1) : 1;
  const out: ActorChannels[] = [];
  // Drawn animals move their legs on land; afloat or under water they keep still.
  const strider = member.placement === 'water-surface' || member.placement === 'underwater' ? null : drawnStride(member.entity.asset);
  const legsFor = (motion: Motion): StrideGait | null => (strider ? strideGaitOf(motion, member.entity.category, strider.biped) : null);

  setup.starts.forEach((start, index) => {
    const rnd = random.fork(index);
    const channels = createChannels(length);
    const phase = rnd.next();
    // Members of a group differ a little in pace; vehicles keep to the traffic's speed.
    const pace = member.entity.category === 'vehicle' ? 0.03 : 0.08;
    const speedJitter = member.entity.count > 1 ? rnd.range(1 - pace, 1 + pace) : 1;
    const sizeJitter = member.entity.count > 1 ? rnd.range(0.9, 1.08) : 1;
    const offset = { x: start.x - setup.anchor.x, y: start.y - setup.anchor.y, depth: start.depth - setup.anchor.depth };
    const state: Kinematics = { x: start.x, y: start.y, depth: start.depth, vx: 0, vy: 0, vd: 0 };
    let direction = leadDirection;
    const first = playedAt(actions, 0);
    const firstMotion = effectiveMotion(member, first?.motion ?? 'idle', geometry);
    // Travellers enter the shot already under way, from the side they head away from.
    if (TRAVEL_MOTIONS.has(firstMotion) && !first?.target) {
      const speed = cappedSpeed(setup, firstMotion, travelSeconds) * speedJitter;
      const path = Math.min(speed * travelSeconds, stage.width(start.depth) * 0.72);
      // Something being chased starts a little ahead, so its chaser starts in frame too.
      const lead = first?.implied ? width + 0.15 : 0;
      // "The car stops at the red light": travel that ends in a stop at something arrives there, front first.
      const arrival = setup.followed ? null : arrivalAt(setup, actions, index, width);
      if (arrival) {
        direction = arrival.direction;
        state.x = arrival.x - direction * path;
      } else if (!setup.followed) state.x = start.x - direction * (path * 0.5 - lead);
      state.vx = direction * speed;
      // Down a slope facing the camera: a rider starts further up it (further away) and ends nearer.
      if (member.slides) state.depth = start.depth + (SLOPE_DESCENT * path) / 2;
    }
    let facing: number = member.orientation.facing === 'right' ? 1 : member.orientation.facing === 'left' ? -1 : direction;
    if (TRAVEL_MOTIONS.has(firstMotion)) facing = direction;
    else if (first?.target) {
      // Busy with something from the start (playing it, eating it): already turned towards it.
      const other = memberTarget(setup.tracks.get(first.target), index);
      if (other && Math.abs(other.x[0]! - state.x) > 1e-6) facing = Math.sign(other.x[0]! - state.x);
    }
    // A plane's take-off roll or a train pulling in is a placed path: the first frame is already on it, facing its way.
    if (first && first.start === 0 && (first.motion === 'launch' || first.motion === 'land') && journeyOf(member.entity.asset, member.entity.category) !== 'vertical') {
      const target0 = first.target ? memberTarget(setup.tracks.get(first.target), index) : null;
      const ctx = { direction, speed: 0, offset, phase, slot: setup.starts.length > 1 ? index / setup.starts.length : 0, t: 0, since: 0, height, width };
      let begin = desiredVelocity(setup, state, first.motion, first, target0, setup.firstFrame, ctx);
      if (begin.place) Object.assign(state, begin.place);
      // Once more at the path's own depth (a train's lane in front of a station), where the frame is a little narrower.
      begin = desiredVelocity(setup, state, first.motion, first, target0, setup.firstFrame, ctx);
      if (begin.place) Object.assign(state, begin.place);
      const way = begin.face || Math.sign(begin.vx);
      if (way !== 0) facing = way;
    }
    let facingGoal: number = facing;
    let gait = phase;
    // Legs start a walk from, and finish a stop at, the point of the stride nearest the still art; a brief stop holds.
    const strideLegs = new StrideLegs((legs) => strideRest(member.entity.asset, legs));
    let nextGlance = 2.5 + rnd.range(0, 2.5);
    let previous: { motion: Motion; start: number } | null = null;
    let current: { motion: Motion; start: number } = { motion: firstMotion, start: 0 };

    for (let i = 0; i < length; i++) {
      const seconds = i / fps;
      const played = playedAt(actions, seconds);
      const motion = effectiveMotion(member, played?.motion ?? 'idle', geometry);
      if (motion !== current.motion) {
        previous = current;
        current = { motion, start: played?.start ?? seconds };
      }
      const target = played?.target ? memberTarget(setup.tracks.get(played.target), index) : null;
      // Record this frame's pose, then integrate to the next frame.
      const t = seconds * timeScale;
      const since = (seconds - current.start) * timeScale;
      const actionEnd = played ? Math.min(played.end, duration) : duration;
      const progress = played ? clamp01((seconds - played.start) / Math.max(1e-3, actionEnd - played.start)) : 0;
      const speedNow = Math.hypot(state.vx, state.vd * 0.5);
      // Legs stride while they carry the actor along (on the ground, over a bridge, or galloping through the sky above a
      // rainbow); through a brief stop, such as a turn, they hold their pose rather than snap to the still art and back.
      const legFrame = strideLegs.frame(seconds, Math.abs(state.vx) > 0.01, legsFor(current.motion), gait, i === 0);
      const legs = legFrame.legs;
      gait = legFrame.gait;
      const input = { t, since, progress, phase, gait, speed: speedNow, climb: state.vy, facing, height, category: member.entity.category, swell, legs, biped: strider?.biped ?? false };
      // Rooted things at rest do not breathe: they hold perfectly still (and can be painted once).
      const pose = member.rooted && current.motion === 'idle' ? restPose() : motionPose(current.motion, input);
      // A new action eases in over a third of a second instead of snapping.
      const blended = previous && since < 0.35 ? blendPose(motionPose(previous.motion, { ...input, legs: legs && legsFor(previous.motion) }), pose, smooth(since / 0.35)) : pose;
      writeFrame(channels, i, state, blended, facing, sizeJitter, member, current.motion);
      if (legs) {
        channels.stride[i] = gait / 2 - Math.floor(gait / 2);
        channels.strideGait[i] = STRIDE_GAITS.indexOf(legs);
      }
      gait = strideLegs.settle(gait, timeScale / fps, speedNow);

      for (let s = 0; s < steps; s++) {
        const secondsNow = (i + s / steps) / fps;
        const tNow = secondsNow * timeScale;
        const desired = desiredVelocity(setup, state, motion, played, target, i + setup.firstFrame + s / steps, {
          direction,
          speed: cappedSpeed(setup, motion, travelSeconds) * speedJitter,
          offset,
          phase,
          slot: setup.starts.length > 1 ? index / setup.starts.length : 0,
          t: tNow,
          since: (secondsNow - current.start) * timeScale,
          height,
          width,
        });
        // Turn around at the stage edge unless leaving is the point or the camera follows.
        if (desired.turn !== 0) direction = desired.turn;
        const accel = desired.stiff ? 1 : 1 - Math.exp(-dt * timeScale * (desired.accel ?? 3.5));
        state.vx += (desired.vx - state.vx) * accel;
        state.vy += (desired.vy - state.vy) * accel;
        state.vd += (desired.vd - state.vd) * accel;
        state.x += state.vx * dt * timeScale;
        state.y += state.vy * dt * timeScale;
        state.depth += state.vd * dt * timeScale;
        if (desired.place) Object.assign(state, desired.place);
        const floor = floorHeight(member, geometry, motion);
        if (state.y < floor && !AIRBORNE_MOTIONS.has(motion)) state.y = floor;
        gait += strideRate(motion, Math.abs(state.vx), height, legsFor(motion), strider?.style) * dt * timeScale * Math.min(1, Math.abs(state.vx) / 0.03);
        // Facing follows travel; idle animals glance around now and then.
        if (desired.face !== 0) facingGoal = desired.face;
        else if (Math.abs(state.vx) > 0.02) facingGoal = Math.sign(state.vx);
        else if (motion === 'idle' && (member.entity.category === 'animal' || member.entity.category === 'bird') && tNow > nextGlance) {
          facingGoal = -facingGoal;
          nextGlance = tNow + 2.5 + rnd.range(0, 3);
        }
        const turnStep = (2 / TURN_SECONDS) * dt * timeScale;
        facing += clamp(facingGoal - facing, -turnStep, turnStep);
      }
    }
    out.push(channels);
  });
  return out;
}

/**
 * Where a traveller that stops at something (a later still action with a
 * target, right after its travel) comes to rest: just short of it, having
 * come towards it from where the layout put the traveller. Null when it
 * stops at nothing.
 */
function arrivalAt(setup: MotionSetup, actions: readonly PlayedAction[], index: number, width: number): { x: number; direction: 1 | -1 } | null {
  const stop = actions.find((a) => a.target !== null && a.start > 0 && !TRAVEL_MOTIONS.has(a.motion) && actions.some((b) => TRAVEL_MOTIONS.has(b.motion) && Math.abs(b.end - a.start) < 1e-6));
  const there = stop ? memberTarget(setup.tracks.get(stop.target!), index) : null;
  if (!there) return null;
  const direction = there.x[0]! >= setup.anchor.x ? 1 : -1;
  // Its front a little short of it: it slows to a halt over the last stretch.
  return { x: there.x[0]! - direction * width * 0.85, direction };
}

function memberTarget(tracks: readonly ActorTrack[] | undefined, index: number): ActorTrack | null {
  if (!tracks || tracks.length === 0) return null;
  return tracks[index % tracks.length]!;
}

/** The travel direction of an entity's group: away from the nearer stage edge, or set by a relation. */
function pickDirection(setup: MotionSetup): 1 | -1 {
  const chase = setup.actions.find((a) => (a.motion === 'chase' || a.motion === 'follow') && a.target);
  if (chase) {
    const target = setup.tracks.get(chase.target!)?.[0];
    if (target) return target.x[Math.min(target.length - 1, 1)]! >= target.x[0]! ? 1 : -1;
  }
  const half = setup.stage.width(setup.anchor.depth) / 2;
  if (Math.abs(setup.anchor.x) > half * 0.25) return setup.anchor.x > 0 ? -1 : 1;
  return setup.random.fork('direction').chance(0.5) ? 1 : -1;
}

/** Travel speed, slowed so a traveller held in frame crosses most of it rather than racing off. */
function cappedSpeed(setup: MotionSetup, motion: Motion, travelSeconds: number): number {
  const natural = naturalSpeed(setup.member, motion);
  if (setup.followed || natural === 0 || travelSeconds <= 0) return natural;
  const cap = (setup.stage.width(setup.anchor.depth) * 0.72) / travelSeconds;
  return Math.max(Math.min(natural, cap), natural * 0.4);
}

/** The lowest a member's feet go: the ground, the seabed, or nothing in space. */
function floorHeight(member: CastMember, geometry: SettingGeometry, motion: Motion): number {
  if (geometry.floor === 'none') return -10;
  if (motion === 'sink' || motion === 'swim' || member.placement === 'underwater') return geometry.floor === 'seabed' ? 0 : -10;
  return 0;
}

interface SteerContext {
  direction: 1 | -1;
  speed: number;
  offset: WorldPoint;
  phase: number;
  slot: number;
  t: number;
  since: number;
  height: number;
  width: number;
}

function desiredVelocity(setup: MotionSetup, state: Kinematics, motion: Motion, played: PlayedAction | null, target: ActorTrack | null, frame: number, c: SteerContext) {
  return steer({ setup, state, motion, played, target, frame, ...c, leaving: played !== null && LEAVING_MOTIONS.has(played.motion) && !played.implied });
}

function writeFrame(
  ch: ActorChannels,
  i: number,
  state: Kinematics,
  pose: Pose,
  facing: number,
  sizeJitter: number,
  member: CastMember,
  motion: Motion,
): void {
  ch.x[i] = state.x;
  // A levelled skateboard stands on its wheels, not on the corner of its diagonal art.
  ch.y[i] = state.y + pose.lift - boardRestDrop(member.entity.asset, member.bounds, member.orientation.nose) * member.size;
  ch.depth[i] = state.depth;
  ch.scaleX[i] = pose.scaleX * sizeJitter;
  ch.scaleY[i] = pose.scaleY * sizeJitter;
  // A rider sliding down the snow leans forward into the slope.
  const lean = member.slides && motion === 'drive' ? SLIDE_LEAN * facing : 0;
  ch.rotation[i] = pose.rotation + noseRotation(member, motion, state, facing) + lean;
  ch.pivot[i] = member.orientation.nose !== null ? 0.5 : pose.pivot;
  ch.opacity[i] = pose.opacity * sinkFade(member, state);
  ch.facing[i] = facing;
}

/** Rotation that points art drawn diagonally (planes, rockets) where it flies. */
function noseRotation(member: CastMember, motion: Motion, state: Kinematics, facing: number): number {
  const nose = member.orientation.nose;
  if (nose === null) return 0;
  const alpha = (nose * Math.PI) / 180;
  let goal: number;
  // A rocket stands up to lift off; a plane points along its climb (the branch below).
  if ((motion === 'launch' && !isWingedPlane(member.entity.asset)) || motion === 'rise') goal = -Math.PI / 2;
  else if (AIRBORNE_MOTIONS.has(motion) || TRAVEL_MOTIONS.has(motion) || motion === 'circle' || motion === 'orbit' || motion === 'land' || motion === 'launch') {
    goal = Math.atan2(-state.vy, Math.abs(state.vx) + 0.05) * (facing >= 0 ? 1 : -1);
    if (facing < 0) goal = Math.PI - goal;
  } else goal = member.entity.asset === ROCKET ? -Math.PI / 2 : facing >= 0 ? 0 : Math.PI; // rockets stand on their tails
  const base = facing >= 0 ? alpha : Math.PI - alpha;
  let r = goal - base;
  while (r > Math.PI) r -= Math.PI * 2;
  while (r < -Math.PI) r += Math.PI * 2;
  return r;
}

/** Things sinking below the surface fade out. */
function sinkFade(member: CastMember, state: Kinematics): number {
  if (state.y >= 0 || member.placement !== 'water-surface') return 1;
  return clamp01(1 + state.y / Math.max(0.05, member.height * 0.8));
}

function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/** Every action of an entity as played: plan actions, plus flight from a chaser. */
export function playedActions(entity: Entity, shot: Shot, duration: number): PlayedAction[] {
  // Skiers and snowboarders going down (or gliding, or falling) slide along the snow.
  const slides = isSnowRider(entity, settingGeometry(shot.setting.kind));
  const own: PlayedAction[] = entity.actions.map((a) => ({
    motion: slides ? riderMotion(a.motion) : glidesOnGround(entity, a.motion) ? 'drive' : a.motion,
    target: a.target ?? null,
    start: a.start,
    end: a.end ?? duration,
    implied: false,
  }));
  const travels = own.some((a) => TRAVEL_MOTIONS.has(a.motion));
  if (!travels) {
    // A horse or a bicycle being ridden, or a car being driven, goes somewhere.
    for (const other of shot.entities) {
      for (const a of other.actions) {
        // Driving with no object named ("a man and his dog driving in a car") drives the vehicle they are in.
        const inIt = !a.target && other.layout.relation?.kind === 'inside' && other.layout.relation.target === entity.id;
        if ((a.motion === 'ride' && a.target === entity.id) || (a.motion === 'drive' && entity.category === 'vehicle' && (a.target === entity.id || inIt))) {
          const gait = entity.category === 'vehicle' ? 'drive' : entity.category === 'animal' ? 'trot' : entity.category === 'boat' ? 'sail' : 'walk';
          return mergeImplied(own, { motion: gait, target: null, start: a.start, end: a.end ?? duration, implied: true });
        }
      }
    }
    // Something chased that has no way to move of its own runs away (but stays in frame).
    for (const other of shot.entities) {
      for (const a of other.actions) {
        if (a.motion === 'chase' && a.target === entity.id) {
          const speedy = entity.category === 'bird' || entity.category === 'insect' ? 'fly' : entity.category === 'fish' ? 'swim' : 'run';
          return mergeImplied(own, { motion: speedy, target: null, start: a.start, end: a.end ?? duration, implied: true });
        }
      }
    }
  }
  return own;
}

function mergeImplied(own: PlayedAction[], implied: PlayedAction): PlayedAction[] {
  const stationary = own.filter((a) => a.motion !== 'idle');
  return [implied, ...stationary.filter((a) => a.end <= implied.start || a.start >= implied.end)].sort((a, b) => a.start - b.start);
}
