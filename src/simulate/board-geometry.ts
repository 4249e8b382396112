import { artOrientation } from '../assets/art-orientation.ts';
import type { ArtBounds } from '../assets/art-source.ts';
import { vehicleSeat } from '../assets/vehicle-seats.ts';
import type { EntityCategory } from '../plan/vocabulary.ts';
import type { ActorTrack } from './simulation.ts';

/**
 * Where a skateboard's deck is. Its art is drawn diagonally, so the actor
 * track turns it level about a pivot halfway between its foot point and its
 * middle (actor-motion.ts sets pivot 0.5 for art with a nose angle, and the
 * painter turns the art about that point). Turned, the board's middle sits
 * higher than the foot point and off to one side; these follow it, so the
 * board rests on its wheels and its rider stands on its deck.
 */

/** How far the pivot is below the art's middle, in the art's square. */
function pivotBelowMiddle(bounds: ArtBounds): number {
  return (bounds.bottom - bounds.top) / 4;
}

/** The board's tilt away from level for a track rotation (0 when rolling level). */
export function boardTilt(asset: string, category: EntityCategory, rotation: number, facing: number): number {
  const nose = artOrientation(asset, category).nose ?? 0;
  // Level is the turn that cancels the drawn nose angle, mirrored with the facing.
  const level = -((nose * Math.PI) / 180) * (facing >= 0 ? 1 : -1);
  return rotation - level;
}

/**
 * How far below its foot point a levelled board is placed so its wheels
 * touch the ground (in the art's square; 0 for anything but a board).
 */
export function boardRestDrop(asset: string, bounds: ArtBounds, nose: number | null): number {
  const seat = vehicleSeat(asset);
  if (seat?.kind !== 'board' || nose === null) return 0;
  const d = pivotBelowMiddle(bounds);
  return d * (1 + Math.cos((nose * Math.PI) / 180)) - seat.wheels;
}

/** The world point on top of the deck over the board's middle in frame `i`, and the board's tilt there. */
export function deckTop(board: ActorTrack, i: number, deck: number): { x: number; y: number; tilt: number } {
  const d = pivotBelowMiddle(board.bounds) * board.size * board.scaleY[i]!;
  const r = board.rotation[i]!;
  const tilt = boardTilt(board.asset, board.category, r, board.facing[i]!);
  const up = deck * board.size * board.scaleY[i]!;
  // The painter turns the art clockwise by r about the pivot, d below the art's middle and d above the foot point.
  return {
    x: board.x[i]! + d * Math.sin(r) + up * Math.sin(tilt),
    y: board.y[i]! + d + d * Math.cos(r) + up * Math.cos(tilt),
    tilt,
  };
}
