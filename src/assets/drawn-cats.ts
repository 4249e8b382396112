import { boxGradient, eye, LIGHT_DEFS, limb, litGradient, litShape, spaceGradient } from './drawn-animal-parts.ts';
import { FAR_FORE, FAR_HIND, legMover, movePoints, NEAR_FORE, NEAR_HIND, type Leg, type LegMap, type Stride } from './drawn-stride.ts';

/**
 * The drawn lion and lioness (see drawn-animals.ts): a tawny big cat walking
 * to the left, with a thick mane for the lion and a dark tuft on the tail.
 */

const COAT = ['#f6c878', '#dca04c', '#a06a2a'] as const;

/** Strands of darker hair over the mane, curving back from the face. */
const MANE_LOCKS = ['M33 22 C38 26 41 32 41 38', 'M38 40 C42 45 42 52 39 57', 'M30 58 C33 61 36 62 38 62', 'M35 30 C38 34 39 40 37 45']
  .map((d) => `<path d="${d}" stroke="#7a3e16" stroke-width="1.3" fill="none" stroke-linecap="round" opacity="0.55"/>`)
  .join('');

/** A walking lion, with its mane or (a lioness) without; `stride` moves its legs to a pose of a walk, trot or gallop. */
export function lion(mane: boolean, stride?: Stride): string {
  const [light, mid, dark] = COAT;
  const body = 'M30 51 C30 42 42 39.5 56 39.5 C70 39.5 82 42 84 52 C85.5 61 79 67.5 69 67.5 L43 67.5 C35 67.5 30 60 30 51 Z';
  const thigh = 'M64 52 C70 44.5 83 46.5 84 57 C84.5 64 82 70 79 74 C73 71 66.5 64 64 57 Z';
  const head = 'M7.5 37 C9 30.5 16 27 23 28.5 C29.5 30 32.5 36 31.5 43 C30.5 49 25.5 52.5 19 52.5 C14 52.5 10 51 6 48.5 C3.8 47.3 3.8 44.6 5.6 43.6 C6.6 41.5 7 39 7.5 37 Z';
  const maneShape =
    'M16 22 C22 15 34 16 39 23 C44 27 46 34 45 41 C47 47 45 55 40 60 C37 66 29 67 24 63 C18 63 13 58 13 52 C9 48 9 40 11 35 C10 29 12 24 16 22 Z';
  const neck = 'M20 36 C28 32 40 38 45 46 L41 64 C32 64 25 56 21 47 Z';
  const paw = (x: number, far: boolean, move: LegMap): string => {
    const [cx, cy] = move(x - 1, 91.4);
    return `<ellipse cx="${cx}" cy="${cy}" rx="5.4" ry="2.9" fill="${far ? dark : mid}"/>`;
  };
  const leg = (points: readonly number[], which: Leg, width: number, pawX: number): string => {
    const move = legMover(points, which, stride, 72);
    return `${limb(movePoints(points, move), width, which.near ? 'url(#leg)' : 'url(#legFar)')}${paw(pawX, !which.near, move)}`;
  };
  return `<defs>${LIGHT_DEFS}${litGradient('coat', light, mid, dark)}${litGradient('mane', '#d88a3a', '#b05e22', '#6e3412')}
    ${spaceGradient('leg', [[0, mid], [1, light]], 0, 60, 0, 92)}${spaceGradient('legFar', [[0, dark], [1, mid]], 0, 60, 0, 92)}
    ${boxGradient('muzzle', [[0, '#fff4e0'], [1, '#e8c596']], 0.3, 1)}</defs>
    ${leg([45, 60, 47, 78, 49, 90], FAR_FORE, 8.6, 50)}
    ${leg([67, 58, 65, 71, 68, 82, 63, 90], FAR_HIND, 8.6, 64)}
    <path d="M83 50 C91 51 95 60 94 70 C93.6 74 92.5 77 91 79" stroke="${mid}" stroke-width="2.8" fill="none" stroke-linecap="round"/>
    <ellipse cx="90.6" cy="80.4" rx="3" ry="4.4" transform="rotate(20 90.6 80.4)" fill="#5a3216"/>
    ${litShape(body, 'url(#coat)')}
    ${leg([37, 60, 33, 78, 30, 90], NEAR_FORE, 9.4, 31)}
    ${litShape(thigh, 'url(#coat)')}${leg([77, 70, 83, 82, 81.5, 90], NEAR_HIND, 9, 82.5)}
    ${mane ? `<path d="${maneShape}" fill="none" stroke="#a4561f" stroke-width="8.5" stroke-linecap="round" stroke-dasharray="0 6.5 0 8.2 0 7.1"/>${litShape(maneShape, 'url(#mane)')}${MANE_LOCKS}` : `<path d="${neck}" fill="url(#coat)"/>`}
    ${mane ? '' : `<path d="M24 28.5 C25 24 29 23 31 26 C32 28.5 31 31 29 32 Z" fill="${mid}"/><path d="M25.6 28.6 C26.2 26 28.4 25.6 29.4 27.4 Z" fill="#8a5a2a" opacity="0.6"/>`}
    ${litShape(head, 'url(#coat)')}
    ${mane ? `<path d="M22 30 C24 25 29 25 30.5 29 C31 31.5 29 33 27 33 Z" fill="${mid}"/>` : ''}
    <path d="M5.6 43.6 C9 42 15 43 17 46 C18.5 49 17 52 14 52.5 C10.5 52.5 8 51 6 48.5 C3.8 47.3 3.8 44.6 5.6 43.6 Z" fill="url(#muzzle)"/>
    ${eye(16.6, 38.2, 1.5, '#3a2410')}
    <path d="M3.8 42.4 C5.4 41 8 41.2 8.6 42.6 C8.4 44.2 6.4 45 4.6 44.6 C3.4 44.2 3.2 43 3.8 42.4 Z" fill="#5a2e22"/>
    <path d="M6 47.6 C8 49 10.5 49 12 48" stroke="#7a4a2a" stroke-width="0.7" fill="none" opacity="0.7"/>`;
}
