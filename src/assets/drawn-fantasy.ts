import { boxGradient, eye, LIGHT_DEFS, limb, litGradient, litShape, spaceGradient } from './drawn-animal-parts.ts';
import { FAR_FORE, FAR_HIND, footAt, legMover, movePoints, NEAR_FORE, NEAR_HIND, type Leg, type Stride } from './drawn-stride.ts';

/**
 * The drawn unicorn (see drawn-animals.ts): the emoji only has its face, so
 * "a unicorn running over a rainbow" floated a head. A white horse in
 * mid-canter facing left, a pastel mane and tail, golden hooves and a golden
 * spiral horn; two hooves on the ground (the leading far foreleg and the
 * near hind leg), the others lifted, so a run reads as a gallop.
 */

/** Pastel bands of the mane and tail, light pink through lilac to sky blue. */
const PASTEL = boxGradient('pastel', [[0, '#ffa6d4'], [0.5, '#c7a2ff'], [1, '#86cbff']], 1, 0.6);

/** A horse's leg: hip to fetlock, and where its hoof stands. */
interface HoofedLeg {
  readonly points: readonly number[];
  readonly hoof: readonly [number, number];
}

/** The unicorn's legs as drawn still, in mid-canter with two hooves lifted. */
const CANTER: readonly HoofedLeg[] = [
  { points: [40, 58, 35, 74, 31, 89], hoof: [30.5, 92] },
  { points: [66, 58, 62, 70, 66, 78, 60, 83], hoof: [59, 85.5] },
  { points: [76, 64, 72, 73, 81, 80, 84, 89], hoof: [84.5, 92] },
  { points: [38, 60, 27, 66, 22, 75], hoof: [20.6, 77.8] },
];

/** The same legs standing square, every hoof down: the stride poses swing them from here. */
const SQUARE: readonly HoofedLeg[] = [
  { points: [40, 58, 40, 75, 39, 89], hoof: [38.5, 92] },
  { points: [66, 58, 63, 70, 67, 80, 66, 89], hoof: [65.5, 92] },
  { points: [76, 64, 72, 73, 77, 81, 76, 89], hoof: [75.5, 92] },
  { points: [38, 60, 37, 76, 36, 89], hoof: [35.5, 92] },
];

/** A galloping white unicorn; `stride` moves its legs to a pose of a walk, trot or gallop. */
export function unicorn(stride?: Stride): string {
  const [farFore, farHind, nearHind, nearFore] = stride ? SQUARE : CANTER;
  const body = 'M33 50 C33 42 41 38.5 52 39 C62 39.5 70 38 78 41 C85 44 86 54 82 60 C78 65 71 64 63 62.5 C55 62 47 64.5 41 62.5 C35.5 60.5 33 56 33 50 Z';
  const thigh = 'M64 47 C70 40 84 42 85 53 C85.5 61 81.5 67 77 71 C71 68 65 61 64 54 Z';
  const shoulder = 'M33 48 C35 42 44 42 46 49 C47 55 44 62 39 66 C35 63 32 55 33 48 Z';
  const neck = 'M21 24 C27 20 34 24 38 31 C41 37 45 41 48 44 L42 60 C36 60 32 54 30 46 C28 39 24 33 21 28 Z';
  const head = 'M17 15.5 C23 13 30 17 31 23.5 C31.6 28 28.5 30.5 24 32.5 L12.5 40 C9.5 42 5.5 41.8 4.2 39 C3 36.5 4.5 33.6 7.5 31.6 L13.4 21 C14.4 18.4 15.4 16.5 17 15.5 Z';
  const tail = 'M80 43 C89 37 98 41 98 51 C98 60 95 68 90 75 C89.5 67 87 58 81 53 Z';
  const mane = 'M19 15 C26 10 34 15 38 23 C41 29 45 34 52 38 C47 42 41 41.5 37.5 38.5 C36 42 32 42 30.5 38 C29 34 27.5 29 25 25.5 C22 22.5 19.5 19.5 19 15 Z';
  const hoof = (x: number, y: number, far: boolean): string =>
    `<path d="M${x - 3.4} ${y - 3.2} L${x + 3.2} ${y - 3.2} L${x + 3.8} ${y} L${x - 4} ${y} Z" fill="${far ? '#b8892f' : 'url(#hoof)'}"/>`;
  const leg = (drawn: HoofedLeg, which: Leg, width: number): string => {
    const move = legMover(drawn.points, which, stride, 88);
    const [x, y] = move(drawn.hoof[0], drawn.hoof[1]);
    return `${limb(movePoints(drawn.points, move), width, which.near ? 'url(#leg)' : 'url(#legFar)')}${hoof(x, y, !which.near)}`;
  };
  // The horn's spiral: bands slanting across the cone from its base to its tip.
  const spiral = [0.2, 0.38, 0.55, 0.7, 0.83]
    .map((t) => {
      const cx = 19.5 + (10.5 - 19.5) * t;
      const cy = 15.5 + (0.8 - 15.5) * t;
      const half = 2.6 * (1 - t);
      return `<path d="M${cx - half} ${cy - half * 0.15} L${cx + half} ${cy + half * 0.85}" stroke="#b8862a" stroke-width="0.7" stroke-linecap="round"/>`;
    })
    .join('');
  return `<defs>${LIGHT_DEFS}${litGradient('coat', '#ffffff', '#f3f0fa', '#c8c0dc')}${PASTEL}
    ${spaceGradient('leg', [[0, '#f3f0fa'], [1, '#ffffff']], 0, 60, 0, 92)}${spaceGradient('legFar', [[0, '#c4bcd8'], [1, '#ddd7ea']], 0, 60, 0, 92)}
    ${boxGradient('hoof', [[0, '#ffe08a'], [1, '#c99a3a']])}${boxGradient('horn', [[0, '#fff3b8'], [0.5, '#ffd35a'], [1, '#e0a630']], 1, 0.3)}
    ${boxGradient('muzzle', [[0, '#fff4fa'], [1, '#e9d9ea']], 0.4, 1)}</defs>
    ${leg(farFore!, FAR_FORE, 5.4)}
    ${leg(farHind!, FAR_HIND, 5.4)}
    ${litShape(tail, 'url(#pastel)')}
    <path d="M82 47 C90 45 95 53 93 66 M84 51 C89 54 90 60 89 68" stroke="#ffffff" stroke-width="1" fill="none" opacity="0.55" stroke-linecap="round"/>
    ${litShape(body, 'url(#coat)')}
    ${litShape(thigh, 'url(#coat)')}${leg(nearHind!, NEAR_HIND, 6)}
    ${litShape(shoulder, 'url(#coat)')}${leg(nearFore!, NEAR_FORE, 6)}
    ${litShape(neck, 'url(#coat)')}
    ${litShape(mane, 'url(#pastel)')}
    <path d="M23 15 C30 15 35 22 39 29 M27 21 C32 26 36 32 43 37" stroke="#ffffff" stroke-width="0.9" fill="none" opacity="0.6" stroke-linecap="round"/>
    <path d="M25.2 16 L28.4 8.5 L30 17.8 Z" fill="url(#coat)"/><path d="M26.6 15.6 L28.3 11 L29 16.6 Z" fill="#f0b8d4"/>
    ${litShape(head, 'url(#coat)')}
    <path d="M4.2 39 C3 36.5 4.5 33.6 7.5 31.6 C10.5 32 12.5 35 12 38.5 L12.5 40 C9.5 42 5.5 41.8 4.2 39 Z" fill="url(#muzzle)"/>
    <path d="M17 17.2 L22.4 14.4 L10.5 0.8 Z" fill="url(#horn)"/>${spiral}
    <path d="M16 19 C19 15 22.5 15 24.5 17.5 C22 18.5 19.5 19.5 17 22 Z" fill="url(#pastel)"/>
    ${eye(19.4, 23.6, 1.6, '#3b2a4a')}
    <path d="M17 21.4 C18.4 20.4 20.2 20.4 21.6 21.2" stroke="#3b2a4a" stroke-width="0.6" fill="none"/>
    <ellipse cx="6.6" cy="35.4" rx="1.1" ry="1.5" transform="rotate(-30 6.6 35.4)" fill="#8a6f86"/>
    <path d="M5.4 39.2 C7 40 9 39.8 10 39" stroke="#a88aa4" stroke-width="0.6" fill="none"/>`;
}

/**
 * The drawn robot: the emoji only has its face, so "a robot walking down a
 * neon city street" floated a head. A friendly retro robot in mid-stride
 * facing left, metallic grey-blue lit from the upper left: a rounded boxy
 * head with glowing cyan eyes on its left (front) half, at about (0.33, 0.28)
 * and (0.45, 0.28) of the art, and an antenna whose glowing red ball tops it
 * at about (0.47, 0.04); a body with a dark chest panel of lights, ball hands
 * swinging opposite the legs, both feet flat on the art's bottom edge.
 */
export function robot(stride?: Stride): string {
  const head = 'M30 18 C30 14.5 32.5 12.5 36 12.5 L60 12.5 C63.5 12.5 66 14.5 66 18 L66 36 C66 39.5 63.5 41.5 60 41.5 L36 41.5 C32.5 41.5 30 39.5 30 36 Z';
  const body = 'M31 50 C31 46 33.5 44 37.5 44 L60.5 44 C64.5 44 67 46 67 50 L67 68 C67 72 64.5 74 60.5 74 L37.5 74 C33.5 74 31 72 31 68 Z';
  const pelvis = 'M37 73 L61 73 L59 78.5 L39 78.5 Z';
  const foot = (x: number, far: boolean, y = 0): string =>
    litShape(`M${x} ${98 + y} L${x} ${93.5 + y} C${x} ${90.5 + y} ${x + 2.5} ${89 + y} ${x + 5.5} ${89 + y} L${x + 12} ${89 + y} C${x + 15} ${89 + y} ${x + 17} ${91 + y} ${x + 17} ${94 + y} L${x + 17} ${98 + y} Z`, far ? 'url(#metalFar)' : 'url(#metal)');
  const joint = (x: number, y: number, r: number, far: boolean): string =>
    `<circle cx="${x}" cy="${y}" r="${r}" fill="${far ? 'url(#metalFar)' : 'url(#joint)'}"/>`;
  // A leg: hip, knee, ankle; the knee's ball joint and the flat foot go with it.
  const leg = (points: readonly number[], which: Leg, width: number, footX: number): string => {
    const far = !which.near;
    const move = legMover(points, which, stride, 94);
    const moved = movePoints(points, move);
    const [ankleX, ankleY] = [points[4]!, points[5]!];
    const dx = round2(moved[4]! - ankleX);
    const dy = round2(moved[5]! - ankleY);
    return `${limb(moved, width, far ? 'url(#limbFar)' : 'url(#limb)')}${joint(moved[2]!, moved[3]!, far ? 4.2 : 4.5, far)}${foot(footX + dx, far, dy)}`;
  };
  // An arm hangs closer to the body in a stride and swings against the leg on its own side, from the shoulder.
  const arm = (still: readonly number[], hanging: readonly number[], which: Leg): readonly number[] => {
    if (!stride) return still;
    const against = footAt(stride.gait === 'gallop' ? 'trot' : stride.gait, stride.cycle, { end: 'hind', near: !which.near });
    const swing = against.forward * (stride.gait === 'walk' ? 7 : 9);
    const [x0, y0] = [hanging[0]!, hanging[1]!];
    const reach = Math.max(1, hanging[hanging.length - 1]! - y0);
    const out: number[] = [];
    for (let i = 0; i < hanging.length; i += 2) {
      const t = (hanging[i + 1]! - y0) / reach;
      out.push(round2(hanging[i]! - swing * t), round2(hanging[i + 1]! - Math.abs(swing) * 0.3 * t * t));
    }
    return out;
  };
  const farArm = arm([59, 50, 70, 57, 80, 62, 82, 63], [59, 50, 66, 58, 71, 64, 72, 65.5], FAR_FORE);
  const nearArm = arm([35.5, 50.5, 27.5, 59, 20, 63.5, 18, 64.5], [35.5, 50.5, 30, 59, 27, 65, 26, 66.5], NEAR_FORE);
  const hand = (x: number, y: number, far: boolean): string =>
    `<circle cx="${x}" cy="${y}" r="4.6" fill="${far ? 'url(#metalFar)' : 'url(#metal)'}"/><circle cx="${x}" cy="${y}" r="4.6" fill="url(#gloss)"/>`;
  // A glowing eye: a soft halo, a bright lens, a white catch-light towards the light.
  const glowEye = (x: number, y: number): string =>
    `<circle cx="${x}" cy="${y}" r="6.2" fill="url(#eyeGlow)"/><circle cx="${x}" cy="${y}" r="3.7" fill="#1d2a38"/><circle cx="${x}" cy="${y}" r="2.9" fill="url(#lens)"/><circle cx="${x - 1}" cy="${y - 1.1}" r="0.9" fill="#ffffff" opacity="0.9"/>`;
  return `<defs>${LIGHT_DEFS}${litGradient('metal', '#eef4fb', '#aebfd2', '#6c7f98')}${litGradient('metalFar', '#9aa9bc', '#7a8aa0', '#55647a')}
    ${litGradient('joint', '#c9d5e3', '#8c9db3', '#5d6e86')}
    ${spaceGradient('limb', [[0, '#c3d0df'], [1, '#8597ae']], 0, 44, 0, 96)}${spaceGradient('limbFar', [[0, '#8796ab'], [1, '#65758b']], 0, 44, 0, 96)}
    ${boxGradient('panel', [[0, '#3a4a5f'], [1, '#1f2a38']], 0.4, 1)}${boxGradient('face', [[0, '#33465e'], [1, '#1b2634']], 0.3, 1)}
    <radialGradient id="lens" cx="0.4" cy="0.35" r="0.7"><stop offset="0" stop-color="#e9fdff"/><stop offset="0.5" stop-color="#6ff0ff"/><stop offset="1" stop-color="#19b4d6"/></radialGradient>
    <radialGradient id="eyeGlow"><stop offset="0.4" stop-color="rgba(110,240,255,0.55)"/><stop offset="1" stop-color="rgba(110,240,255,0)"/></radialGradient>
    <radialGradient id="bulb" cx="0.38" cy="0.35" r="0.7"><stop offset="0" stop-color="#ffe2d6"/><stop offset="0.45" stop-color="#ff6a55"/><stop offset="1" stop-color="#c4242c"/></radialGradient>
    <radialGradient id="bulbGlow"><stop offset="0.35" stop-color="rgba(255,110,90,0.5)"/><stop offset="1" stop-color="rgba(255,110,90,0)"/></radialGradient></defs>
    ${limb(farArm.slice(0, 6), 6, 'url(#limbFar)')}${joint(farArm[2]!, farArm[3]!, 3.6, true)}${hand(farArm[6]!, farArm[7]!, true)}
    ${leg([54, 76, 62, 84, 66, 92], FAR_HIND, 7, 60)}
    ${litShape(pelvis, 'url(#metal)')}
    ${leg([44, 76, 38, 84, 33, 92], NEAR_HIND, 7.5, 23)}
    <rect x="44" y="39" width="10" height="7" rx="1.5" fill="url(#metalFar)"/>
    ${litShape(body, 'url(#metal)')}
    <rect x="40" y="50" width="19" height="16" rx="3" fill="url(#panel)"/>
    <circle cx="44.5" cy="54.5" r="2" fill="#ff5f57"/><circle cx="50" cy="54.5" r="2" fill="#ffd24a"/><circle cx="55.5" cy="54.5" r="2" fill="#59e38a"/>
    <path d="M43 61 L56 61 M43 63.5 L52 63.5" stroke="#7fe9ff" stroke-width="1.2" stroke-linecap="round" opacity="0.85"/>
    <circle cx="63.5" cy="52" r="1.2" fill="#5d6e86"/><circle cx="63.5" cy="68" r="1.2" fill="#5d6e86"/>
    <path d="M46.5 12.5 L46.5 6" stroke="#5d6e86" stroke-width="1.8" stroke-linecap="round"/>
    <circle cx="47" cy="4.2" r="5.5" fill="url(#bulbGlow)"/><circle cx="47" cy="4.2" r="3" fill="url(#bulb)"/><circle cx="46" cy="3.2" r="0.9" fill="#ffffff" opacity="0.85"/>
    ${litShape(head, 'url(#metal)')}
    <path d="M32.5 20 C32.5 18.2 33.8 17 35.6 17 L50 17 C51.8 17 53 18.2 53 20 L53 33.5 C53 35.3 51.8 36.5 50 36.5 L35.6 36.5 C33.8 36.5 32.5 35.3 32.5 33.5 Z" fill="url(#face)"/>
    ${glowEye(37.2, 26)}${glowEye(48.2, 26)}
    <path d="M37.5 32.5 L47.5 32.5" stroke="#7fe9ff" stroke-width="1.3" stroke-linecap="round" opacity="0.8"/>
    <circle cx="60" cy="27" r="3.6" fill="url(#joint)"/><circle cx="60" cy="27" r="1.5" fill="#5d6e86"/>
    ${limb(nearArm.slice(0, 6), 6.5, 'url(#limb)')}${joint(nearArm[0]!, nearArm[1]!, 4.8, false)}${joint(nearArm[2]!, nearArm[3]!, 3.8, false)}${hand(nearArm[6]!, nearArm[7]!, false)}`;
}

/** Two decimals: enough for the art, short SVG. */
function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
