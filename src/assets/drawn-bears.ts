import { boxGradient, clipped, eye, LIGHT_DEFS, limb, litGradient, litShape, spaceGradient } from './drawn-animal-parts.ts';
import { FAR_FORE, FAR_HIND, legMover, movePoints, NEAR_FORE, NEAR_HIND, type Leg, type LegMap, type Stride } from './drawn-stride.ts';

/**
 * The drawn bears (see drawn-animals.ts): a heavy walking bear with a
 * shoulder hump, small round ears and pillar legs, in brown, polar white or
 * panda black and white, and a koala on all fours. Side views facing left.
 */

/** The colours of a drawn bear. */
export interface BearLook {
  readonly coat: readonly [string, string, string];
  /** The legs, ears and shoulder band (a panda's black); null for the coat's own colour. */
  readonly limbs: readonly [string, string] | null;
  readonly muzzle: string;
  /** A panda's dark patch round the eye. */
  readonly eyePatch: string | null;
}

/** A brown bear. */
export const BROWN_BEAR: BearLook = { coat: ['#b27a50', '#7f5030', '#4e2e1a'], limbs: null, muzzle: '#c99b73', eyePatch: null };

/** A polar bear: cream white with a black nose. */
export const POLAR_BEAR: BearLook = { coat: ['#ffffff', '#efeade', '#c4bba8'], limbs: null, muzzle: '#f7f3ea', eyePatch: null };

/** A giant panda: white with black legs, shoulders, ears and eye patches. */
export const PANDA: BearLook = { coat: ['#ffffff', '#f0efec', '#c9c7c2'], limbs: ['#4a4a52', '#1f1f24'], muzzle: '#ffffff', eyePatch: '#26262b' };

const BEAR_BODY = 'M22 57 C21 43 33 31 47 31 C56 31 62 35 70 37 C83 39.5 93 47 92 60 C91 70 83 75 72 75 L37 75 C28 75 22.5 67 22 57 Z';

/** A walking bear in the given colours; `stride` moves its legs to a pose of a walk, trot or gallop. */
export function bear(look: BearLook, stride?: Stride): string {
  const [light, mid, dark] = look.coat;
  const [limbTop, limbBottom] = look.limbs ?? [mid, dark];
  const head = 'M6 46 C7.5 39 14 35 21 35.5 C28.5 36 33 42 32 50 C31 56 25.5 60 19 60 C14 60 10 58 5 56 C2 55 1.7 51.5 4.5 50.5 C5.5 49 5.5 47.5 6 46 Z';
  const paw = (x: number, move: LegMap): string => {
    const [cx, cy] = move(x - 1.2, 91.2);
    return `<ellipse cx="${cx}" cy="${cy}" rx="6.4" ry="3.4" fill="${look.limbs ? limbBottom : dark}"/>`;
  };
  const leg = (points: readonly number[], which: Leg, width: number, paint: string, pawX: number): string => {
    const move = legMover(points, which, stride, 62);
    return `${limb(movePoints(points, move), width, paint)}${paw(pawX, move)}`;
  };
  const shoulder = look.limbs
    ? clipped('band', BEAR_BODY, `<path d="M26 40 C34 30 46 30 52 36 C50 50 48 62 46 78 L20 78 Z" fill="url(#limb)"/>`)
    : '';
  return `<defs>${LIGHT_DEFS}${litGradient('coat', light, mid, dark)}
    ${spaceGradient('leg', [[0, limbTop], [1, limbBottom]], 0, 64, 0, 92)}${spaceGradient('legFar', [[0, dark], [1, limbBottom]], 0, 64, 0, 92)}
    ${litGradient('limb', limbTop, limbTop, limbBottom)}${boxGradient('muzzle', [[0, look.muzzle], [1, mid]], 0.4, 1)}</defs>
    ${leg([42, 66, 44, 80, 45.5, 88], FAR_FORE, 10.5, look.limbs ? 'url(#leg)' : 'url(#legFar)', 46.5)}
    ${leg([70, 64, 67, 78, 63.5, 88], FAR_HIND, 10.5, look.limbs ? 'url(#leg)' : 'url(#legFar)', 64.5)}
    <circle cx="92" cy="55" r="3.4" fill="${mid}"/>
    ${litShape(BEAR_BODY, 'url(#coat)')}${shoulder}
    ${leg([30, 66, 27, 80, 24.5, 88], NEAR_FORE, 11.5, 'url(#leg)', 25.5)}
    ${litShape('M68 52 C74 45 88 48 88 60 C88 67 86 72 84 76 L74 76 C70 68 67 60 68 52 Z', look.limbs ? 'url(#limb)' : 'url(#coat)')}
    ${leg([80, 68, 83, 80, 84, 88], NEAR_HIND, 11.5, 'url(#leg)', 85)}
    <circle cx="25" cy="37.5" r="4.6" fill="${look.limbs ? limbBottom : dark}"/>
    ${litShape(head, 'url(#coat)')}
    <circle cx="19" cy="37" r="4.8" fill="${look.limbs ? limbTop : mid}"/><circle cx="19.2" cy="37.6" r="2.4" fill="${look.limbs ? limbBottom : dark}" opacity="0.6"/>
    <path d="M4.5 50.5 C7 48 12 47.5 16 49.5 C19 51 19.5 55.5 16.5 58.5 C12.5 60 8 58.5 5 56 C2 55 1.7 51.5 4.5 50.5 Z" fill="url(#muzzle)"/>
    ${look.eyePatch ? `<ellipse cx="17.6" cy="45" rx="3.6" ry="4.6" transform="rotate(25 17.6 45)" fill="${look.eyePatch}"/>` : ''}
    ${eye(17, 44.6, 1.5, look.eyePatch ? '#111' : '#21160f')}
    <ellipse cx="4.2" cy="50.2" rx="2.4" ry="2" fill="#1f1a18"/>
    <path d="M5 54.5 C7 56 9.5 56 11 55" stroke="#3a2a20" stroke-width="0.7" fill="none" opacity="0.6"/>`;
}

/** A koala on all fours: grey, round fluffy ears, a big dark nose, no tail; `stride` moves its legs to a pose. */
export function koala(stride?: Stride): string {
  const leg = (points: readonly number[], which: Leg, width: number, paint: string): string => limb(movePoints(points, legMover(points, which, stride, 70)), width, paint);
  const body = 'M27 60 C26 44 39 36 55 36 C72 36 86 45 86 61 C86 73 78 80 68 80 L38 80 C31 80 27.5 71 27 60 Z';
  const head = 'M8 44 C8 34 16 28 24 28 C33 28 39 35 38.5 44 C38 53 31 59 23 59 C15 59 8 53 8 44 Z';
  const ear = (x: number, y: number, far: boolean): string =>
    `<circle cx="${x}" cy="${y}" r="8.2" fill="${far ? '#6d737b' : 'url(#coat)'}"/><circle cx="${x + 0.6}" cy="${y + 0.8}" r="5.2" fill="${far ? '#cfd3d8' : '#f6f4f1'}"/>`;
  return `<defs>${LIGHT_DEFS}${litGradient('coat', '#c9cdd3', '#9aa0a8', '#666c74')}
    ${spaceGradient('leg', [[0, '#9aa0a8'], [1, '#5d636b']], 0, 64, 0, 92)}${spaceGradient('legFar', [[0, '#6d737b'], [1, '#4c5158']], 0, 64, 0, 92)}
    ${boxGradient('chest', [[0, '#fbfaf8'], [1, '#d9dad9']], 0.3, 1)}${boxGradient('nose', [[0, '#5a5352'], [1, '#231f20']], 0.5, 1)}</defs>
    ${leg([44, 70, 46, 81, 47.5, 89], FAR_FORE, 10, 'url(#legFar)')}${leg([70, 70, 67.5, 81, 65, 89], FAR_HIND, 10, 'url(#legFar)')}
    ${litShape(body, 'url(#coat)')}
    <path d="M30 56 C34 64 40 71 50 77 C40 79 33 75 30 67 Z" fill="url(#chest)"/>
    ${leg([33, 70, 30, 81, 27.5, 89], NEAR_FORE, 10.5, 'url(#leg)')}
    ${litShape('M68 55 C74 48 87 51 87 62 C87 69 85 74 83 79 L74 79 C70 71 67 63 68 55 Z', 'url(#coat)')}
    ${leg([79, 72, 82, 81, 83, 89], NEAR_HIND, 10.5, 'url(#leg)')}
    ${ear(33, 30, true)}
    ${litShape(head, 'url(#coat)')}
    ${ear(27, 29, false)}
    <path d="M11 52 C15 57 20 59 26 58.5 C21 60.5 14 58 11 52 Z" fill="#f2f1ee"/>
    ${eye(18.5, 41.5, 1.45)}
    <ellipse cx="9.6" cy="46" rx="4.2" ry="5.8" fill="url(#nose)"/><ellipse cx="8.4" cy="43.4" rx="1.3" ry="1.8" fill="#ffffff" opacity="0.35"/>`;
}
