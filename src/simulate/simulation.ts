import type { ArtBounds } from '../assets/art-source.ts';
import type { EntityCategory } from '../plan/vocabulary.ts';

/**
 * What the simulate stage hands the renderer: per-actor and camera tracks keyed
 * by integer frame index, plus events. The renderer only reads these.
 *
 * World units: one unit is the height of the frame at depth 0 with camera zoom
 * 1. x grows to the right, y is height above the ground, depth runs from 0
 * (nearest the camera) to 1 (the far edge of the stage); see projection.ts.
 */

/** The frames a shot covers: [firstFrame, endFrame). */
export interface ShotSpan {
  readonly shotIndex: number;
  readonly firstFrame: number;
  readonly endFrame: number;
}

/** How the art of an actor is oriented, so it can face the way it moves. */
export type ArtFacing = 'left' | 'right' | 'front';

/** One drawn instance of an entity (an entity with count 3 gives three actors). */
export interface ActorTrack {
  /** Unique across the simulation: `${shotId}/${entityId}#${member}`. */
  readonly key: string;
  readonly shotIndex: number;
  readonly entityId: string;
  readonly member: number;
  readonly noun: string;
  readonly category: EntityCategory;
  readonly asset: string;
  readonly color: string | null;
  /** Which way the art looks when drawn unmirrored. */
  readonly artFacing: ArtFacing;
  /** True when the actor sits on water: the renderer sinks its hull and draws a wake. */
  readonly floats: boolean;
  /** True when the actor stands on the ground (it casts a contact shadow). */
  readonly grounded: boolean;
  /**
   * Fraction of the art's visible height hidden at its bottom by what it
   * stands in (a passenger's legs inside a boat's hull); the foot point is at
   * that line. Absent: nothing hidden.
   */
  readonly hiddenBelow?: number;
  /**
   * How far the water between it and the camera dims and greens the art
   * (0 clear, 1 deepest), for a wreck on the sea floor. Absent: none.
   */
  readonly murk?: number;
  /** First global frame the track covers (inclusive). */
  readonly firstFrame: number;
  /** Number of frames the channels hold. */
  readonly length: number;
  /** Side of the art's square at depth 0 and scale 1, in world units. */
  readonly size: number;
  /** The visible part of the art's square; its bottom centre is the foot point. */
  readonly bounds: ArtBounds;
  /** Channels, indexed by (frame - firstFrame). x, y: the actor's foot point. */
  readonly x: Float32Array;
  readonly y: Float32Array;
  readonly depth: Float32Array;
  readonly scaleX: Float32Array;
  readonly scaleY: Float32Array;
  /** Radians, clockwise on screen, about the pivot. */
  readonly rotation: Float32Array;
  /** Where rotation and scale pivot: 0 at the feet (rooted things), 1 at the art's centre (tumbling things). */
  readonly pivot: Float32Array;
  readonly opacity: Float32Array;
  /**
   * Which way the actor looks: 1 right, -1 left, values between while it
   * turns (the renderer squeezes the art through zero instead of popping).
   */
  readonly facing: Float32Array;
  /**
   * Where the legs are in their stride (0..1, one cycle of both legs or leg
   * pairs) while the actor walks or runs along the ground on legs its art can
   * move; NaN while it stands, sits, flies, swims or hops (the art's still pose).
   */
  readonly stride?: Float32Array;
  /** The gait of each frame with a stride: an index into STRIDE_GAITS (assets/drawn-stride.ts). */
  readonly strideGait?: Uint8Array;
}

/**
 * The camera, one value per frame of the whole video; see projection.ts for
 * how a pose maps the world to pixels.
 */
export interface CameraTrack {
  /** Position: sideways, height above the ground, forward (dolly). */
  readonly x: Float32Array;
  readonly y: Float32Array;
  readonly z: Float32Array;
  /** Focal multiplier: 1 is the wide lens, 2 twice as close. */
  readonly zoom: Float32Array;
  /** Where the lens points, as offsets on the image plane (pan right, look up). */
  readonly pan: Float32Array;
  readonly tilt: Float32Array;
  /** Radians about the frame centre. */
  readonly rotation: Float32Array;
}

/** Something that happened at a frame: for sound effects and labels. */
export interface SimulationEvent {
  readonly frame: number;
  readonly kind: 'enter' | 'exit' | 'collision' | 'bounce' | 'land' | 'explode' | 'launch' | 'bite' | 'lightning';
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

/** The per-frame channels of an actor track. */
export type ActorChannels = Pick<ActorTrack, 'x' | 'y' | 'depth' | 'scaleX' | 'scaleY' | 'rotation' | 'pivot' | 'opacity' | 'facing'> &
  Required<Pick<ActorTrack, 'stride' | 'strideGait'>>;

/** Allocates an actor track's channels with neutral values. */
export function createChannels(length: number): ActorChannels {
  return {
    x: new Float32Array(length),
    y: new Float32Array(length),
    depth: new Float32Array(length),
    scaleX: new Float32Array(length).fill(1),
    scaleY: new Float32Array(length).fill(1),
    rotation: new Float32Array(length),
    pivot: new Float32Array(length),
    opacity: new Float32Array(length).fill(1),
    facing: new Float32Array(length).fill(1),
    stride: new Float32Array(length).fill(Number.NaN),
    strideGait: new Uint8Array(length),
  };
}

/** Allocates a camera track of neutral poses. */
export function createCameraTrack(frameCount: number): CameraTrack {
  return {
    x: new Float32Array(frameCount),
    y: new Float32Array(frameCount),
    z: new Float32Array(frameCount),
    zoom: new Float32Array(frameCount).fill(1),
    pan: new Float32Array(frameCount),
    tilt: new Float32Array(frameCount),
    rotation: new Float32Array(frameCount),
  };
}

/** The shot span that covers a frame. */
export function shotAtFrame(simulation: Pick<Simulation, 'shots'>, frame: number): ShotSpan {
  const spans = simulation.shots;
  for (const span of spans) if (frame >= span.firstFrame && frame < span.endFrame) return span;
  return spans[spans.length - 1]!;
}
