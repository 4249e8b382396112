import { boxGradient, clipped, eye, LIGHT_DEFS, limb, litGradient, litShape, spaceGradient } from './drawn-animal-parts.ts';
import { FAR_FORE, FAR_HIND, legMover, movePoints, NEAR_FORE, NEAR_HIND, type Leg, type Stride } from './drawn-stride.ts';

/**
 * The drawn raccoon, frog and hamster (see drawn-animals.ts): a hunched
 * raccoon with a black mask and ringed tail walking left, a green frog
 * crouched ready to hop, and a round golden hamster scurrying.
 */

/** A walking raccoon: grey-brown coat, black mask, ringed tail, dark paws; `stride` moves its legs to a pose. */
export function raccoon(stride?: Stride): string {
  const leg = (points: readonly number[], which: Leg, width: number, paint: string): string => limb(movePoints(points, legMover(points, which, stride, 62)), width, paint);
  const tail = 'M74 50 C83 46 92 50 95.5 59 C98 66 95.5 72 90 71.5 C85 71 80 64 73 58 Z';
  const body = 'M26 56 C26 45 38 38 53 37 C67 36 80 42 81 54 C82 64 75 71 65 71 L40 71 C32 71 26 65 26 56 Z';
  const head = 'M10 41 C12 34 19 31 25 32 C31 33 35 38 34 45 C33 51 28 54 22 54 C17 54 13 52 7 50 C4.5 49.2 4.2 46.6 6.2 45.8 C8 44.6 9 43 10 41 Z';
  const ear = (x: number, far: boolean): string =>
    `<path d="M${x - 4} 35.5 C${x - 4} 29 ${x - 1} 26.5 ${x + 1} 26.5 C${x + 3.5} 27 ${x + 4.5} 31 ${x + 3.5} 36 Z" fill="${far ? '#4e4a47' : '#f0ede8'}"/>` +
    (far ? '' : `<path d="M${x - 2.4} 35 C${x - 2.2} 30.5 ${x - 0.6} 29 ${x + 0.8} 29.2 C${x + 2.2} 29.6 ${x + 2.6} 32 ${x + 2} 35.4 Z" fill="#6b625c"/>`);
  return `<defs>${LIGHT_DEFS}${litGradient('coat', '#b8b0a6', '#857c73', '#544d47')}
    ${spaceGradient('leg', [[0, '#6f675f'], [1, '#2e2a28']], 0, 62, 0, 92)}${spaceGradient('legFar', [[0, '#4e4843'], [1, '#232020']], 0, 62, 0, 92)}
    ${boxGradient('face', [[0, '#ffffff'], [1, '#dcd6ce']], 0.3, 1)}</defs>
    <g transform="translate(0 5)">${leg([42, 63, 43.5, 75, 45, 86], FAR_FORE, 6.2, 'url(#legFar)')}${leg([66, 62, 64, 71, 66, 79, 62, 86], FAR_HIND, 6.2, 'url(#legFar)')}
    ${litShape(tail, 'url(#coat)')}
    ${clipped('rings', tail, [80, 87, 94].map((x) => `<path d="M${x} 40 L${x + 6} 40 L${x + 1} 80 L${x - 5} 80 Z" fill="#2f2b29" opacity="0.85"/>`).join(''))}
    ${litShape(body, 'url(#coat)')}
    ${leg([34, 62, 31.5, 75, 29, 86], NEAR_FORE, 6.6, 'url(#leg)')}
    ${litShape('M61 50 C67 44 79 46 80 56 C80.5 63 78.5 68 76 72 C70 69 63.5 63 61 56 Z', 'url(#coat)')}
    ${leg([73, 66, 77.5, 77, 77, 86], NEAR_HIND, 6.6, 'url(#leg)')}
    ${ear(27, true)}
    ${litShape(head, 'url(#coat)')}
    ${ear(22, false)}
    <path d="M7 50 C6 47 7 45.5 9 45 C12 44.5 16 44 20 46 C24 48 28 50 30 51.5 C27 54 22 54.5 17 53.8 C13 53 10 52 7 50 Z" fill="url(#face)"/>
    <path d="M9.5 40.5 C12 37.5 15 37 18 37.5 C22 38 26 40 30 44 C27 46.5 22 46.5 18 45 C14.5 43.6 11.5 42.4 9.5 40.5 Z" fill="#2c2826"/>
    <path d="M11 37.6 C14 35.4 19 35.2 24 37" stroke="#f4f1ec" stroke-width="1.6" fill="none" stroke-linecap="round"/>
    ${eye(17.8, 40.6, 1.35, '#0d0b0a')}
    <ellipse cx="5.6" cy="46.2" rx="1.9" ry="1.6" fill="#1c1918"/></g>`;
}

/** A frog crouched on the ground, facing left: big eye on top, folded hind leg, splayed toes. */
export function frog(): string {
  const body = 'M8 60 C9 50 17 43 28 42 C44 41 62 48 72 58 C79 65 80 76 72 81 C64 86 46 86 32 84 C18 82 7 72 8 60 Z';
  const thigh = 'M46 62 C56 54 76 58 80 70 C83 79 76 86 64 86 C54 86 46 80 44 72 C43.5 68 44 64.5 46 62 Z';
  const toes = (x: number, y: number): string =>
    [-1, 0, 1].map((k) => `<ellipse cx="${x + k * 3.6}" cy="${y}" rx="1.9" ry="1.5" fill="#4aa93a"/>`).join('');
  return `<defs>${LIGHT_DEFS}${litGradient('skin', '#b6ec80', '#62c043', '#2d7f2b')}
    ${boxGradient('belly', [[0, '#f4f8c8'], [1, '#cfe08a']], 0.2, 1)}
    ${spaceGradient('leg', [[0, '#6cc84a'], [1, '#3d9a34']], 0, 70, 0, 92)}
    <radialGradient id="iris" cx="0.4" cy="0.4" r="0.6"><stop offset="0" stop-color="#ffe27a"/><stop offset="1" stop-color="#d99a1e"/></radialGradient></defs>
    ${limb([32, 76, 28, 90], 4.2, '#3f9a35')}
    ${litShape(body, 'url(#skin)')}
    ${clipped('underside', body, '<path d="M6 66 C16 78 34 84 56 86 L56 100 L0 100 Z" fill="url(#belly)"/>')}
    ${[[40, 52, 2.2], [52, 55, 1.8], [34, 60, 1.6]].map(([x, y, r]) => `<circle cx="${x}" cy="${y}" r="${r}" fill="#2f7d2a" opacity="0.45"/>`).join('')}
    ${limb([60, 84, 45, 89.5, 33, 90.4], 5.2, 'url(#leg)')}${toes(31, 92)}
    ${litShape(thigh, 'url(#skin)')}
    ${limb([26, 70, 21, 81, 17.5, 90], 4.6, 'url(#leg)')}${toes(15.5, 92)}
    ${litShape('M17 43 C17 36 22 32 27.5 32 C33 32 37 36 37 42 C37 47 32 49 27 49 C22 49 17 48 17 43 Z', 'url(#skin)')}
    <circle cx="26.8" cy="40.6" r="5.2" fill="url(#iris)"/><ellipse cx="26" cy="40.8" rx="3.4" ry="2.2" fill="#1a1410"/>
    <circle cx="24.4" cy="38.8" r="1.2" fill="#ffffff" opacity="0.9"/>
    <path d="M9 61 C14 63.5 22 64 30 62.5" stroke="#2a6b25" stroke-width="1" fill="none" stroke-linecap="round"/>
    <circle cx="11.5" cy="52" r="0.8" fill="#24551f"/>`;
}

/** A round golden hamster scurrying left: white belly and cheek, pink ears, nose and feet; `stride` moves its feet to a pose. */
export function hamster(stride?: Stride): string {
  const body = 'M12 62 C12 44 28 34 48 34 C70 34 90 46 90 64 C90 80 76 88 56 88 L36 88 C22 88 12 78 12 62 Z';
  const foot = (x: number, which: Leg): string => {
    const points = [x, 82, x - 2.5, 91];
    return limb(movePoints(points, legMover(points, which, stride, 58)), 5, which.near ? '#f2a9a4' : '#d88a8a');
  };
  return `<defs>${LIGHT_DEFS}${litGradient('fur', '#fbd49a', '#eca55a', '#b86e30')}
    ${boxGradient('white', [[0, '#fffaf2'], [1, '#eadccb']], 0.3, 1)}</defs>
    ${foot(38, FAR_FORE)}${foot(74, FAR_HIND)}
    ${litShape(body, 'url(#fur)')}
    ${clipped('belly', body, '<path d="M8 64 C20 76 44 82 70 80 C80 79 88 76 94 72 L94 100 L0 100 Z" fill="url(#white)"/><path d="M8 56 C14 54 22 58 26 66 C24 74 16 76 8 72 Z" fill="url(#white)"/>')}
    ${foot(28, NEAR_FORE)}${foot(64, NEAR_HIND)}
    <path d="M40 38 C35 48 34 60 38 72" stroke="#b86e30" stroke-width="1.4" fill="none" stroke-linecap="round" opacity="0.35"/>
    <circle cx="34" cy="34" r="6.4" fill="#e29a55"/><circle cx="34.4" cy="34.6" r="3.8" fill="#f5b5ae"/>
    <circle cx="27" cy="37" r="6" fill="#eca55a"/><circle cx="27.4" cy="37.6" r="3.5" fill="#f7c0b8"/>
    ${eye(23.4, 49.5, 1.9, '#1b120c')}
    <ellipse cx="12.2" cy="57" rx="2" ry="1.7" fill="#e4807c"/>
    <path d="M13 60.5 C14.5 62 16.5 62 17.6 61" stroke="#a0603a" stroke-width="0.8" fill="none" stroke-linecap="round"/>
    <path d="M16 56 L8 54 M16 57.6 L8.5 58.6" stroke="#8a5a3a" stroke-width="0.5" opacity="0.6"/>
    <circle cx="88.6" cy="62" r="2.2" fill="#eca55a"/>`;
}
