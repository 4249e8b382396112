/**
 * What the simulate stage hands the renderer: per-actor and camera tracks keyed
 * by integer frame index, plus events. The renderer only reads these.
 *
 * World units: one unit is the height of the frame at depth 0 and camera zoom
 * 1. x grows to the right, y is height above the ground, depth runs from 0
 * (nearest the camera) to 1 (the horizon).
 */

/** The frames a shot covers: [firstFrame, endFrame). */
export interface ShotSpan {
  readonly shotIndex: number;
  readonly firstFrame: number;
  readonly endFrame: number;
}

/** One drawn instance of an entity (an entity with count 3 gives three actors). */
export interface ActorTrack {
  /** Unique across the simulation: `${shotId}/${entityId}#${member}`. */
  readonly key: string;
  readonly shotIndex: number;
  readonly entityId: string;
  readonly member: number;
  readonly asset: string;
  readonly color: string | null;
  /** First global frame the track covers (inclusive). */
  readonly firstFrame: number;
  /** Number of frames the channels hold. */
  readonly length: number;
  /** Height of the art at depth 0 and scale 1, in world units. */
  readonly baseHeight: number;
  /** Channels, indexed by (frame - firstFrame). */
  readonly x: Float32Array;
  readonly y: Float32Array;
  readonly depth: Float32Array;
  readonly scaleX: Float32Array;
  readonly scaleY: Float32Array;
  /** Radians, clockwise on screen. */
  readonly rotation: Float32Array;
  readonly opacity: Float32Array;
  /** 1 when moving or looking right, -1 when left. */
  readonly facing: Int8Array;
}

/** The camera, one value per frame of the whole video. */
export interface CameraTrack {
  readonly x: Float32Array;
  readonly y: Float32Array;
  readonly zoom: Float32Array;
  /** Radians. */
  readonly rotation: Float32Array;
}

/** Something that happened at a frame: for sound effects and labels. */
export interface SimulationEvent {
  readonly frame: number;
  readonly kind: 'enter' | 'exit' | 'collision' | 'bounce' | 'land' | 'explode';
  readonly actors: readonly string[];
  /** Impact speed in world units per second, for collisions and bounces. */
  readonly strength?: number;
}

/** The complete output of the simulate stage. */
export interface Simulation {
  readonly fps: number;
  readonly frameCount: number;
  readonly aspect: number;
  readonly shots: readonly ShotSpan[];
  readonly actors: readonly ActorTrack[];
  readonly camera: CameraTrack;
  readonly events: readonly SimulationEvent[];
}

/** Allocates an actor track's channels with neutral values. */
export function createChannels(length: number): Pick<
  ActorTrack,
  'x' | 'y' | 'depth' | 'scaleX' | 'scaleY' | 'rotation' | 'opacity' | 'facing'
> {
  return {
    x: new Float32Array(length),
    y: new Float32Array(length),
    depth: new Float32Array(length),
    scaleX: new Float32Array(length).fill(1),
    scaleY: new Float32Array(length).fill(1),
    rotation: new Float32Array(length),
    opacity: new Float32Array(length).fill(1),
    facing: new Int8Array(length).fill(1),
  };
}

/** The index of the shot that covers a frame. */
export function shotAtFrame(simulation: Pick<Simulation, 'shots'>, frame: number): ShotSpan {
  const spans = simulation.shots;
  for (const span of spans) if (frame >= span.firstFrame && frame < span.endFrame) return span;
  return spans[spans.length - 1]!;
}
