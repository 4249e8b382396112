/**
 * How a craft leaves and arrives, by its art: a winged plane rolls down a
 * runway and climbs away at a shallow angle (and lands the same way back),
 * a wheeled vehicle drives off or pulls in along the ground, and only a
 * rocket goes straight up on a plume of smoke.
 */

/** Winged planes: airplane, small airplane, departure and arrival pictures. */
const WINGED = new Set(['2708', '1f6e9', '1f6eb', '1f6ec']);

/** A rocket (the one art that lifts off on flame and smoke). */
const ROCKETS = new Set(['1f680']);

function hexOf(asset: string): string | null {
  return asset.startsWith('emoji:') ? asset.slice(6).split('-')[0]! : null;
}

/** Whether the art is a winged plane, which takes off and lands along a runway. */
export function isWingedPlane(asset: string): boolean {
  const hex = hexOf(asset);
  return hex !== null && WINGED.has(hex);
}

/** Whether the art is a rocket, which blasts off straight up trailing smoke. */
export function isRocket(asset: string): boolean {
  const hex = hexOf(asset);
  return hex !== null && ROCKETS.has(hex);
}

/** How something planned to take off ('launch') or arrive ('land') travels. */
export type Journey = 'runway' | 'road' | 'vertical';

/** The way an entity of this art and category takes off or arrives. */
export function journeyOf(asset: string, category: string): Journey {
  if (isWingedPlane(asset)) return 'runway';
  if (category === 'vehicle') return 'road';
  return 'vertical';
}
