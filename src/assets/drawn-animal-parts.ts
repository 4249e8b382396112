/**
 * Small SVG builders shared by the drawn animals (drawn-animals.ts): the
 * Fluent 3D look is soft gradients lit from the upper left, a gloss on the
 * upper side, a darker rim underneath, and legs as rounded tubes. Every piece
 * works in the 100×100 viewBox the drawn art uses.
 */

/** Gradient stops: offset and colour (an rgba() colour carries its own opacity). */
export type Stops = readonly (readonly [number, string])[];

const stopTags = (stops: Stops): string => stops.map(([o, c]) => `<stop offset="${o}" stop-color="${c}"/>`).join('');

/** A gradient over a shape's box, lit from the upper left: light, mid, dark. */
export function litGradient(id: string, light: string, mid: string, dark: string): string {
  return `<linearGradient id="${id}" x1="0.15" y1="0" x2="0.7" y2="1">${stopTags([[0, light], [0.55, mid], [1, dark]])}</linearGradient>`;
}

/** A gradient in viewBox units (legs are thin strokes whose own box may have no width). */
export function spaceGradient(id: string, stops: Stops, x1: number, y1: number, x2: number, y2: number): string {
  return `<linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${stopTags(stops)}</linearGradient>`;
}

/** A gradient over a shape's box along a direction (0,0 → x2,y2). */
export function boxGradient(id: string, stops: Stops, x2 = 0, y2 = 1): string {
  return `<linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}">${stopTags(stops)}</linearGradient>`;
}

/** The definitions the gloss and rim overlays use; put once in each animal's defs. */
export const LIGHT_DEFS =
  `<radialGradient id="gloss" cx="0.3" cy="0.18" r="0.6">${stopTags([[0, 'rgba(255,255,255,0.42)'], [1, 'rgba(255,255,255,0)']])}</radialGradient>` +
  `<linearGradient id="rim" x1="0" y1="0" x2="0.25" y2="1">${stopTags([[0.45, 'rgba(40,18,10,0)'], [1, 'rgba(40,18,10,0.28)']])}</linearGradient>`;

/** A shape filled with its paint, then lit: a gloss on the upper left and a shaded underside. */
export function litShape(d: string, paint: string): string {
  return `<path d="${d}" fill="${paint}"/><path d="${d}" fill="url(#rim)"/><path d="${d}" fill="url(#gloss)"/>`;
}

/** A leg or arm: a rounded tube through the points (hip, joints, foot). */
export function limb(points: readonly number[], width: number, paint: string): string {
  let d = `M${points[0]} ${points[1]}`;
  for (let i = 2; i < points.length; i += 2) d += ` L${points[i]} ${points[i + 1]}`;
  return `<path d="${d}" fill="none" stroke="${paint}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"/>`;
}

/** A glossy eye: a dark oval with a catch-light towards the light. */
export function eye(x: number, y: number, r = 1.7, color = '#2a1f1d'): string {
  return `<ellipse cx="${x}" cy="${y}" rx="${r * 0.85}" ry="${r * 1.15}" fill="${color}"/><circle cx="${x - r * 0.3}" cy="${y - r * 0.45}" r="${r * 0.32}" fill="#ffffff" opacity="0.9"/>`;
}

/** A shape clipped to another (a tail's white tip, a panda's dark legs). */
export function clipped(id: string, clip: string, content: string): string {
  return `<clipPath id="${id}"><path d="${clip}"/></clipPath><g clip-path="url(#${id})">${content}</g>`;
}
