import { boxGradient, clipped, eye, LIGHT_DEFS, limb, litGradient, litShape, spaceGradient } from './drawn-animal-parts.ts';
import { FAR_FORE, FAR_HIND, legMover, movePoints, NEAR_FORE, NEAR_HIND, type Leg, type Stride } from './drawn-stride.ts';

/**
 * The drawn fox and wolf (see drawn-animals.ts): trotting side views facing
 * left, the fox slim with a white-tipped brush and black stockings, the wolf
 * heavier and grey with a pale belly and a hanging tail.
 */

/** The colours of a drawn fox. */
export interface FoxLook {
  readonly coat: readonly [string, string, string];
  readonly white: string;
  readonly stocking: string;
  readonly earTip: string;
  /** The far legs' lower end, in shade. */
  readonly farLeg: string;
}

/** A red fox: orange-red coat, white chest and tail tip, black stockings and ear tips. */
export const RED_FOX: FoxLook = { coat: ['#ffa55c', '#f2752b', '#bf4a1b'], white: '#fff8f0', stocking: '#3b2b27', earTip: '#3b2b27', farLeg: '#9a3c17' };

/** An arctic fox in its winter coat: white all over, dark eyes and nose only. */
export const ARCTIC_FOX: FoxLook = { coat: ['#ffffff', '#eef1f4', '#c3cad3'], white: '#ffffff', stocking: '#dfe4ea', earTip: '#e3e8ee', farLeg: '#aab3be' };

const THIGH = 'M60 55 C65 48 76 50 76.5 60 C76.8 66 75 71 72.5 74 C68 72 62 66 60 60 Z';

/** A leg moved to a stride pose, with its stocking (the lower leg's own colour) moved along. */
function stockedLeg(points: readonly number[], leg: Leg, stride: Stride | undefined, width: number, paint: string, stocking: readonly number[], stockingPaint: string): string {
  const move = legMover(points, leg, stride, 84);
  return `${limb(movePoints(points, move), width, paint)}${limb(movePoints(stocking, move), width, stockingPaint)}`;
}

/** A trotting fox in the given colours; `stride` moves its legs to a pose of a walk, trot or gallop. */
export function fox(look: FoxLook, stride?: Stride): string {
  const [light, mid, dark] = look.coat;
  const tail = 'M73 51 C83 44 95 48 98 58 C100.5 66 97 74 89.5 73.5 C82 73 77 65 72.5 60 Z';
  const body = 'M31 52 C32 43 45 40 57 41 C69 42 78 46 78 55 C78 64 71 69 62 69 C55 69 50 67 44 68 C36 69 30 62 31 52 Z';
  const neck = 'M24 36 C32 33 42 40 47 48 L42 66 C34 66 28 58 24 48 Z';
  const head = 'M12 29 C15 24 24 23 29 27 C32 30 32.5 37 29.5 41.5 C26.5 45 20 46 15 45 L6.5 42.6 C4.2 42 4 40 6 39.2 C9 38 10 33.5 12 29 Z';
  return `<defs>${LIGHT_DEFS}${litGradient('coat', light, mid, dark)}
    ${boxGradient('white', [[0, look.white], [1, '#ecd9cb']], 0.3, 1)}
    ${boxGradient('ear', [[0, look.earTip], [0.3, look.earTip], [0.4, mid], [1, mid]])}
    ${spaceGradient('leg', [[0, mid], [1, dark]], 0, 62, 0, 84)}${spaceGradient('legFar', [[0, dark], [1, look.farLeg]], 0, 62, 0, 84)}</defs>
    ${stockedLeg([44, 62, 46, 79, 48.5, 92], FAR_FORE, stride, 5.6, 'url(#legFar)', [46.6, 82, 48.5, 92], look.stocking)}
    ${stockedLeg([62, 60, 60, 72, 63, 82, 58.5, 92], FAR_HIND, stride, 5.6, 'url(#legFar)', [63, 82, 58.5, 92], look.stocking)}
    <path d="${tail}" fill="url(#coat)"/><path d="${tail}" fill="url(#rim)"/>
    ${clipped('tip', tail, `<circle cx="97.5" cy="71" r="9" fill="${look.white}"/>`)}
    ${litShape(body, 'url(#coat)')}
    ${stockedLeg([38, 62, 34, 79, 30, 92], NEAR_FORE, stride, 6, 'url(#leg)', [33.2, 82.5, 30, 92], look.stocking)}
    ${litShape(THIGH, 'url(#coat)')}${stockedLeg([71, 70, 77, 82, 76, 92], NEAR_HIND, stride, 6, 'url(#leg)', [77, 82, 76, 92], look.stocking)}
    <path d="${neck}" fill="url(#coat)"/>
    <path d="M23 46 C27 55 33 62 40 67 C33 68 28 63 25.5 56 Z" fill="url(#white)"/>
    <g transform="translate(19 39) scale(1.14) translate(-19 -36)">
    <path d="M22 27.5 L26.5 13 L31.5 29 Z" fill="url(#ear)"/><path d="M24.5 26 L26.5 18 L29 27 Z" fill="${dark}" opacity="0.5"/>
    ${litShape(head, 'url(#coat)')}
    <path d="M6.5 42.6 C11 44 17 45.5 22 44.5 C26 43.5 29 41.5 30.5 38.5 C30 45.5 24.5 49.5 17.5 49 C12.5 48.6 9 46 6.5 42.6 Z" fill="url(#white)"/>
    <path d="M13.5 29.5 L15.5 13.5 L23.5 26.5 Z" fill="url(#ear)"/><path d="M15.5 27.5 L16.2 19 L20.8 26 Z" fill="${dark}" opacity="0.45"/>
    ${eye(17.2, 34.2, 1.6)}
    <ellipse cx="5.2" cy="40.6" rx="1.9" ry="1.6" fill="#2a1f1d"/></g>`;
}


/** The colours of a drawn wolf. */
export interface WolfLook {
  readonly coat: readonly [string, string, string];
  readonly pale: string;
  readonly saddle: string;
}

/** A grey wolf: grey coat with a darker saddle, pale cheeks, throat, belly and legs. */
export const GREY_WOLF: WolfLook = { coat: ['#c3c9d0', '#939ca6', '#5d6670'], pale: '#eef0f2', saddle: '#4f5761' };

/** A trotting wolf in the given colours; `stride` moves its legs to a pose of a walk, trot or gallop. */
export function wolf(look: WolfLook, stride?: Stride): string {
  const leg = (points: readonly number[], which: Leg, width: number, paint: string): string => limb(movePoints(points, legMover(points, which, stride, 84)), width, paint);
  const [light, mid, dark] = look.coat;
  const tail = 'M76 50 C86 50 93 60 92.5 72 C92 79 87.5 82 84 78.5 C80.5 74 78.5 65 74 60 Z';
  const body = 'M29 50 C30 40 44 37 57 38.5 C70 40 81 44 81 54 C81 63 74 68 65 68 C57 68 52 66.5 45 68 C36 70 28.5 62 29 50 Z';
  const neck = 'M21 33 C31 29 44 36 49 46 L44 66 C34 66 26 58 21 46 Z';
  const head = 'M11 30 C14 24 24 22 30 26 C33.5 29 34 37 31 42 C28 46 21 47 16 46 L6 43.5 C3.5 43 3.2 40.5 5.5 39.5 C9 38 9.5 34 11 30 Z';
  const thigh = 'M61 53 C67 46 79 49 79 60 C79 67 77 72 74.5 75 C69 72 63 66 61 59 Z';
  return `<defs>${LIGHT_DEFS}${litGradient('coat', light, mid, dark)}
    ${boxGradient('pale', [[0, look.pale], [1, '#c9ced4']], 0.3, 1)}
    ${spaceGradient('leg', [[0, mid], [1, light]], 0, 62, 0, 92)}${spaceGradient('legFar', [[0, dark], [1, mid]], 0, 62, 0, 92)}
    ${boxGradient('tail', [[0, mid], [0.75, dark], [1, look.saddle]])}</defs>
    ${leg([44, 62, 46.5, 79, 49, 92], FAR_FORE, 6.6, 'url(#legFar)')}
    ${leg([63, 60, 61, 72, 64, 82, 59.5, 92], FAR_HIND, 6.6, 'url(#legFar)')}
    ${litShape(tail, 'url(#tail)')}
    ${litShape(body, 'url(#coat)')}
    ${clipped('belly', body, `<ellipse cx="52" cy="73" rx="25" ry="9" fill="${look.pale}" opacity="0.9"/><ellipse cx="56" cy="33" rx="26" ry="7" fill="${look.saddle}" opacity="0.3"/>`)}
    ${leg([36, 62, 32, 79, 28, 92], NEAR_FORE, 7, 'url(#leg)')}
    ${litShape(thigh, 'url(#coat)')}${leg([73, 70, 79, 82, 78, 92], NEAR_HIND, 7, 'url(#leg)')}
    <path d="${neck}" fill="url(#coat)"/>
    <path d="M20 44 C25 54 32 62 41 67 C33 68.5 26 63 22.5 55 Z" fill="url(#pale)"/>
    <g transform="translate(19 39) scale(1.1) translate(-19 -36)">
    <path d="M22 27 L26 16 L31.5 28.5 Z" fill="${dark}"/>
    ${litShape(head, 'url(#coat)')}
    <path d="M6 43.5 C11 45 17 46.5 22 45.5 C26.5 44.5 30 42 32 38.5 C31.5 46 26 50.5 18.5 50 C13 49.6 9 47 6 43.5 Z" fill="url(#pale)"/>
    <path d="M12.5 30 L15 16.5 L22.5 27 Z" fill="url(#coat)"/><path d="M14.8 28 L15.6 20.5 L19.8 26.5 Z" fill="${dark}" opacity="0.5"/>
    <path d="M13 33 C15 31.5 18.5 31.5 20.5 33" stroke="${dark}" stroke-width="0.8" fill="none" opacity="0.6"/>
    ${eye(16.8, 35.2, 1.55, '#3a2716')}
    <ellipse cx="4.6" cy="41.2" rx="2" ry="1.7" fill="#23201f"/></g>`;
}
