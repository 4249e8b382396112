import type { StridingArt } from './drawn-animals.ts';
import { boxGradient, eye, LIGHT_DEFS, limb, litGradient, litShape, spaceGradient } from './drawn-animal-parts.ts';
import { FAR_HIND, NEAR_HIND, type Stride } from './drawn-stride.ts';
import { PERSON_STRIDE, personArm, personHand, personLeg } from './person-stride.ts';

/**
 * Full-body people in work clothes, drawn for Diorama where the emoji of a
 * role (🧑‍🍳 🧑‍🌾 🧑‍🚒 🧑‍⚕️ 👮 👷 🧑‍🔧 🧑‍🔬) only show head and shoulders, so
 * "a chef cooking in a kitchen" or "a farmer walking in a field" floated a
 * bust. One figure in the Fluent look (default yellow skin, soft gradients
 * lit from the upper left), three-quarter view facing left in an easy
 * stride with both feet on the art's bottom edge, dressed by its role: a
 * chef's toque, jacket, neckerchief and apron; a farmer's straw hat, shirt
 * and dungarees with a pitchfork; a firefighter's helmet and banded coat; a
 * doctor's white coat over scrubs with a stethoscope; a police cap, shirt,
 * tie and badge; a hard hat and hi-vis vest; a mechanic's overalls and
 * spanner; a scientist's lab coat and goggles. A woman wears her hair in a
 * ponytail. Walking or running, the legs and empty hands swing through a
 * stride (person-stride.ts); standing, the still pose. Our own SVG, MIT like
 * the code.
 */

/** How one role dresses. Colours are CSS; null leaves the piece out. */
interface Outfit {
  readonly shirt: readonly [string, string, string];
  /** A woman's shirt where it differs from a man's. */
  readonly womanShirt?: readonly [string, string, string];
  readonly sleeve?: readonly [string, string, string];
  readonly trousers: readonly [string, string];
  readonly shoes: string;
  readonly hat: 'toque' | 'straw' | 'helmet' | 'police' | 'hard-hat' | null;
  /** Drawn over the torso after the shirt: an apron, a vest, a coat. */
  readonly over?: (ids: Ids) => string;
  /** Held in the near hand. */
  readonly prop?: 'spoon' | 'pitchfork' | 'spanner' | null;
  readonly goggles?: boolean;
  /** Hair colour (brown when absent). */
  readonly hair?: string;
  /** Round spectacles. */
  readonly glasses?: boolean;
  /** A man's hair only at the sides, the crown bald; a woman's in a bun at the back instead of a ponytail. */
  readonly elderly?: boolean;
  /** A woman's knee-length skirt over the tops of her legs: [lit, shaded]. */
  readonly skirt?: readonly [string, string];
}

type Ids = { readonly shirt: string; readonly trousers: string };

/** The head in the 100×100 viewBox (the limbs' joints are in person-stride.ts). */
const HEAD = { x: 47, y: 24, r: 9.5 };
const SKIN = ['#ffe07a', '#ffc83d', '#e8a21f'] as const;
const HAIR = '#7a4a2a';

const TORSO = 'M37 41 C37 36 40.5 34 45 34 L54 34 C59 34 62 36.5 62 41 L61 64 L38 64 Z';
/** A coat to the knee (a lab coat) or mid-thigh (a doctor's, over scrubs that show, so a colour asked for dyes the scrubs, not the skin). */
const COAT = 'M36.5 41 C36.5 36 40 34 45 34 L54 34 C59 34 62.5 36.5 62.5 41 L64 80 C56 82 44 82 35 80 Z';
const SHORT_COAT = 'M36.5 41 C36.5 36 40 34 45 34 L54 34 C59 34 62.5 36.5 62.5 41 L63.5 73 C56 75 44 75 35.5 73 Z';

const OUTFITS: Readonly<Record<string, Outfit>> = {
  chef: {
    shirt: ['#ffffff', '#eef0f4', '#c9ced8'],
    trousers: ['#3b3f48', '#23262c'],
    shoes: '#1f2126',
    hat: 'toque',
    prop: 'spoon',
    over: () =>
      `<path d="M39.5 50 L59.5 50 L62 79 C55 81 44 81 37 79 Z" fill="url(#apron)"/>` +
      // Double-breasted buttons and the red neckerchief.
      [44, 47.5].map((y) => `<circle cx="42" cy="${y}" r="0.9" fill="#aab1bd"/><circle cx="50" cy="${y}" r="0.9" fill="#aab1bd"/>`).join('') +
      `<path d="M41.5 34.5 L55 34.5 L48 41 Z" fill="#e2343b"/><path d="M46 39 L44 44 L48.5 41 Z" fill="#c1272d"/>`,
  },
  farmer: {
    shirt: ['#7fd47a', '#3fa34d', '#2b7a37'],
    trousers: ['#4f86e8', '#2f5fbf'],
    shoes: '#6b4226',
    hat: 'straw',
    prop: 'pitchfork',
    over: () =>
      // Dungarees: the bib and straps over the shirt, a pocket.
      `<path d="M40.5 46 L58.5 46 L61 64 L38 64 Z" fill="url(#trousers)"/><path d="M41 46 L40 35.5 M58 46 L58.5 35.5" stroke="#2f5fbf" stroke-width="2.4" stroke-linecap="round"/>` +
      `<rect x="45" y="49" width="8" height="6" rx="1.2" fill="#3d70d1"/><circle cx="41.2" cy="46.8" r="1" fill="#ffd24a"/><circle cx="57.8" cy="46.8" r="1" fill="#ffd24a"/>`,
  },
  firefighter: {
    shirt: ['#ff6b5e', '#e2343b', '#a9212a'],
    trousers: ['#e2343b', '#a9212a'],
    shoes: '#1f2126',
    hat: 'helmet',
    over: () => band(58, '#ffd24a') + band(61.5, '#d7dde6') + `<path d="M49 35 L49 64" stroke="#8f1c24" stroke-width="1"/>`,
  },
  'health-worker': {
    shirt: ['#4fd6c4', '#1fb5a0', '#14806f'],
    sleeve: ['#ffffff', '#eef1f5', '#c9d0da'],
    trousers: ['#1fb5a0', '#14806f'],
    shoes: '#f2f4f7',
    hat: null,
    over: () =>
      `<path d="${SHORT_COAT}" fill="url(#coat)"/><path d="${SHORT_COAT}" fill="url(#gloss)"/>` +
      // The coat open over the scrubs, a breast pocket and the stethoscope round the neck.
      `<path d="M43 34.5 L46.5 74 L52 74 L55 34.5 Z" fill="url(#shirt)"/>` +
      `<path d="M43 35 C41 45 44 50 47 51 M55 35 C57 44 55 48 52 50" stroke="#3a3f48" stroke-width="1.1" fill="none"/><circle cx="47.5" cy="52" r="2" fill="#c9d0da" stroke="#6b7280" stroke-width="0.6"/>` +
      `<rect x="53.5" y="41" width="5" height="4" rx="0.8" fill="none" stroke="#c9d0da" stroke-width="0.7"/>`,
  },
  police: {
    shirt: ['#b9dcff', '#7fb6f0', '#4f86c8'],
    trousers: ['#2b3a67', '#1b2647'],
    shoes: '#15171c',
    hat: 'police',
    over: () =>
      `<path d="M47.5 35 L50.5 35 L51.5 52 L49 55 L46.5 52 Z" fill="#1b2647"/><path d="M38 60 L61 60 L61.2 63.5 L38 63.5 Z" fill="#15171c"/><rect x="47.5" y="59.8" width="3.6" height="3.6" rx="0.6" fill="#ffd24a"/>` +
      `<path d="M55.5 41 L59 41 L59 44.5 L57.25 46.5 L55.5 44.5 Z" fill="#ffd24a"/>`,
  },
  'construction-worker': {
    shirt: ['#b9c6d6', '#8d9bb0', '#64718a'],
    trousers: ['#4f86e8', '#2f5fbf'],
    shoes: '#6b4226',
    hat: 'hard-hat',
    over: () =>
      `<path d="M38 40 C38 36 41 34.5 44 34.5 L47 50 L52 50 L55 34.5 C58.5 34.5 61.5 36.5 61.5 40 L61 64 L38 64 Z" fill="url(#vest)"/>` +
      band(54, '#ffe14d', 38, 61) + `<path d="M42 35.5 L45 64 M56.5 35.5 L54 64" stroke="#ffe14d" stroke-width="2.2"/>`,
  },
  mechanic: {
    shirt: ['#6fa0f0', '#3d6fd8', '#2a4fa6'],
    trousers: ['#3d6fd8', '#2a4fa6'],
    shoes: '#1f2126',
    hat: null,
    prop: 'spanner',
    over: () => `<path d="M49 35 L49 63" stroke="#2a4fa6" stroke-width="1"/><rect x="52" y="42" width="6" height="5" rx="1" fill="#2f5fbf"/><path d="M55 47 C56 51 54 53 56 56" stroke="#e2343b" stroke-width="2" fill="none" stroke-linecap="round"/>`,
  },
  // Grandparents: a cardigan buttoned over a shirt, grey hair, spectacles; a grandmother in a skirt with her hair in a bun.
  elder: {
    shirt: ['#c9b27a', '#9c8450', '#6e5a32'],
    womanShirt: ['#f0a0a8', '#c96a7a', '#8f4455'],
    trousers: ['#8a8f99', '#656a74'],
    shoes: '#5a3a22',
    hat: null,
    hair: '#c9ced8',
    glasses: true,
    elderly: true,
    skirt: ['#7a86b8', '#55608f'],
    over: () =>
      `<path d="M45 34.5 L49 47 L53 34.5 Z" fill="#f4efe4"/><path d="M49 47 L49 63.5" stroke="#000000" stroke-opacity="0.3" stroke-width="0.9"/>` +
      [50, 54.5, 59].map((y) => `<circle cx="50.6" cy="${y}" r="0.9" fill="#f4efe4"/>`).join(''),
  },
  scientist: {
    shirt: ['#c8a6ff', '#9a6bf0', '#6d43c0'],
    sleeve: ['#ffffff', '#eef1f5', '#c9d0da'],
    trousers: ['#5a6170', '#3b404b'],
    shoes: '#1f2126',
    hat: null,
    goggles: true,
    over: () => `<path d="${COAT}" fill="url(#coat)"/><path d="${COAT}" fill="url(#gloss)"/><path d="M44 34.5 L49 48 L54 34.5 Z" fill="url(#shirt)"/><path d="M49 48 L49 80" stroke="#c9d0da" stroke-width="0.8"/>`,
  },
};

/** A reflective band across the torso. */
function band(y: number, color: string, x0 = 37.5, x1 = 61.5): string {
  return `<path d="M${x0} ${y} L${x1} ${y} L${x1} ${y + 2.4} L${x0} ${y + 2.4} Z" fill="${color}"/>`;
}

/** The hats, on a head at HEAD. */
function hat(kind: Outfit['hat']): string {
  const { x, y, r } = HEAD;
  switch (kind) {
    case 'toque':
      return `<path d="M${x - 9} ${y - 7} L${x - 9.5} ${y - 12} C${x - 15} ${y - 14} ${x - 13} ${y - 23} ${x - 6} ${y - 21} C${x - 4} ${y - 26} ${x + 4} ${y - 26} ${x + 6} ${y - 21} C${x + 13} ${y - 23} ${x + 15} ${y - 14} ${x + 9.5} ${y - 12} L${x + 9} ${y - 7} Z" fill="url(#toque)"/>` +
        `<path d="M${x - 9.6} ${y - 12} L${x + 9.6} ${y - 12} L${x + 9.2} ${y - 6.5} L${x - 9.2} ${y - 6.5} Z" fill="#e6e9ef"/>`;
    case 'straw':
      return `<ellipse cx="${x + 1}" cy="${y - 6.5}" rx="16.5" ry="3.6" fill="url(#straw)"/><path d="M${x - 8} ${y - 6.5} C${x - 8.5} ${y - 17} ${x + 9} ${y - 17} ${x + 9} ${y - 6.5} Z" fill="url(#straw)"/>` +
        `<path d="M${x - 8.2} ${y - 9.5} C${x - 3} ${y - 8} ${x + 4} ${y - 8} ${x + 9} ${y - 9.5} L${x + 9} ${y - 7.2} C${x + 4} ${y - 5.8} ${x - 3} ${y - 5.8} ${x - 8.2} ${y - 7.2} Z" fill="#a0522d"/>`;
    case 'helmet':
      return `<path d="M${x - 11} ${y - 3} C${x - 11} ${y - 17} ${x + 11} ${y - 17} ${x + 11} ${y - 3} Z" fill="url(#helmet)"/>` +
        `<path d="M${x - 12.5} ${y - 3.5} C${x - 6} ${y - 1.5} ${x + 8} ${y - 1} ${x + 16} ${y + 2} L${x + 15} ${y - 1.2} C${x + 8} ${y - 4} ${x - 6} ${y - 5.5} ${x - 12.5} ${y - 5.5} Z" fill="#a9212a"/>` +
        `<path d="M${x - 6} ${y - 13.5} L${x - 1} ${y - 13.5} L${x - 1} ${y - 8} L${x - 3.5} ${y - 6} L${x - 6} ${y - 8} Z" fill="#ffd24a"/><path d="M${x + 1} ${y - 12} L${x + 1} ${y - 4}" stroke="#ff8a80" stroke-width="1" opacity="0.7"/>`;
    case 'police':
      return `<path d="M${x - 10} ${y - 6} C${x - 12} ${y - 13} ${x - 6} ${y - 16} ${x + 2} ${y - 16} C${x + 10} ${y - 16} ${x + 14} ${y - 13} ${x + 11} ${y - 6} Z" fill="url(#cap)"/>` +
        `<path d="M${x - 10} ${y - 7} L${x + 10.5} ${y - 7} L${x + 10.5} ${y - 4.5} L${x - 10} ${y - 4.5} Z" fill="#15171c"/><path d="M${x - 10.5} ${y - 5} C${x - 14} ${y - 4.5} ${x - 15} ${y - 2.5} ${x - 13} ${y - 2} C${x - 10} ${y - 2.5} ${x - 7} ${y - 3.5} ${x - 5} ${y - 4.5} Z" fill="#15171c"/>` +
        `<path d="M${x - 3.5} ${y - 13} L${x} ${y - 13} L${x} ${y - 9.5} L${x - 1.75} ${y - 8} L${x - 3.5} ${y - 9.5} Z" fill="#ffd24a"/>`;
    case 'hard-hat':
      return `<path d="M${x - 10.5} ${y - 4} C${x - 10.5} ${y - 18} ${x + 10.5} ${y - 18} ${x + 10.5} ${y - 4} Z" fill="url(#hardhat)"/>` +
        `<path d="M${x - 14} ${y - 4.5} L${x + 12.5} ${y - 4.5} L${x + 12.5} ${y - 2} L${x - 14} ${y - 2} Z" fill="#e0a800"/><path d="M${x - 1} ${y - 13.6} L${x - 1} ${y - 4.5}" stroke="#ffe98a" stroke-width="2.2" stroke-linecap="round"/>`;
    default:
      return '';
  }
}

/** The prop held in the near hand at (hx, hy). */
function prop(kind: Outfit['prop'], hx: number, hy: number): string {
  switch (kind) {
    case 'spoon':
      return `<path d="M${hx} ${hy + 1} L${hx - 3} ${hy - 11}" stroke="#c98a4a" stroke-width="1.8" stroke-linecap="round"/><ellipse cx="${hx - 3.6}" cy="${hy - 13.5}" rx="2.4" ry="3.4" transform="rotate(-14 ${hx - 3.6} ${hy - 13.5})" fill="#d99a55"/>`;
    case 'pitchfork':
      return `<path d="M${hx + 1} ${hy + 12} L${hx - 2.5} ${hy - 30}" stroke="#a86b3f" stroke-width="1.8" stroke-linecap="round"/>` +
        `<path d="M${hx - 7.5} ${hy - 38} L${hx - 7} ${hy - 31} C${hx - 6} ${hy - 29} ${hx + 1} ${hy - 29} ${hx + 2} ${hy - 31} L${hx + 2.5} ${hy - 38} M${hx - 2.5} ${hy - 30} L${hx - 2.6} ${hy - 38}" stroke="#9aa3b0" stroke-width="1.2" fill="none" stroke-linecap="round"/>`;
    case 'spanner':
      return `<path d="M${hx} ${hy} L${hx - 5} ${hy + 9}" stroke="#9aa3b0" stroke-width="2.2" stroke-linecap="round"/><circle cx="${hx - 5.8}" cy="${hy + 10.5}" r="2.6" fill="none" stroke="#9aa3b0" stroke-width="1.8"/>`;
    default:
      return '';
  }
}

/** The head: hair, face turned to the left, an ear; a ponytail for a woman. */
function head(woman: boolean, o: Outfit): string {
  const { x, y, r } = HEAD;
  const hatKind = o.hat;
  const goggles = o.goggles ?? false;
  const color = o.hair ?? HAIR;
  // Under a hat (or on a bald crown) only the hair at the side shows.
  const hair = hatKind === 'toque' || hatKind === 'helmet' || hatKind === 'hard-hat' || hatKind === 'police' || hatKind === 'straw' || (o.elderly === true && !woman);
  const bun = `<circle cx="${x + 7.5}" cy="${y - 6.5}" r="4.6" fill="${color}"/><path d="M${x + 4.5} ${y - 8.5} C${x + 6.5} ${y - 10} ${x + 9} ${y - 10} ${x + 10.5} ${y - 8}" stroke="#ffffff" stroke-width="0.7" fill="none" opacity="0.6"/>`;
  const tail = !woman ? '' : o.elderly ? bun : `<path d="M${x + 7} ${y - 4} C${x + 15} ${y - 3} ${x + 15} ${y + 8} ${x + 11} ${y + 13} C${x + 10} ${y + 7} ${x + 8} ${y + 3} ${x + 5} ${y} Z" fill="${color}"/>`;
  const cap = `<path d="M${x - r} ${y - 1} C${x - r} ${y - r - 3} ${x + r + 1} ${y - r - 3} ${x + r} ${y + 2} C${x + r - 2} ${y - 1} ${x + 3} ${y - 5} ${x - r + 1} ${y - 3} Z" fill="${color}"/>`;
  const spectacles = o.glasses
    ? `<circle cx="${x - 5.6}" cy="${y + 0.5}" r="2.6" fill="#ffffff" fill-opacity="0.25" stroke="#6b4a2e" stroke-width="0.8"/><circle cx="${x + 0.4}" cy="${y + 0.5}" r="2.6" fill="#ffffff" fill-opacity="0.25" stroke="#6b4a2e" stroke-width="0.8"/>` +
      `<path d="M${x - 3} ${y + 0.2} L${x - 2.2} ${y + 0.2} M${x + 3} ${y} L${x + 7} ${y - 0.8}" stroke="#6b4a2e" stroke-width="0.8"/>`
    : '';
  return tail +
    `<circle cx="${x}" cy="${y}" r="${r}" fill="url(#skin)"/><circle cx="${x}" cy="${y}" r="${r}" fill="url(#gloss)"/>` +
    `<ellipse cx="${x + 7.6}" cy="${y + 1}" rx="2" ry="2.6" fill="#f0b02a"/>` +
    (hair ? `<path d="M${x + 3} ${y - 5} C${x + 8} ${y - 5} ${x + 10} ${y - 1} ${x + 9.4} ${y + 3} C${x + 7} ${y} ${x + 5} ${y - 3} ${x + 3} ${y - 5} Z" fill="${color}"/>` : cap) +
    spectacles +
    eye(x - 5.6, y + 0.5, 1.5) + eye(x + 0.4, y + 0.5, 1.5) +
    `<path d="M${x - 5.5} ${y + 4.8} C${x - 4} ${y + 6.8} ${x - 1} ${y + 6.8} ${x + 0.2} ${y + 4.8}" stroke="#7a3b1c" stroke-width="1" fill="none" stroke-linecap="round"/>` +
    (goggles ? `<path d="M${x - 9} ${y - 5.5} L${x + 8.5} ${y - 5.5}" stroke="#3a3f48" stroke-width="1.3"/><rect x="${x - 8.5}" y="${y - 8}" width="6" height="4.4" rx="2" fill="#bfe8ff" stroke="#3a3f48" stroke-width="0.9"/><rect x="${x - 1.6}" y="${y - 8}" width="6" height="4.4" rx="2" fill="#bfe8ff" stroke="#3a3f48" stroke-width="0.9"/>` : '');
}

/** A knee-length skirt flaring from the waist over the tops of both legs. */
function skirt([lit, shade]: readonly [string, string]): string {
  return `<path d="M38 58 L61 58 L64.5 79 C56 81.5 43 81.5 34.5 79 Z" fill="${lit}"/><path d="M52 58 L61 58 L64.5 79 C60 80.3 56 80.8 53 81 Z" fill="${shade}"/>`;
}

/** A shoe whose sole sits on the row y, toe to the left of x. */
function shoe(x: number, y: number, color: string): string {
  return `<path d="M${x - 8} ${y} C${x - 8.5} ${y - 3.5} ${x - 5} ${y - 5.5} ${x - 1} ${y - 5.5} L${x + 3} ${y - 5.5} C${x + 4} ${y - 5.5} ${x + 4.5} ${y - 4} ${x + 4.5} ${y - 2.5} L${x + 4.5} ${y} Z" fill="${color}"/>`;
}

/** Where the top of each hat (or the hair) is in the viewBox: the art's visible height is 98 less it. */
const TOP_OF: Readonly<Record<string, number>> = { toque: 0, straw: 7.5, helmet: 9.5, police: 8, 'hard-hat': 10, none: 13 };

/**
 * A person in the clothes of a role, man or woman; `stride` swings the legs
 * (and the arms, where the hand holds nothing tall) to a pose of a walk or a
 * run. Without a stride, the still art.
 */
export function rolePerson(role: string, woman: boolean, stride?: Stride): string {
  const o = OUTFITS[role]!;
  const shirt = (woman ? o.womanShirt : undefined) ?? o.shirt;
  const sleeve = o.sleeve ?? shirt;
  const ids: Ids = { shirt: 'url(#shirt)', trousers: 'url(#trousers)' };
  const height = 98 - TOP_OF[o.hat ?? 'none']!;
  // Near leg forward, far leg back; the arms swing the other way.
  const far = personLeg(FAR_HIND, stride, height);
  const near = personLeg(NEAR_HIND, stride, height);
  const farLeg = limb(far.points, 8, 'url(#trousersFar)');
  const nearLeg = limb(near.points, 8.6, 'url(#trousers)');
  const farArmPoints = personArm({ end: 'fore', near: false }, stride);
  // A pitchfork or a spoon held up reaches above the legs' rows: that hand keeps still.
  const holdsUp = o.prop === 'pitchfork' || o.prop === 'spoon';
  const nearArmPoints = personArm({ end: 'fore', near: true }, holdsUp ? undefined : stride);
  const farArm = limb(farArmPoints, 6, 'url(#sleeveFar)');
  const nearArm = limb(nearArmPoints, 6.4, 'url(#sleeve)');
  const [fx, fy] = stride ? personHand(farArmPoints) : [64.8, 58.5];
  const [hx, hy] = stride && !holdsUp ? personHand(nearArmPoints) : [33.5, 59.5];
  return `<defs>${LIGHT_DEFS}${litGradient('skin', ...SKIN)}${litGradient('shirt', ...shirt)}
    ${spaceGradient('sleeve', [[0, sleeve[0]], [1, sleeve[1]]], 30, 36, 44, 58)}${spaceGradient('sleeveFar', [[0, sleeve[1]], [1, sleeve[2]]], 56, 36, 66, 58)}
    ${spaceGradient('trousers', [[0, o.trousers[0]], [1, o.trousers[1]]], 34, 60, 46, 94)}${spaceGradient('trousersFar', [[0, o.trousers[1]], [1, o.trousers[1]]], 52, 60, 64, 94)}
    ${litGradient('apron', '#ffffff', '#f3f4f7', '#d3d8e0')}${litGradient('coat', '#ffffff', '#f1f3f7', '#cdd3dc')}${litGradient('toque', '#ffffff', '#f4f5f8', '#d6dae2')}
    ${litGradient('straw', '#ffe9a8', '#ecc96a', '#c89a3a')}${litGradient('helmet', '#ff8a80', '#e2343b', '#9c1c24')}${litGradient('cap', '#4a5d96', '#2b3a67', '#1b2647')}
    ${litGradient('hardhat', '#fff07a', '#ffd21f', '#e0a800')}${boxGradient('vest', [[0, '#ff9a3d'], [1, '#f26b1d']], 0.3, 1)}</defs>
    ${farLeg}${shoe(far.shoeX, 98 + far.shoeDy, o.shoes)}
    ${farArm}<circle cx="${fx}" cy="${fy}" r="3.4" fill="${SKIN[2]}"/>
    <rect x="45" y="30" width="8" height="6" rx="2" fill="${SKIN[2]}"/>
    ${litShape(TORSO, ids.shirt)}
    ${nearLeg}${shoe(near.shoeX, 98 + near.shoeDy, o.shoes)}
    ${woman && o.skirt ? skirt(o.skirt) : ''}
    ${o.over ? o.over(ids) : ''}
    ${head(woman, o)}${hat(o.hat)}
    ${o.prop === 'pitchfork' ? prop(o.prop, hx, hy) : ''}
    ${nearArm}<circle cx="${hx}" cy="${hy}" r="3.6" fill="url(#skin)"/>
    ${o.prop && o.prop !== 'pitchfork' ? prop(o.prop, hx, hy) : ''}`;
}

/** The roles drawn, by name. */
export const ROLES: readonly string[] = Object.keys(OUTFITS);

/** SVG bodies of the drawn people, in the 100×100 viewBox the drawn art shares: "chef" and "chef-woman" and so on. */
export const PEOPLE_ART: Readonly<Record<string, string>> = Object.fromEntries(
  ROLES.flatMap((role) => [[role, rolePerson(role, false)], [`${role}-woman`, rolePerson(role, true)]]),
);

/** The people whose legs move as they walk or run: every role, man and woman, on two legs (a run is a trot, as motion-pose.ts has it). */
export const STRIDING_PEOPLE: Readonly<Record<string, StridingArt>> = Object.fromEntries(
  ROLES.flatMap((role) => [
    [role, { pose: (s: Stride) => rolePerson(role, false, s), biped: true, style: PERSON_STRIDE }],
    [`${role}-woman`, { pose: (s: Stride) => rolePerson(role, true, s), biped: true, style: PERSON_STRIDE }],
  ]),
);

/** The role in each role emoji's hexcode (the part after the person, or the whole code for 👮 and 👷). */
const ROLE_OF_HEX: Readonly<Record<string, string>> = {
  '1f373': 'chef', '1f33e': 'farmer', '1f692': 'firefighter', '2695': 'health-worker', '1f46e': 'police',
  '1f477': 'construction-worker', '1f527': 'mechanic', '1f52c': 'scientist',
};

/** The older people's head-only emoji (👴 👵 🧓) and the drawn grandparent each becomes. */
const ELDER_HEX: Readonly<Record<string, string>> = { '1f474': 'elder', '1f475': 'elder-woman', '1f9d3': 'elder' };

/**
 * The full body that replaces a role's head-and-shoulders emoji, by the
 * emoji's hexcode ("1f469-200d-1f373" → "chef-woman"), or null for any other.
 */
export function roleBody(hex: string): string | null {
  const parts = hex.toLowerCase().split('-').filter((p) => p !== 'fe0f' && !/^1f3f[b-f]$/.test(p));
  const woman = parts[0] === '1f469' || parts.at(-1) === '2640';
  let role: string | undefined;
  if (['1f9d1', '1f468', '1f469'].includes(parts[0]!) && parts[1] === '200d' && parts.length === 3) role = ROLE_OF_HEX[parts[2]!];
  else if (parts[0] === '1f46e' || parts[0] === '1f477') role = parts.length === 1 || parts.length === 3 ? ROLE_OF_HEX[parts[0]] : undefined;
  // The older man, woman and person are heads alone: the grandparents drawn whole.
  const elder = parts.length === 1 ? ELDER_HEX[parts[0]!] : undefined;
  if (elder) return elder;
  if (!role) return null;
  return woman ? `${role}-woman` : role;
}
