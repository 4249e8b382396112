import { ANIMAL_ART, ANIMAL_NOUNS, STRIDING_ART, type StridingArt } from './drawn-animals.ts';
import type { Stride, StrideStyle } from './drawn-stride.ts';
import { SCENERY_ART, SCENERY_NOUNS, WATERFALL_FLOW } from './drawn-scenery.ts';
import { MONUMENT_ART, MONUMENT_NOUNS } from './drawn-monuments.ts';
import { STALL_ART, STALL_NOUNS } from './drawn-stalls.ts';
import { PEOPLE_ART, STRIDING_PEOPLE } from './drawn-people.ts';
import { SPORT_ART } from './drawn-sport.ts';
import { WEB_ART } from './drawn-webs.ts';

/**
 * Art drawn for Diorama (our own SVG, MIT like the code) for things the emoji
 * sets lack: a lighthouse, a barn, a windmill, a hot-air balloon, dominoes,
 * stairs, a few props, and full-body animals where the emoji only show a face
 * (drawn-animals.ts), and scenery the emoji draw badly: a bridge, a waterfall,
 * tall ships, an iceberg (drawn-scenery.ts). Soft gradients keep them close to the Fluent 3D look.
 * Asset ids are "drawn:<name>"; the planner may use DRAWN_ART_NOUNS.
 */

/** Prefix of drawn asset ids. */
export const DRAWN_ASSET_PREFIX = 'drawn:';

const grad = (id: string, stops: [number, string][], x2 = 0, y2 = 1): string =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}">${stops.map(([o, c]) => `<stop offset="${o}" stop-color="${c}"/>`).join('')}</linearGradient>`;

const ART: Record<string, string> = {
  lighthouse: `<defs>${grad('lt', [[0, '#ffffff'], [1, '#c9d2dc']], 1, 0)}${grad('lr', [[0, '#ff6b5e'], [1, '#c2272d']], 1, 0)}${grad('lg', [[0, '#fff6b0'], [1, '#ffc83d']])}</defs>
    <path d="M28 97 Q50 88 72 97 Z" fill="#6d6a66"/>
    <path d="M37 92 L41 30 L59 30 L63 92 Z" fill="url(#lt)"/>
    <path d="M38.2 75 L39.4 58 L60.6 58 L61.8 75 Z M40.3 45 L40.9 36 L59.1 36 L59.7 45 Z" fill="url(#lr)"/>
    <path d="M36.5 92 L63.5 92 L63.5 86 L36.5 86 Z" fill="url(#lr)"/>
    <rect x="35" y="27" width="30" height="4" rx="1" fill="#3b3f46"/>
    <rect x="41" y="15" width="18" height="12" rx="1.5" fill="url(#lg)"/>
    <path d="M41 15 L59 15 L59 27 L41 27 Z" fill="none" stroke="#3b3f46" stroke-width="1.6"/>
    <path d="M47 15 L47 27 M53 15 L53 27" stroke="#3b3f46" stroke-width="1.2"/>
    <path d="M38 15 Q50 1 62 15 Z" fill="#c2272d"/>
    <circle cx="50" cy="5" r="2" fill="#3b3f46"/>
    <rect x="46.5" y="62" width="7" height="9" rx="3.5" fill="#3b4b5e"/>`,
  barn: `<defs>${grad('bw', [[0, '#e0483e'], [1, '#a52a25']], 1, 0)}${grad('br', [[0, '#5b5f66'], [1, '#3a3d42']])}</defs>
    <path d="M10 45 L25 22 L50 12 L75 22 L90 45 L90 94 L10 94 Z" fill="url(#bw)"/>
    <path d="M6 47 L25 20 L50 9 L75 20 L94 47 L90 49 L73 25 L50 15 L27 25 L10 49 Z" fill="url(#br)"/>
    <path d="M33 94 L33 60 L67 60 L67 94 Z" fill="#8e221e" stroke="#fff6ec" stroke-width="2.5"/>
    <path d="M33 60 L67 94 M67 60 L33 94" stroke="#fff6ec" stroke-width="2.5"/>
    <path d="M50 60 L50 94" stroke="#fff6ec" stroke-width="1.5"/>
    <rect x="41" y="32" width="18" height="14" fill="#3d2a22" stroke="#fff6ec" stroke-width="2.5"/>
    <path d="M10 94 L10 49 M90 94 L90 49" stroke="#fff6ec" stroke-width="2"/>`,
  windmill: `<defs>${grad('wt', [[0, '#f2e6d0'], [1, '#c9b48f']], 1, 0)}${grad('wr', [[0, '#6b4a3a'], [1, '#3e2a22']])}</defs>
    <path d="M34 96 L40 38 L60 38 L66 96 Z" fill="url(#wt)"/>
    <path d="M36 40 Q50 22 64 40 Z" fill="url(#wr)"/>
    <rect x="45" y="78" width="10" height="18" rx="5" fill="#5a3d2e"/>
    <rect x="46" y="52" width="8" height="9" rx="2" fill="#3b4b5e"/>
    <circle cx="50" cy="36" r="3.2" fill="#3e2a22"/>`,
  'windmill-sails': `<g transform="translate(50 50)">${[0, 90, 180, 270]
    .map(
      (a) => `<g transform="rotate(${a})"><rect x="-1.6" y="-48" width="3.2" height="46" fill="#5a3d2e"/>
      <rect x="1.6" y="-46" width="11" height="36" fill="#f6efe0" stroke="#8a6a52" stroke-width="1"/>
      <path d="M1.6 -37 L12.6 -37 M1.6 -28 L12.6 -28 M1.6 -19 L12.6 -19" stroke="#8a6a52" stroke-width="0.8"/></g>`,
    )
    .join('')}<circle r="4" fill="#3e2a22"/></g>`,
  'hot-air-balloon': `<defs>${grad('hb', [[0, '#ffd25e'], [0.5, '#ff7a45'], [1, '#d6336c']])}${grad('hs', [[0, 'rgba(255,255,255,0.45)'], [0.5, 'rgba(255,255,255,0)'], [1, 'rgba(0,0,0,0.18)']], 1, 0)}</defs>
    <path d="M50 2 C78 2 90 22 86 40 C82 56 64 64 58 72 L42 72 C36 64 18 56 14 40 C10 22 22 2 50 2 Z" fill="url(#hb)"/>
    <path d="M50 2 C62 14 62 50 56 72 L44 72 C38 50 38 14 50 2 Z" fill="#3d8bfd" opacity="0.85"/>
    <path d="M50 2 C30 12 24 44 34 64 M50 2 C70 12 76 44 66 64" stroke="#fff3e0" stroke-width="2.5" fill="none"/>
    <path d="M50 2 C78 2 90 22 86 40 C82 56 64 64 58 72 L42 72 C36 64 18 56 14 40 C10 22 22 2 50 2 Z" fill="url(#hs)"/>
    <path d="M42 72 L41 84 M58 72 L59 84 M47 73 L46 84 M53 73 L54 84" stroke="#6b4a3a" stroke-width="1"/>
    <rect x="39" y="84" width="22" height="13" rx="2.5" fill="#a0683f"/>
    <path d="M39 89 L61 89 M39 93 L61 93" stroke="#7a4c2c" stroke-width="1"/>`,
  domino: `<defs>${grad('dm', [[0, '#ffffff'], [1, '#d8dde4']], 1, 0)}</defs>
    <rect x="31" y="4" width="38" height="92" rx="6" fill="#2e3138"/>
    <rect x="33" y="6" width="34" height="88" rx="5" fill="url(#dm)"/>
    <rect x="36" y="49" width="28" height="2" rx="1" fill="#2e3138"/>
    ${[[50, 27], [41, 18], [59, 36], [41, 62], [59, 62], [41, 82], [59, 82], [50, 72]]
      .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="3.6" fill="#2e3138"/>`)
      .join('')}`,
  stairs: `<defs>${grad('st', [[0, '#d9c7ab'], [1, '#a8906f']])}</defs>
    <path d="M2 98 L2 84 L18 84 L18 70 L34 70 L34 56 L50 56 L50 42 L66 42 L66 28 L82 28 L82 14 L98 14 L98 98 Z" fill="url(#st)"/>
    <path d="M2 84 L18 84 M18 70 L34 70 M34 56 L50 56 M50 42 L66 42 M66 28 L82 28 M82 14 L98 14" stroke="#f4ead8" stroke-width="2.5"/>`,
  table: `<defs>${grad('tb', [[0, '#b9794a'], [1, '#7f4d2c']])}</defs>
    <rect x="4" y="38" width="92" height="9" rx="3" fill="url(#tb)"/>
    <rect x="4" y="46" width="92" height="3" fill="#5e3820"/>
    <path d="M12 49 L15 96 L21 96 L20 49 Z M88 49 L85 96 L79 96 L80 49 Z" fill="#7f4d2c"/>
    <path d="M30 49 L31 90 L35 90 L35 49 Z M70 49 L69 90 L65 90 L65 49 Z" fill="#5e3820"/>`,
  'floor-lamp': `<defs>${grad('lp', [[0, '#fff1c4'], [1, '#f2c46b']])}</defs>
    <path d="M32 6 L68 6 L78 34 L22 34 Z" fill="url(#lp)"/>
    <path d="M22 34 L78 34" stroke="#d4a24c" stroke-width="2"/>
    <rect x="48" y="34" width="4" height="56" fill="#4a4d55"/>
    <ellipse cx="50" cy="93" rx="17" ry="4.5" fill="#3a3d44"/>`,
  cabin: `<defs>${grad('cb', [[0, '#a86b3f'], [1, '#6f4325']])}${grad('cr', [[0, '#5a3a2c'], [1, '#3a2419']])}</defs>
    <rect x="66" y="14" width="9" height="24" fill="#7a6f68"/>
    <path d="M4 50 L50 14 L96 50 Z" fill="url(#cr)"/>
    <rect x="10" y="48" width="80" height="48" fill="url(#cb)"/>
    ${[55, 62, 69, 76, 83, 90].map((y) => `<path d="M10 ${y} L90 ${y}" stroke="#5c3820" stroke-width="1.4"/>`).join('')}
    <rect x="42" y="66" width="16" height="30" rx="1.5" fill="#4a2c1a"/>
    <rect x="18" y="60" width="16" height="14" fill="#ffd27a" stroke="#4a2c1a" stroke-width="2.5"/>
    <rect x="66" y="60" width="16" height="14" fill="#ffd27a" stroke="#4a2c1a" stroke-width="2.5"/>
    <path d="M2 52 L50 12 L98 52" stroke="#f4f4f4" stroke-width="3" fill="none"/>`,
  'paper-boat': `<defs>${grad('pb', [[0, '#ffffff'], [1, '#d6dce6']], 1, 0)}</defs>
    <path d="M4 58 L96 58 L80 82 L20 82 Z" fill="url(#pb)"/>
    <path d="M26 58 L50 14 L74 58 Z" fill="#f4f6fa"/>
    <path d="M50 14 L50 58 L74 58 Z" fill="#dfe4ec"/>
    <path d="M4 58 L96 58" stroke="#b9c1cc" stroke-width="1.2"/>`,
  snowball: `<defs><radialGradient id="sb" cx="0.38" cy="0.35" r="0.7"><stop offset="0" stop-color="#ffffff"/><stop offset="0.7" stop-color="#e6eef8"/><stop offset="1" stop-color="#b8c8dc"/></radialGradient></defs>
    <circle cx="50" cy="50" r="46" fill="url(#sb)"/>
    <circle cx="34" cy="40" r="4" fill="#ffffff" opacity="0.9"/><circle cx="62" cy="62" r="3" fill="#c9d6e6"/>`,
  fence: `<defs>${grad('fn', [[0, '#e8d2b0'], [1, '#b8976c']], 1, 0)}</defs>
    ${[8, 30, 52, 74].map((x) => `<path d="M${x} 96 L${x} 40 L${x + 8} 32 L${x + 16} 40 L${x + 16} 96 Z" fill="url(#fn)"/>`).join('')}
    <rect x="2" y="52" width="96" height="7" fill="#c9a77a"/><rect x="2" y="76" width="96" height="7" fill="#c9a77a"/>`,
  // A long, low run of fence with a flat cap rail along its top, for something to walk along (a cat at night).
  'long-fence': `<defs>${grad('lf', [[0, '#e8d2b0'], [1, '#b8976c']], 1, 0)}</defs>
    ${Array.from({ length: 16 }, (_, k) => 2.5 + k * 6).map((x) => `<rect x="${x}" y="79" width="3.6" height="17" fill="url(#lf)"/>`).join('')}
    <rect x="1" y="84" width="98" height="3" fill="#b8976c"/><rect x="1" y="91" width="98" height="3" fill="#b8976c"/>
    <rect x="1" y="76" width="98" height="3.5" rx="0.8" fill="#d9bd93"/>`,
  ...ANIMAL_ART,
  ...SCENERY_ART,
  ...MONUMENT_ART,
  ...STALL_ART,
  ...SPORT_ART,
  ...WEB_ART,
  // People in their work clothes, where the role emoji show head and shoulders (drawn-people.ts).
  ...PEOPLE_ART,
};

/** Nouns the drawn art covers, for the planner's lexicon. */
export const DRAWN_ART_NOUNS: Readonly<Record<string, string>> = {
  lighthouse: 'lighthouse',
  barn: 'barn',
  windmill: 'windmill',
  'hot air balloon': 'hot-air-balloon',
  'hot-air balloon': 'hot-air-balloon',
  domino: 'domino',
  dominoes: 'domino',
  stairs: 'stairs',
  staircase: 'stairs',
  steps: 'stairs',
  table: 'table',
  desk: 'table',
  lamp: 'floor-lamp',
  'floor lamp': 'floor-lamp',
  cabin: 'cabin',
  'log cabin': 'cabin',
  'paper boat': 'paper-boat',
  snowball: 'snowball',
  fence: 'fence',
  ...ANIMAL_NOUNS,
  ...SCENERY_NOUNS,
  ...MONUMENT_NOUNS,
  ...STALL_NOUNS,
};

/** A moving part drawn over a piece of art; positions and sizes are fractions of the art's square. */
export interface DrawnPart {
  readonly part: string;
  readonly hubX: number;
  readonly hubY: number;
  readonly size: number;
  /** Quarter turns a second about the hub (the windmill's sails). */
  readonly spin: number;
  /** Tiles a second the part slides down, repeating within its square (falling water); 0 or absent for none. */
  readonly flow?: number;
}

/**
 * Moving parts drawn over a piece of art: the windmill's sails turn about
 * their hub, a waterfall's water streams down.
 */
export const DRAWN_PARTS: Readonly<Record<string, DrawnPart>> = {
  'drawn:windmill': { part: 'drawn:windmill-sails', hubX: 0.5, hubY: 0.36, size: 0.86, spin: 0.9 },
  'drawn:waterfall': { ...WATERFALL_FLOW, spin: 0 },
};

/** Asset ids of every drawn piece of art. */
export const DRAWN_ASSETS: readonly string[] = Object.keys(ART).map((name) => `${DRAWN_ASSET_PREFIX}${name}`);

/** Every drawn art whose legs move: the animals and the robot, and the people in work clothes. */
const STRIDERS: Readonly<Record<string, StridingArt>> = { ...STRIDING_ART, ...STRIDING_PEOPLE };

/** The SVG document of a drawn asset at a pixel size, or null for other ids; with a stride, its legs in that pose (null for art whose legs do not move). */
export function drawnArtSvg(asset: string, size: number, stride?: Stride): string | null {
  if (!asset.startsWith(DRAWN_ASSET_PREFIX)) return null;
  const name = asset.slice(DRAWN_ASSET_PREFIX.length);
  const body = stride ? STRIDERS[name]?.pose(stride) : ART[name];
  if (!body) return null;
  const px = Math.max(1, Math.round(size));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}" viewBox="0 0 100 100">${body}</svg>`;
}

/** The asset ids of every drawn art whose legs move. */
export function stridingAssets(): string[] {
  return Object.keys(STRIDERS).map((name) => `${DRAWN_ASSET_PREFIX}${name}`);
}

/** How a drawn asset walks: whether its legs move (null when they do not), whether it walks on two, and how wide it steps. */
export function drawnStride(asset: string): { readonly biped: boolean; readonly style?: StrideStyle | undefined } | null {
  if (!asset.startsWith(DRAWN_ASSET_PREFIX)) return null;
  const art = STRIDERS[asset.slice(DRAWN_ASSET_PREFIX.length)];
  return art ? { biped: art.biped, style: art.style } : null;
}
