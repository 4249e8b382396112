/**
 * Scenery drawn for Diorama where the emoji draw it badly: a stone arch
 * bridge (the emoji is a square night-sky tile), a waterfall (none exists)
 * and a tall ship with masts and square sails (the emoji ship is a modern
 * liner), plus a pirate ship under a black flag, and an iceberg (the emoji
 * "ice" is an ice cube). Our own SVG, MIT like the
 * code, in the 100×100 viewBox the drawn art shares, lit from the upper
 * left; drawn-art.ts merges them into the one drawn-art registry.
 */

const grad = (id: string, stops: [number, string][], x2 = 0, y2 = 1): string =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}">${stops.map(([o, c]) => `<stop offset="${o}" stop-color="${c}"/>`).join('')}</linearGradient>`;

/**
 * Where the bridge's deck runs, as a fraction of its visible height from the
 * bottom: the simulator stands a thing "on" another at 0.9 of its height, so
 * a train or a walker on the bridge stands on the road behind the parapet.
 */
export const BRIDGE_DECK = 0.9;

/** Side view of a three-arch stone bridge spanning the whole art: the arches are open, so the river shows through. */
function bridge(): string {
  // Visible from y 58 (parapet top) to y 100 (pier feet); the road runs at y 62.2, a tenth of that below the top.
  const arches = [
    { cx: 50, half: 17, rise: 24 },
    { cx: 17, half: 11, rise: 17 },
    { cx: 83, half: 11, rise: 17 },
  ];
  const holes = arches.map(({ cx, half, rise }) => `M${cx - half} 100 L${cx - half} ${100 - rise + half * 0.55} A${half} ${half * 0.9} 0 0 1 ${cx + half} ${100 - rise + half * 0.55} L${cx + half} 100 Z`);
  const rings = arches
    .map(({ cx, half, rise }) => `<path d="M${cx - half - 2.6} ${100 - rise + half * 0.55} A${half + 2.6} ${(half + 2.6) * 0.9} 0 0 1 ${cx + half + 2.6} ${100 - rise + half * 0.55}" fill="none" stroke="url(#bv)" stroke-width="4.2"/>`)
    .join('');
  // The arch's underside, seen a little from below: a shaded band just inside each opening.
  const soffits = arches
    .map(({ cx, half, rise }) => `<path d="M${cx - half} ${100 - rise + half * 0.55} A${half} ${half * 0.9} 0 0 1 ${cx + half} ${100 - rise + half * 0.55} L${cx + half - 2.2} ${100 - rise + half * 0.55 + 1.5} A${half - 2.2} ${(half - 2.2) * 0.9} 0 0 0 ${cx - half + 2.2} ${100 - rise + half * 0.55 + 1.5} Z" fill="#7d6a55"/>`)
    .join('');
  const courses = [70, 76, 82, 88, 94].map((y) => `<path d="M0 ${y} L100 ${y}" stroke="#b09a7c" stroke-width="0.5" opacity="0.7"/>`).join('');
  const blocks = [...Array(13).keys()].map((k) => `<path d="M${k * 8 + 2} 58.4 L${k * 8 + 2} 61.6" stroke="#a08a6c" stroke-width="0.6"/>`).join('');
  return `<defs>${grad('bs', [[0, '#efdfc2'], [0.5, '#d4bd98'], [1, '#a88f6c']])}${grad('bp', [[0, '#f6e9d0'], [1, '#c9b28c']])}${grad('bv', [[0, '#e6d2b0'], [1, '#b49a74']], 1, 0)}
    <mask id="bm"><rect width="100" height="100" fill="#fff"/><path d="${holes.join(' ')}" fill="#000"/></mask></defs>
    <g mask="url(#bm)"><path d="M0 64.5 L100 64.5 L100 100 L0 100 Z" fill="url(#bs)"/>${courses}${soffits}</g>
    ${rings}
    <path d="M0 100 L0 64 L100 64 L100 100" fill="none" stroke="#9a8262" stroke-width="0.8"/>
    <rect x="0" y="62" width="100" height="3" fill="#8f7a5e"/>
    <rect x="0" y="58" width="100" height="4.2" rx="0.8" fill="url(#bp)"/>
    ${blocks}
    <path d="M0 58.3 L100 58.3" stroke="#fff7e6" stroke-width="0.7" opacity="0.8"/>
    <path d="M28 100 L31 93 L33 100 Z M67 100 L69 93 L72 100 Z" fill="#8c7558" opacity="0.55"/>
    <path d="M0 58 L5 58 L5 100 L0 100 Z M95 58 L100 58 L100 100 L95 100 Z" fill="url(#bv)"/>
    <path d="M0 58 L5.6 58 L5.6 60.2 L0 60.2 Z M94.4 58 L100 58 L100 60.2 L94.4 60.2 Z" fill="#f6e9d0"/>
    <path d="M5 60.2 L5 100 M95 60.2 L95 100" stroke="#9a8262" stroke-width="0.6"/>`;
}

/** A cliff over a pool, water pouring from a notch in its lip; the falling streaks are the moving part (WATERFALL_FLOW). */
function waterfall(): string {
  return `<defs>${grad('wc', [[0, '#9a8f84'], [0.55, '#6f655d'], [1, '#4c443f']], 1, 0.6)}${grad('wm', [[0, '#8fcf5a'], [1, '#4e9a3a']])}${grad('wf', [[0, '#e8f7ff'], [0.5, '#9fd6f4'], [1, '#d9f1ff']], 1, 0)}
    ${grad('wp', [[0, '#6cc3ec'], [1, '#2f7fb8']])}<radialGradient id="wo" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="#ffffff"/><stop offset="0.7" stop-color="#f2fbff" stop-opacity="0.9"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/></radialGradient></defs>
    <path d="M4 90 L6 40 Q8 22 20 16 L36 11 L42 15 L58 15 L64 10 L80 14 Q93 20 95 38 L97 90 Z" fill="url(#wc)"/>
    <path d="M12 40 L20 46 L14 60 M84 36 L76 50 L86 62 M22 70 L30 76 M70 72 L80 78" stroke="#453d38" stroke-width="1.2" fill="none" opacity="0.55"/>
    <path d="M10 30 Q16 24 24 26 M72 24 Q80 22 88 30" stroke="#b9afa3" stroke-width="1.2" fill="none" opacity="0.7"/>
    <path d="M5 42 Q6 24 20 16 L36 11 L42 15 L40 20 Q30 18 22 24 Q12 30 10 44 Z" fill="url(#wm)"/>
    <path d="M58 15 L64 10 L80 14 Q93 20 95 38 L90 40 Q88 26 78 21 L64 18 Z" fill="url(#wm)"/>
    <path d="M40 15 Q50 12 60 15 L62 84 L38 84 Z" fill="url(#wf)"/>
    <path d="M4 88 Q50 80 97 88 L98 97 Q50 100 2 97 Z" fill="url(#wp)"/>
    <path d="M14 93 Q30 90 44 93 M58 94 Q72 91 86 93" stroke="#bfe6fa" stroke-width="1" fill="none"/>
    <ellipse cx="50" cy="86" rx="22" ry="6.5" fill="url(#wo)"/>
    <circle cx="40" cy="84" r="4.5" fill="#ffffff" opacity="0.9"/><circle cx="60" cy="84" r="4.5" fill="#ffffff" opacity="0.9"/>
    <circle cx="50" cy="83" r="5.5" fill="#ffffff"/><circle cx="45" cy="81" r="3.5" fill="#f4fbff"/><circle cx="55" cy="81" r="3.5" fill="#f4fbff"/>`;
}

/**
 * The falling water's streaks, a tile that repeats from top to bottom (every
 * dash pattern divides the tile's height) so it can slide down for ever.
 */
function waterfallFlow(): string {
  const streaks: [number, number, string, number][] = [
    [36, 1.6, '20 5', 0], [41, 1.2, '12 13', 7], [45, 1.8, '25 25', 11], [50, 1.4, '16 9', 3],
    [54, 1.8, '30 20', 19], [59, 1.2, '10 15', 6], [63, 1.5, '22 3', 14], [48, 0.9, '6 19', 17],
  ];
  return streaks
    .map(([x, w, dash, offset]) => `<path d="M${x} 0 L${x} 100" stroke="#ffffff" stroke-width="${w}" stroke-dasharray="${dash}" stroke-dashoffset="${offset}" stroke-linecap="butt" opacity="0.85"/>`)
    .join('');
}

/** How a sailing ship is painted: hull, sails and the flag at its main masthead. */
interface ShipLook {
  readonly hull: readonly [string, string];
  readonly stripe: string;
  readonly sails: readonly [string, string];
  readonly flag: 'pennant' | 'jolly-roger';
}

const TALL_SHIP: ShipLook = { hull: ['#9a5a32', '#5a3119'], stripe: '#e2b04a', sails: ['#fffaf0', '#e4d6bc'], flag: 'pennant' };
const PIRATE_SHIP: ShipLook = { hull: ['#4a3a32', '#241a16'], stripe: '#b0413e', sails: ['#f1e8d6', '#cdbd9e'], flag: 'jolly-roger' };

/** A square sail hung from a yard: the foot bellies out a little with the wind. */
function sail(cx: number, top: number, width: number, height: number): string {
  const l = cx - width / 2;
  const r = cx + width / 2;
  const b = top + height;
  return `<path d="M${l} ${top} L${r} ${top} Q${r + 1.5} ${top + height / 2} ${r - 1} ${b} Q${cx} ${b + height * 0.22} ${l + 1} ${b} Q${l - 1.5} ${top + height / 2} ${l} ${top} Z" fill="url(#ss)"/>
    <path d="M${l - 1.5} ${top} L${r + 1.5} ${top}" stroke="#4a2f1e" stroke-width="1.3" stroke-linecap="round"/>`;
}

/**
 * A three-masted ship seen from the side, bow to the left like the boats of
 * the emoji set: bowsprit, jib, square sails, rigging, a raised stern.
 */
function sailingShip(look: ShipLook): string {
  const masts = [
    { x: 31, top: 14, sails: [[50, 19, 10], [38, 16, 10], [27, 12, 9]] },
    { x: 52, top: 7, sails: [[48, 23, 12], [34, 19, 12], [21, 15, 10]] },
    { x: 73, top: 16, sails: [[50, 17, 10], [38, 14, 10], [28, 10, 8]] },
  ] as const;
  const mastLines = masts.map((m) => `<path d="M${m.x} 66 L${m.x} ${m.top}" stroke="#4a2f1e" stroke-width="1.8"/>`).join('');
  const sails = masts.map((m) => m.sails.map(([top, width, height]) => sail(m.x, top, width, height)).join('')).join('');
  // Stays from each masthead to the next mast's foot and the bowsprit, shrouds down to the rails.
  const rigging = `<path d="M31 14 L6 52 M52 7 L31 46 M73 16 L52 44 M73 16 L92 54 M52 7 L44 62 M52 7 L60 62 M31 14 L25 62 M31 14 L37 62 M73 16 L67 60 M73 16 L79 58" stroke="#3a2a20" stroke-width="0.5" fill="none" opacity="0.85"/>`;
  const jib = `<path d="M31 18 L8 52 L29 50 Z" fill="url(#ss)"/><path d="M31 24 L14 50 L28 49 Z" fill="#000" opacity="0.06"/>`;
  const flag =
    look.flag === 'jolly-roger'
      ? `<path d="M52 7 L52 1" stroke="#4a2f1e" stroke-width="1.2"/><path d="M52 1 L66 1.5 L65 10 L52 9.5 Z" fill="#15161a"/>
    <circle cx="58.6" cy="4.4" r="2" fill="#f4f1ea"/><path d="M55.2 8.2 L62 4.6 M55.2 4.6 L62 8.2" stroke="#f4f1ea" stroke-width="0.9"/><circle cx="57.9" cy="4.2" r="0.45" fill="#15161a"/><circle cx="59.3" cy="4.2" r="0.45" fill="#15161a"/>`
      : `<path d="M52 7 L52 1" stroke="#4a2f1e" stroke-width="1.2"/><path d="M52 1.2 L64 3.6 L52 6 Z" fill="#d6333a"/><path d="M73 16 L73 11 M73 11 L81 12.8 L73 14.6 Z" fill="#2f6fd0" stroke="#4a2f1e" stroke-width="0.4"/>`;
  // The pirate's skull and crossbones painted on the main course.
  const emblem = look.flag === 'jolly-roger' ? `<circle cx="52" cy="53" r="2.7" fill="#2a2326" opacity="0.85"/><path d="M48.2 55.2 L55.8 59.4 M48.2 59.4 L55.8 55.2" stroke="#2a2326" stroke-width="1.4" stroke-linecap="round" opacity="0.85"/>` : '';
  return `<defs>${grad('sh', [[0, look.hull[0]], [1, look.hull[1]]])}${grad('ss', [[0, look.sails[0]], [1, look.sails[1]]], 1, 0.4)}${grad('sd', [[0, 'rgba(255,255,255,0.28)'], [1, 'rgba(255,255,255,0)']])}</defs>
    <path d="M18 58 L2 50" stroke="#4a2f1e" stroke-width="1.8" stroke-linecap="round"/>
    ${rigging}${mastLines}${jib}${sails}${emblem}${flag}
    <path d="M8 58 L16 60 L80 60 L82 52 L96 50 L95 58 Q92 74 82 80 L26 80 Q14 72 8 58 Z" fill="url(#sh)"/>
    <path d="M10 60 L16 62 L80 62 L94 60 L93 63.5 L80 65.5 L16 65.5 L11 63 Z" fill="${look.stripe}"/>
    ${[24, 34, 44, 54, 64, 74].map((x) => `<rect x="${x}" y="67.5" width="3.6" height="3" rx="0.6" fill="#1f140e"/>`).join('')}
    <path d="M8 58 L16 60 L80 60 L82 52 L96 50 L95 54 L84 56 L82 63 L16 63 Q12 62 9 60 Z" fill="url(#sd)"/>
    <path d="M84 53 L94 51.6" stroke="#f4d58a" stroke-width="0.8"/>
    <path d="M83 52 L83 47 L96 46 L96 50 Z" fill="url(#sh)"/><path d="M83 47 L96 46" stroke="#4a2f1e" stroke-width="1.1" stroke-linecap="round"/>
    <rect x="87" y="48" width="2.4" height="2" rx="0.4" fill="#ffd27a"/><rect x="91" y="47.6" width="2.4" height="2" rx="0.4" fill="#ffd27a"/>`;
}

/**
 * Where the iceberg's waterline is, as a fraction of its visible height from
 * the top: afloat, the darker submerged foot below it goes under the water.
 * Kept low so that a thing "on" the iceberg (the simulator stands it at 0.9
 * of the support's height) lands on the flat top both afloat and on the ice.
 */
export const ICEBERG_WATERLINE = 0.915;

/**
 * A tabular iceberg: a snowy flat top seen a little from above, faceted ice
 * cliffs lit from the upper left, and a darker submerged foot below the
 * waterline (y 91.5 of a body from y 42 to y 96).
 */
function iceberg(): string {
  const rim = [[6, 56], [20, 58], [36, 55], [50, 58], [64, 56], [80, 58], [95, 56]];
  const rimPath = rim.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');
  // Facets of the ice cliff, lighter towards the light on the left, deeper blue on the right.
  const facets: [string, string, number][] = [
    ['M6 56 L20 58 L16 74 L8 91.5 Z', '#ffffff', 0.45],
    ['M20 58 L36 55 L30 72 L16 74 Z', '#ffffff', 0.25],
    ['M16 74 L30 72 L26 91.5 L8 91.5 Z', '#7fb6d8', 0.25],
    ['M36 55 L50 58 L46 76 L30 72 Z', '#ffffff', 0.12],
    ['M30 72 L46 76 L44 91.5 L26 91.5 Z', '#6aa5cc', 0.3],
    ['M50 58 L64 56 L62 72 L46 76 Z', '#6aa5cc', 0.2],
    ['M46 76 L62 72 L62 91.5 L44 91.5 Z', '#4f8fbd', 0.35],
    ['M64 56 L80 58 L78 76 L62 72 Z', '#4f8fbd', 0.3],
    ['M62 72 L78 76 L80 91.5 L62 91.5 Z', '#3f7fb0', 0.4],
    ['M80 58 L95 56 L93 91.5 L80 91.5 L78 76 Z', '#3f7fb0', 0.45],
  ];
  return `<defs>${grad('ic', [[0, '#f2fbff'], [0.55, '#bfe3f5'], [1, '#8cc4e4']], 1, 0.3)}${grad('it', [[0, '#ffffff'], [1, '#e2f2fb']], 0.4, 1)}${grad('iu', [[0, '#5d9fcb'], [1, '#2c6590']])}</defs>
    <path d="M8 91.5 L93 91.5 L88 96 L14 96 Z" fill="url(#iu)"/>
    <path d="${rimPath} L93 91.5 L8 91.5 Z" fill="url(#ic)"/>
    ${facets.map(([d, color, opacity]) => `<path d="${d}" fill="${color}" opacity="${opacity}"/>`).join('')}
    <path d="M6 56 L10 47.5 L24 43 L40 43.5 L52 42 L66 43 L82 42.5 L92 46.5 L95 56 L80 58 L64 56 L50 58 L36 55 L20 58 Z" fill="url(#it)"/>
    <path d="M22 50 L34 51.5 M56 49 L70 50 M40 53 L46 52" stroke="#cde6f4" stroke-width="0.8" fill="none" stroke-linecap="round"/>
    <path d="${rimPath}" stroke="#ffffff" stroke-width="1.1" fill="none" stroke-linejoin="round" opacity="0.9"/>
    <path d="M12 62 L10 80 M24 62 L21 70" stroke="#ffffff" stroke-width="0.9" opacity="0.7" stroke-linecap="round"/>`;
}

/**
 * A small railway station seen from the track: a brick booking hall with a
 * clock, a platform with its yellow edge line, and a canopy on posts with a
 * bench and a name board under it (the emoji "station" is a train's nose).
 */
function station(): string {
  const posts = [64, 80, 95].map((x) => `<rect x="${x}" y="58" width="1.8" height="30" fill="#5d6b72"/>`).join('');
  const bricks = [58, 64, 70, 76, 82].map((y) => `<path d="M12 ${y} L62 ${y}" stroke="#9c4f3c" stroke-width="0.5" opacity="0.6"/>`).join('');
  const windows = [17, 47]
    .map((x) => `<rect x="${x}" y="62" width="10" height="13" rx="1" fill="#ffffff"/><rect x="${x + 1.2}" y="63.2" width="7.6" height="10.6" fill="url(#sw)"/><path d="M${x + 5} 63 L${x + 5} 74 M${x + 1} 68.5 L${x + 9} 68.5" stroke="#ffffff" stroke-width="0.8"/>`)
    .join('');
  return `<defs>${grad('sb', [[0, '#d9785c'], [1, '#a9513b']])}${grad('sr', [[0, '#5f6b7a'], [1, '#3e4652']])}${grad('sp', [[0, '#c9c9c4'], [1, '#8f8f8a']])}${grad('sw', [[0, '#bfe3f5'], [1, '#7fb6d6']])}${grad('sc', [[0, '#3f7f5c'], [1, '#2c5c42']])}</defs>
    <path d="M9 52 L16 44 L58 44 L65 52 Z" fill="url(#sr)"/>
    <rect x="12" y="52" width="50" height="36" fill="url(#sb)"/>${bricks}
    <circle cx="37" cy="48" r="3.4" fill="#ffffff" stroke="#3e4652" stroke-width="0.8"/><path d="M37 48 L37 45.6 M37 48 L38.8 48.8" stroke="#3e4652" stroke-width="0.7" stroke-linecap="round"/>
    ${windows}
    <rect x="32" y="68" width="10" height="20" rx="1" fill="#6b4630"/><circle cx="40" cy="78.5" r="0.8" fill="#e8c468"/>
    <path d="M58 53 L99 53 L99 58 L58 58 Z" fill="url(#sc)"/><path d="M58 58 L99 58" stroke="#22483a" stroke-width="0.8"/>
    ${posts}
    <rect x="70" y="60" width="16" height="5" rx="0.8" fill="#1f3f7a"/><rect x="72" y="61.8" width="12" height="1.4" rx="0.5" fill="#ffffff"/>
    <path d="M74 58 L74 60 M82 58 L82 60" stroke="#5d6b72" stroke-width="0.6"/>
    <rect x="84" y="81" width="9" height="2" rx="0.5" fill="#8a5a3a"/><path d="M85 83 L85 88 M92 83 L92 88" stroke="#5d6b72" stroke-width="0.9"/>
    <rect x="0" y="88" width="100" height="3" fill="url(#sp)"/><rect x="0" y="88.6" width="100" height="1.1" fill="#f2c93a"/>
    <rect x="0" y="91" width="100" height="9" fill="#7d7d78"/><path d="M0 91 L100 91" stroke="#5f5f5b" stroke-width="0.6"/>`;
}

/**
 * A lily pad floating flat on a pond, seen low from the side: a broad green
 * disc foreshortened to a wide ellipse with its notch cut in towards the
 * middle, veins running out from the stem, a darker wet rim below.
 */
function lilyPad(): string {
  const veins = [200, 225, 250, 275, 300, 325, 350, 375, 20, 45, 70, 95, 120, 145]
    .map((deg) => {
      const a = (deg * Math.PI) / 180;
      return `<path d="M50 86 L${(50 + Math.cos(a) * 40).toFixed(1)} ${(86 + Math.sin(a) * 9.5).toFixed(1)}" stroke="#8fcf6a" stroke-width="0.7" opacity="0.7"/>`;
    })
    .join('');
  return `<defs>${grad('lp', [[0, '#8fd16a'], [0.6, '#4f9e3c'], [1, '#3b7f2e']], 0.3, 1)}<clipPath id="lc"><path d="M50 86 L58 97 A45 11 0 1 1 66 96.6 Z"/></clipPath></defs>
    <path d="M50 88.5 L58 99.5 A45 11 0 1 1 66 99.1 Z" fill="#2c5f24"/>
    <path d="M50 86 L58 97 A45 11 0 1 1 66 96.6 Z" fill="url(#lp)"/>
    <g clip-path="url(#lc)">${veins}</g>
    <ellipse cx="34" cy="82" rx="14" ry="2.6" fill="#ffffff" opacity="0.18"/>`;
}

/** SVG bodies of the drawn scenery, in the 100×100 viewBox the drawn art shares. */
export const SCENERY_ART: Readonly<Record<string, string>> = {
  bridge: bridge(),
  waterfall: waterfall(),
  'waterfall-flow': waterfallFlow(),
  'tall-ship': sailingShip(TALL_SHIP),
  'pirate-ship': sailingShip(PIRATE_SHIP),
  iceberg: iceberg(),
  'lily-pad': lilyPad(),
  station: station(),
};

/** Where the falling water's streaks sit over the waterfall (fractions of its square) and how fast they fall (tiles a second). */
export const WATERFALL_FLOW = { part: 'drawn:waterfall-flow', hubX: 0.5, hubY: 0.5, size: 0.7, flow: 0.9 } as const;

/** Nouns the drawn scenery covers, for the planner's lexicon. */
export const SCENERY_NOUNS: Readonly<Record<string, string>> = {
  bridge: 'bridge',
  'stone bridge': 'bridge',
  'arch bridge': 'bridge',
  'railway bridge': 'bridge',
  'railroad bridge': 'bridge',
  'road bridge': 'bridge',
  footbridge: 'bridge',
  viaduct: 'bridge',
  aqueduct: 'bridge',
  waterfall: 'waterfall',
  waterfalls: 'waterfall',
  'water fall': 'waterfall',
  cascade: 'waterfall',
  'sailing ship': 'tall-ship',
  'sailing ships': 'tall-ship',
  'sail ship': 'tall-ship',
  'tall ship': 'tall-ship',
  'tall ships': 'tall-ship',
  'sailing vessel': 'tall-ship',
  galleon: 'tall-ship',
  galleons: 'tall-ship',
  clipper: 'tall-ship',
  'clipper ship': 'tall-ship',
  schooner: 'tall-ship',
  frigate: 'tall-ship',
  brigantine: 'tall-ship',
  caravel: 'tall-ship',
  windjammer: 'tall-ship',
  'pirate ship': 'pirate-ship',
  'pirate ships': 'pirate-ship',
  'pirate galleon': 'pirate-ship',
  'pirate boat': 'pirate-ship',
  iceberg: 'iceberg',
  'lily pad': 'lily-pad',
  'lily pads': 'lily-pad',
  lilypad: 'lily-pad',
  lilypads: 'lily-pad',
  'water lily': 'lily-pad',
  'water lilies': 'lily-pad',
  icebergs: 'iceberg',
  'ice floe': 'iceberg',
  'ice floes': 'iceberg',
  floe: 'iceberg',
  floes: 'iceberg',
  station: 'station',
  stations: 'station',
  'train station': 'station',
  'railway station': 'station',
  'railroad station': 'station',
  'rail station': 'station',
  'subway station': 'station',
  'metro station': 'station',
  platform: 'station',
  'train platform': 'station',
  'railway platform': 'station',
  depot: 'station',
  'train depot': 'station',
};

/** Which way the drawn scenery looks and where the ships sit in the water (see art-orientation.ts). */
export const SCENERY_ORIENTATION: Readonly<Record<string, { readonly facing: 'left' | 'front'; readonly waterline: number | null }>> = {
  bridge: { facing: 'front', waterline: null },
  station: { facing: 'front', waterline: null },
  iceberg: { facing: 'front', waterline: ICEBERG_WATERLINE },
  'lily-pad': { facing: 'front', waterline: null },
  waterfall: { facing: 'front', waterline: null },
  // Hull from the flag (y 1) to the keel (y 80): the sea comes up to y 74, over the gunports' lower edge.
  'tall-ship': { facing: 'left', waterline: 0.925 },
  'pirate-ship': { facing: 'left', waterline: 0.925 },
};
