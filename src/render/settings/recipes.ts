import type { Season, SettingKind } from '../../plan/vocabulary.ts';
import { AUTUMN_LEAVES, isDeciduous } from '../art/autumn-foliage.ts';

/**
 * What every setting kind is made of, back to front: a sky, ridges of
 * scenery on upright planes at distances (mountains, tree lines, skylines),
 * the ground with its features, water, props (emoji or drawn art placed in
 * the world like actors) and a blurred foreground. Painters turn a recipe
 * into layers; seasons recolour it.
 */

/** One band of distant scenery on an upright plane at distance `z`. */
export interface Ridge {
  readonly kind: 'mountains' | 'hills' | 'dunes' | 'mesa' | 'skyline' | 'street' | 'forest' | 'houses' | 'volcano' | 'icebergs' | 'junk' | 'hedge' | 'cavewall' | 'island' | 'rocks' | 'acacias' | 'stands' | 'bamboo';
  /** Distance (world units; the stage runs from 1 to 3.2). */
  readonly z: number;
  /** Height of the tallest parts in world units. */
  readonly height: number;
  readonly color: string;
  /** Trees for forests: which kind. */
  readonly trees?: 'pine' | 'broadleaf' | 'palm' | 'mixed';
  /** 0..1 how much snow lies on it. */
  readonly snow?: number;
  /** Crown colours for its broadleaf trees, one picked per tree (autumn); else shades of its colour. */
  readonly foliage?: readonly string[];
}

/** Ground surface and what is drawn on it. */
export interface GroundRecipe {
  readonly near: string;
  readonly far: string;
  readonly texture: 'grass' | 'sand' | 'snow' | 'dirt' | 'asphalt' | 'rock' | 'seabed' | 'wood' | 'tile' | 'stage' | 'dancefloor' | 'none';
  readonly features: readonly ('path' | 'road' | 'street' | 'rows' | 'tulips' | 'flowers' | 'dock' | 'leaves' | 'lava' | 'tracks' | 'rug' | 'pitch')[];
}

/** A kind of prop scattered in the world. */
export interface PropRecipe {
  readonly asset: string;
  /** Size in world units (larger visible side). */
  readonly size: number;
  /** How many to try to place. */
  readonly count: number;
  /** Depth range (plan depths; >1 is beyond the stage). */
  readonly depth: readonly [number, number];
  /** Sways in the wind. */
  readonly sways?: boolean;
  /** May stand in water (a lighthouse on its rock, boats at anchor). */
  readonly wet?: boolean;
  /** Colours the art is recoloured to, one picked per prop (autumn trees); else drawn as is. */
  readonly tints?: readonly string[];
}

/** A setting kind's recipe. */
export interface SettingRecipe {
  readonly sky: 'open' | 'space' | 'underwater' | 'cave' | 'room';
  readonly ridges: readonly Ridge[];
  readonly ground: GroundRecipe;
  readonly water: { readonly color: string; readonly deep: string; readonly waves: number } | null;
  readonly props: readonly PropRecipe[];
  readonly foreground: 'grass' | 'dry-grass' | 'flowers' | 'ferns' | 'reeds' | 'rocks' | 'snow' | 'seaweed' | 'vines' | 'curtains' | 'none';
  /** Colour of tree crowns seen from above (aerial shots); else drawn from the ground's colours. */
  readonly canopy?: string;
  /** Interiors: wall colour and what hangs on it. */
  readonly room?: { readonly wall: string; readonly trim: string; readonly decor: 'window' | 'blackboard' | 'menu' | 'curtains' | 'cabinets' | 'club' };
}

const emoji = (hex: string): string => `emoji:${hex}`;
const tree = (count: number, depth: readonly [number, number] = [0.5, 1.6]): PropRecipe => ({ asset: emoji('1f333'), size: 0.95, count, depth, sways: true });
const pineProp = (count: number, depth: readonly [number, number] = [0.5, 1.6]): PropRecipe => ({ asset: emoji('1f332'), size: 1.0, count, depth, sways: true });
const palmProp = (count: number): PropRecipe => ({ asset: emoji('1f334'), size: 1.05, count, depth: [0.5, 1.4], sways: true });
const flowers = (hex: string, count: number): PropRecipe => ({ asset: emoji(hex), size: 0.14, count, depth: [0.05, 0.9], sways: true });
const house = (count: number, depth: readonly [number, number] = [0.9, 1.6]): PropRecipe => ({ asset: emoji('1f3e1'), size: 0.85, count, depth });
/** The savanna's far hills, rocks and acacias; a watering hole lies in the same land. */
const SAVANNA_RIDGES: readonly Ridge[] = [
  { kind: 'hills', z: 85, height: 2.2, color: '#b79a6a' },
  { kind: 'rocks', z: 45, height: 1.1, color: '#a08060' },
  { kind: 'acacias', z: 22, height: 1.6, color: '#6f8a3e' },
  { kind: 'acacias', z: 6, height: 2.2, color: '#667f38' },
];

export const RECIPES: Record<SettingKind, SettingRecipe> = {
  plain: {
    sky: 'open',
    ridges: [{ kind: 'hills', z: 30, height: 1.6, color: '#8fb57a' }],
    ground: { near: '#8eb06e', far: '#b7cf95', texture: 'grass', features: [] },
    water: null,
    props: [],
    foreground: 'none',
  },
  beach: {
    sky: 'open',
    ridges: [{ kind: 'island', z: 90, height: 3, color: '#5f8f6f' }],
    ground: { near: '#ecd39b', far: '#f4e2b6', texture: 'sand', features: [] },
    water: { color: '#3fa2c8', deep: '#1f6f9f', waves: 0.7 },
    props: [palmProp(2), { asset: emoji('1f41a'), size: 0.09, count: 3, depth: [0.05, 0.45] }],
    foreground: 'none',
  },
  forest: {
    sky: 'open',
    ridges: [
      { kind: 'mountains', z: 70, height: 9, color: '#6f8aa0' },
      { kind: 'forest', z: 16, height: 2.4, color: '#2e5b3c', trees: 'mixed' },
      { kind: 'forest', z: 6, height: 1.5, color: '#3a6d40', trees: 'mixed' },
    ],
    ground: { near: '#4d7a32', far: '#6b9445', texture: 'grass', features: ['leaves'] },
    water: null,
    props: [tree(3, [0.55, 1.4]), pineProp(3, [0.6, 1.5])],
    foreground: 'ferns',
  },
  'snowy-forest': {
    sky: 'open',
    ridges: [
      { kind: 'mountains', z: 70, height: 10, color: '#8a9cb4', snow: 1 },
      { kind: 'forest', z: 16, height: 2.4, color: '#2d4e44', trees: 'pine', snow: 0.8 },
      { kind: 'forest', z: 6, height: 1.6, color: '#33584a', trees: 'pine', snow: 0.9 },
    ],
    ground: { near: '#eef3f8', far: '#f7fafd', texture: 'snow', features: ['tracks'] },
    water: null,
    props: [pineProp(5, [0.5, 1.5])],
    foreground: 'snow',
  },
  jungle: {
    sky: 'open',
    ridges: [
      { kind: 'hills', z: 40, height: 4, color: '#2f6a45' },
      { kind: 'forest', z: 12, height: 2.6, color: '#1f5a2a', trees: 'palm' },
      { kind: 'forest', z: 5, height: 1.7, color: '#2a6e2e', trees: 'broadleaf' },
    ],
    ground: { near: '#3d6e2a', far: '#55883a', texture: 'grass', features: ['leaves'] },
    water: null,
    props: [palmProp(3), { asset: emoji('1f33f'), size: 0.22, count: 5, depth: [0.05, 0.8], sways: true }],
    foreground: 'vines',
  },
  // A bamboo forest: rows of tall green canes running up out of the picture, ringed at their nodes, leaves hanging.
  'bamboo-forest': {
    sky: 'open',
    ridges: [
      { kind: 'hills', z: 40, height: 4, color: '#5f8f66' },
      { kind: 'bamboo', z: 14, height: 6, color: '#8fb86a' },
      { kind: 'bamboo', z: 7, height: 5, color: '#74a44c' },
      { kind: 'bamboo', z: 4.2, height: 4, color: '#5f9438' },
    ],
    ground: { near: '#5d7a34', far: '#7a9648', texture: 'grass', features: [] },
    water: null,
    props: [],
    foreground: 'ferns',
    canopy: '#6a9a44',
  },
  desert: {
    sky: 'open',
    ridges: [
      { kind: 'mesa', z: 80, height: 6, color: '#c98a5a' },
      { kind: 'dunes', z: 14, height: 0.9, color: '#e0a866' },
    ],
    ground: { near: '#e6b873', far: '#f0cf98', texture: 'sand', features: [] },
    water: null,
    props: [{ asset: emoji('1f335'), size: 0.55, count: 4, depth: [0.3, 1.6] }, { asset: emoji('1faa8'), size: 0.16, count: 3, depth: [0.05, 0.9] }],
    foreground: 'none',
  },
  mountains: {
    sky: 'open',
    ridges: [
      { kind: 'mountains', z: 90, height: 22, color: '#7d8fa8', snow: 0.9 },
      { kind: 'mountains', z: 40, height: 8, color: '#5f7d72', snow: 0.3 },
      { kind: 'forest', z: 16, height: 1.2, color: '#355c3f', trees: 'pine' },
    ],
    ground: { near: '#6d8c4f', far: '#8fa870', texture: 'grass', features: ['path'] },
    water: null,
    props: [pineProp(3, [0.7, 1.6])],
    foreground: 'grass',
  },
  meadow: {
    sky: 'open',
    ridges: [
      { kind: 'hills', z: 45, height: 3.2, color: '#7fa86a' },
      { kind: 'forest', z: 14, height: 1.5, color: '#4d7f45', trees: 'broadleaf' },
    ],
    ground: { near: '#6aa746', far: '#9ccb6a', texture: 'grass', features: ['flowers'] },
    water: null,
    props: [tree(2, [0.7, 1.5]), flowers('1f33c', 4)],
    foreground: 'flowers',
  },
  hills: {
    sky: 'open',
    ridges: [
      { kind: 'hills', z: 60, height: 5, color: '#86ad76' },
      { kind: 'hills', z: 20, height: 2.2, color: '#6a9e52' },
      { kind: 'hills', z: 8, height: 0.9, color: '#5f9a45' },
    ],
    ground: { near: '#62a042', far: '#8ec35e', texture: 'grass', features: [] },
    water: null,
    props: [tree(3, [0.7, 1.7])],
    foreground: 'grass',
  },
  farm: {
    sky: 'open',
    ridges: [
      { kind: 'hills', z: 50, height: 3, color: '#8bb070' },
      { kind: 'forest', z: 16, height: 1.3, color: '#4f7f44', trees: 'broadleaf' },
    ],
    ground: { near: '#7fae4d', far: '#b5cf7a', texture: 'grass', features: ['rows'] },
    water: null,
    props: [
      { asset: 'drawn:barn', size: 1.1, count: 1, depth: [1.05, 1.3] },
      { asset: 'drawn:fence', size: 0.42, count: 3, depth: [0.55, 0.75] },
      { asset: emoji('1f33e'), size: 0.28, count: 3, depth: [0.1, 0.9], sways: true },
      tree(1, [1.1, 1.6]),
    ],
    foreground: 'grass',
  },
  'city-street': {
    sky: 'open',
    ridges: [
      { kind: 'skyline', z: 40, height: 9, color: '#6a7590' },
      { kind: 'street', z: 4.1, height: 1.9, color: '#b98a6e' },
    ],
    ground: { near: '#4b4f57', far: '#5d626c', texture: 'asphalt', features: ['street'] },
    water: null,
    props: [{ asset: emoji('1f6a6'), size: 0.45, count: 1, depth: [1.0, 1.2] }],
    foreground: 'none',
  },
  skyline: {
    sky: 'open',
    ridges: [
      { kind: 'skyline', z: 45, height: 12, color: '#5d6a88' },
      { kind: 'skyline', z: 25, height: 6, color: '#4c5874' },
    ],
    ground: { near: '#5a7a4a', far: '#6f8f5c', texture: 'grass', features: ['path'] },
    water: { color: '#3a6f9a', deep: '#24507a', waves: 0.3 },
    props: [tree(2, [0.9, 1.5])],
    foreground: 'none',
  },
  village: {
    sky: 'open',
    ridges: [
      { kind: 'hills', z: 50, height: 4, color: '#80a870' },
      { kind: 'houses', z: 9, height: 1.2, color: '#e9d9bf' },
    ],
    ground: { near: '#7aa45a', far: '#a5c67f', texture: 'grass', features: ['path'] },
    water: null,
    props: [house(2, [1.0, 1.5]), tree(2, [0.8, 1.5]), { asset: emoji('26ea'), size: 1.1, count: 1, depth: [1.3, 1.6] }],
    foreground: 'grass',
  },
  park: {
    sky: 'open',
    ridges: [
      { kind: 'skyline', z: 50, height: 6, color: '#8a9ab0' },
      { kind: 'forest', z: 12, height: 1.6, color: '#4a8a45', trees: 'broadleaf' },
    ],
    ground: { near: '#5ea546', far: '#8cc66b', texture: 'grass', features: ['path'] },
    water: null,
    props: [tree(4, [0.6, 1.5]), flowers('1f337', 3)],
    foreground: 'grass',
  },
  garden: {
    sky: 'open',
    ridges: [
      { kind: 'forest', z: 20, height: 1.8, color: '#4f8a4c', trees: 'broadleaf' },
      { kind: 'hedge', z: 5, height: 0.55, color: '#3f7a3a' },
    ],
    ground: { near: '#5e9e45', far: '#7fbb60', texture: 'grass', features: ['flowers', 'path'] },
    water: null,
    props: [flowers('1f337', 4), flowers('1f339', 3), flowers('1f33c', 3), { asset: emoji('1f33b'), size: 0.45, count: 2, depth: [0.4, 1.0], sways: true }],
    foreground: 'flowers',
  },
  lake: {
    sky: 'open',
    ridges: [
      { kind: 'mountains', z: 90, height: 12, color: '#7e90aa', snow: 0.7 },
      { kind: 'forest', z: 32, height: 2.6, color: '#35614a', trees: 'pine' },
    ],
    ground: { near: '#679f4b', far: '#86b868', texture: 'grass', features: [] },
    water: { color: '#4f92b8', deep: '#2f6f96', waves: 0.35 },
    props: [],
    foreground: 'reeds',
  },
  river: {
    sky: 'open',
    ridges: [
      { kind: 'hills', z: 50, height: 4, color: '#7da277' },
      { kind: 'forest', z: 9, height: 1.7, color: '#3f7040', trees: 'mixed' },
    ],
    ground: { near: '#6aa04f', far: '#7fb15e', texture: 'grass', features: [] },
    water: { color: '#4d8fb0', deep: '#356f92', waves: 0.5 },
    props: [tree(2, [1.5, 1.9])],
    foreground: 'reeds',
  },
  ocean: {
    sky: 'open',
    ridges: [],
    ground: { near: '#2a6fa8', far: '#3f8cc4', texture: 'none', features: [] },
    water: { color: '#2f86bb', deep: '#174f82', waves: 1 },
    props: [],
    foreground: 'none',
  },
  harbor: {
    sky: 'open',
    ridges: [
      { kind: 'hills', z: 80, height: 5, color: '#7f93a3' },
      { kind: 'houses', z: 40, height: 1.6, color: '#d8c9b0' },
    ],
    ground: { near: '#8a7a66', far: '#9e8d78', texture: 'wood', features: ['dock'] },
    water: { color: '#3f7fa3', deep: '#2a5f85', waves: 0.5 },
    props: [{ asset: 'drawn:lighthouse', size: 1.5, count: 1, depth: [1.6, 2.2], wet: true }, { asset: emoji('26f5'), size: 0.6, count: 2, depth: [1.1, 2.4], wet: true, sways: true }],
    foreground: 'none',
  },
  underwater: {
    sky: 'underwater',
    ridges: [
      { kind: 'rocks', z: 30, height: 3, color: '#2f6f8a' },
      { kind: 'rocks', z: 10, height: 1.4, color: '#3b7d8e' },
    ],
    ground: { near: '#d9c48e', far: '#7fb0a8', texture: 'seabed', features: [] },
    water: null,
    props: [
      { asset: emoji('1fab8'), size: 0.36, count: 4, depth: [0.2, 1.3], sways: true },
      { asset: emoji('1f41a'), size: 0.09, count: 3, depth: [0.05, 0.7] },
      { asset: emoji('1faa8'), size: 0.22, count: 2, depth: [0.3, 1.3] },
    ],
    foreground: 'seaweed',
  },
  space: {
    sky: 'space',
    ridges: [],
    ground: { near: '#000000', far: '#000000', texture: 'none', features: [] },
    water: null,
    props: [],
    foreground: 'none',
  },
  'night-sky': {
    sky: 'open',
    ridges: [
      { kind: 'mountains', z: 70, height: 7, color: '#2a3550' },
      { kind: 'forest', z: 10, height: 1.3, color: '#1c2a2a', trees: 'pine' },
    ],
    ground: { near: '#2e4a34', far: '#3a5a40', texture: 'grass', features: [] },
    water: null,
    props: [],
    foreground: 'grass',
  },
  sky: {
    sky: 'open',
    ridges: [
      { kind: 'mountains', z: 120, height: 10, color: '#8aa0bb', snow: 0.5 },
      { kind: 'hills', z: 40, height: 2.5, color: '#7ea676' },
    ],
    ground: { near: '#7fae62', far: '#a5c98a', texture: 'grass', features: [] },
    water: null,
    props: [],
    foreground: 'none',
  },
  'living-room': {
    sky: 'room',
    ridges: [],
    ground: { near: '#9a6b45', far: '#b4875d', texture: 'wood', features: ['rug'] },
    water: null,
    props: [
      { asset: emoji('1fab4'), size: 0.42, count: 1, depth: [0.7, 0.85] },
      { asset: 'drawn:floor-lamp', size: 0.7, count: 1, depth: [0.75, 0.88] },
    ],
    foreground: 'none',
    room: { wall: '#e8d6bb', trim: '#fbf6ee', decor: 'window' },
  },
  kitchen: {
    sky: 'room',
    ridges: [],
    ground: { near: '#cfc6b4', far: '#ddd5c4', texture: 'tile', features: [] },
    water: null,
    props: [{ asset: emoji('1fab4'), size: 0.3, count: 1, depth: [0.75, 0.85] }],
    foreground: 'none',
    room: { wall: '#f2ead8', trim: '#ffffff', decor: 'cabinets' },
  },
  classroom: {
    sky: 'room',
    ridges: [],
    ground: { near: '#a88a62', far: '#bc9e74', texture: 'wood', features: [] },
    water: null,
    props: [{ asset: 'drawn:table', size: 0.55, count: 2, depth: [0.45, 0.75] }, { asset: emoji('1f30d'), size: 0.2, count: 1, depth: [0.7, 0.8] }],
    foreground: 'none',
    room: { wall: '#e7e4cf', trim: '#c9b48f', decor: 'blackboard' },
  },
  cafe: {
    sky: 'room',
    ridges: [],
    ground: { near: '#7a5a40', far: '#8e6c50', texture: 'wood', features: [] },
    water: null,
    props: [{ asset: 'drawn:table', size: 0.5, count: 2, depth: [0.35, 0.75] }, { asset: emoji('1fab4'), size: 0.36, count: 1, depth: [0.75, 0.85] }],
    foreground: 'none',
    room: { wall: '#d9bf98', trim: '#6e4b32', decor: 'menu' },
  },
  stage: {
    sky: 'room',
    ridges: [],
    ground: { near: '#6a4630', far: '#7c5639', texture: 'stage', features: [] },
    water: null,
    props: [],
    foreground: 'curtains',
    room: { wall: '#5a1020', trim: '#2a0810', decor: 'curtains' },
  },
  // A disco or night club: a dark room over a floor of glowing coloured tiles; its sweeping spot lights and
  // glitter ball move every frame (render/effects/disco-lights.ts).
  club: {
    sky: 'room',
    ridges: [],
    ground: { near: '#2a2236', far: '#1e1828', texture: 'dancefloor', features: [] },
    water: null,
    props: [],
    foreground: 'none',
    room: { wall: '#1a1226', trim: '#3a2a55', decor: 'club' },
  },
  road: {
    sky: 'open',
    ridges: [
      { kind: 'hills', z: 60, height: 4.5, color: '#8aa67a' },
      { kind: 'forest', z: 18, height: 1.5, color: '#4e7a45', trees: 'broadleaf' },
    ],
    ground: { near: '#79a454', far: '#a7c57c', texture: 'grass', features: ['road'] },
    water: null,
    props: [tree(3, [0.7, 1.6])],
    foreground: 'grass',
  },
  field: {
    sky: 'open',
    ridges: [
      { kind: 'hills', z: 55, height: 3, color: '#8fae72' },
      { kind: 'forest', z: 20, height: 1.2, color: '#5b8a4a', trees: 'broadleaf' },
    ],
    ground: { near: '#a9b94f', far: '#c9d472', texture: 'grass', features: ['rows'] },
    water: null,
    props: [{ asset: emoji('1f33e'), size: 0.3, count: 4, depth: [0.05, 0.9], sways: true }, tree(1, [1.2, 1.6])],
    foreground: 'grass',
  },
  // Open golden grassland under a far low horizon: a kopje or two, flat-topped acacias scattered, no crop rows.
  savanna: {
    sky: 'open',
    ridges: SAVANNA_RIDGES,
    ground: { near: '#c9a85a', far: '#e0c684', texture: 'grass', features: [] },
    water: null,
    props: [{ asset: emoji('1f33e'), size: 0.22, count: 3, depth: [0.05, 0.8], sways: true }],
    foreground: 'dry-grass',
    canopy: '#6f8a3e',
  },
  // A watering hole: the savanna's golden grass round a still, silty pool the animals drink at, acacias beyond.
  'watering-hole': {
    sky: 'open',
    ridges: SAVANNA_RIDGES,
    ground: { near: '#c2a158', far: '#dcc282', texture: 'grass', features: [] },
    water: { color: '#6e9a9a', deep: '#4d7777', waves: 0.2 },
    props: [{ asset: emoji('1f33e'), size: 0.22, count: 2, depth: [0.02, 0.1], sways: true }],
    foreground: 'dry-grass',
    canopy: '#6f8a3e',
  },
  // A sports ground: mown turf marked out in white lines, stands behind.
  'sports-ground': {
    sky: 'open',
    ridges: [
      { kind: 'skyline', z: 60, height: 4, color: '#8a96a8' },
      { kind: 'stands', z: 9, height: 1.6, color: '#9aa3b0' },
    ],
    ground: { near: '#4f9a3c', far: '#6fb354', texture: 'grass', features: ['pitch'] },
    water: null,
    props: [],
    foreground: 'none',
  },
  volcano: {
    sky: 'open',
    ridges: [
      { kind: 'volcano', z: 60, height: 14, color: '#4a3530' },
      { kind: 'rocks', z: 12, height: 1.2, color: '#3a2c28' },
    ],
    ground: { near: '#3d2e28', far: '#54423a', texture: 'rock', features: ['lava'] },
    water: null,
    props: [{ asset: emoji('1faa8'), size: 0.22, count: 4, depth: [0.1, 1.2] }],
    foreground: 'none',
  },
  cave: {
    sky: 'cave',
    ridges: [{ kind: 'cavewall', z: 5.2, height: 4, color: '#4a4038' }],
    ground: { near: '#4a4038', far: '#5d5247', texture: 'rock', features: [] },
    water: null,
    props: [{ asset: emoji('1faa8'), size: 0.24, count: 4, depth: [0.1, 1.2] }],
    foreground: 'none',
  },
  arctic: {
    sky: 'open',
    ridges: [
      { kind: 'mountains', z: 90, height: 9, color: '#b8cde0', snow: 1 },
      { kind: 'icebergs', z: 20, height: 1.6, color: '#dcecf8' },
    ],
    ground: { near: '#e9f2f9', far: '#f6fbff', texture: 'snow', features: [] },
    water: { color: '#3f7fa8', deep: '#25597f', waves: 0.4 },
    props: [],
    foreground: 'snow',
  },
  junkyard: {
    sky: 'open',
    ridges: [
      { kind: 'skyline', z: 60, height: 4, color: '#8a8790' },
      { kind: 'junk', z: 5.5, height: 1.5, color: '#7d6f62' },
    ],
    ground: { near: '#6e6152', far: '#857868', texture: 'dirt', features: [] },
    water: null,
    props: [
      { asset: emoji('1f6de'), size: 0.16, count: 3, depth: [0.1, 1] },
      { asset: emoji('1f6e2'), size: 0.2, count: 2, depth: [0.3, 1.1] },
      { asset: emoji('1f697'), size: 0.55, count: 1, depth: [0.7, 1.0] },
      { asset: emoji('2699'), size: 0.14, count: 2, depth: [0.1, 0.8] },
    ],
    foreground: 'none',
  },
};

/**
 * Distant scenery for places a shot names besides its own (the plan's
 * `setting.backdrop`): far enough back to sit behind any recipe's own ridges.
 * The planner's FAR_SCENERY (src/plan/words/setting-words.ts) lists these kinds.
 */
export const BACKDROP_RIDGES: Readonly<Partial<Record<SettingKind, Ridge>>> = {
  mountains: { kind: 'mountains', z: 95, height: 13, color: '#7e90aa', snow: 0.6 },
  volcano: { kind: 'volcano', z: 90, height: 14, color: '#5a4440' },
  hills: { kind: 'hills', z: 70, height: 4.5, color: '#86ad76' },
  skyline: { kind: 'skyline', z: 70, height: 9, color: '#7a86a0' },
  'city-street': { kind: 'skyline', z: 70, height: 9, color: '#7a86a0' },
  desert: { kind: 'mesa', z: 80, height: 6, color: '#c98a5a' },
  forest: { kind: 'forest', z: 40, height: 2.2, color: '#3b6a4a', trees: 'mixed' },
};

/** How far a far place rises over the nearer ridges, as a multiple of their height seen from the camera. */
const BACKDROP_CLEARANCE = 1.35;
/** The most a far place's scenery is stretched to clear nearer ridges. */
const BACKDROP_MAX_STRETCH = 3;

/** The recipe for a shot's setting: its kind with any far places behind it, in its season, under its weather (snow lies on the ground). */
export function recipeFor(setting: { kind: SettingKind; season: Season | null; weather: string; backdrop?: readonly SettingKind[] | undefined }): SettingRecipe {
  const season = setting.weather === 'snow' && setting.season !== 'winter' ? 'winter' : setting.season;
  return seasonal(withBackdrop(RECIPES[setting.kind], setting.backdrop ?? []), season);
}

/** A recipe with the distant scenery of far places added behind (or between) its ridges; rooms, caves and the sea floor have no view. */
export function withBackdrop(recipe: SettingRecipe, backdrop: readonly SettingKind[]): SettingRecipe {
  if (recipe.sky !== 'open' || backdrop.length === 0) return recipe;
  const ridges = [...recipe.ridges];
  for (const place of backdrop) {
    const ridge = BACKDROP_RIDGES[place];
    // A recipe that already shows such scenery ("mountains" behind a forest) keeps its own.
    if (!ridge || ridges.some((r) => r.kind === ridge.kind)) continue;
    // Tall enough to rise over the nearer ridges (a river's tree line would hide mountains of their usual size).
    const over = Math.max(0, ...ridges.filter((r) => r.z < ridge.z).map((r) => r.height / r.z)) * ridge.z * BACKDROP_CLEARANCE;
    const height = Math.min(ridge.height * BACKDROP_MAX_STRETCH, Math.max(ridge.height, over));
    // Ridges paint back to front: the new one goes before the first that is nearer.
    const at = ridges.findIndex((r) => r.z < ridge.z);
    ridges.splice(at < 0 ? ridges.length : at, 0, height === ridge.height ? ridge : { ...ridge, height });
  }
  return ridges.length === recipe.ridges.length ? recipe : { ...recipe, ridges };
}

/** Flower props a winter scene leaves out: tulip, blossom, rose, sunflower, daisy, hibiscus. */
const WINTERLESS_FLOWERS: readonly string[] = ['1f337', '1f33c', '1f339', '1f338', '1f33b', '1f33a'];

/** A recipe adjusted for a season: autumn foliage, winter snow, spring blossom. */
export function seasonal(recipe: SettingRecipe, season: Season | null): SettingRecipe {
  if (!season || recipe.sky !== 'open') return recipe;
  if (season === 'summer') {
    // High summer: deep, saturated greens and a meadow in flower.
    return {
      ...recipe,
      ridges: recipe.ridges.map((r) => (r.kind === 'forest' || r.kind === 'hills' || r.kind === 'hedge' ? { ...r, color: r.kind === 'hills' ? '#5a9e3c' : '#2f7a2c' } : r)),
      ground: recipe.ground.texture === 'grass' ? { ...recipe.ground, near: '#4f9a2e', far: '#86c24e', features: [...new Set([...recipe.ground.features, 'flowers' as const])] } : recipe.ground,
    };
  }
  if (season === 'winter') {
    return {
      ...recipe,
      ridges: recipe.ridges.map((r) => ({ ...r, snow: Math.max(r.snow ?? 0, r.kind === 'skyline' || r.kind === 'street' ? 0.3 : 0.8) })),
      // Snow covers a path too: footprints and ski tracks show where it runs.
      ground: recipe.ground.texture === 'grass' || recipe.ground.texture === 'dirt' ? { ...recipe.ground, near: '#eef3f8', far: '#f7fafd', texture: 'snow', features: [...new Set(recipe.ground.features.filter((f) => f !== 'flowers').map((f) => (f === 'path' ? ('tracks' as const) : f)))] } : recipe.ground,
      // Broadleaf trees stand bare in winter; evergreens carry the scene.
      // No flower blooms in the snow (a garden's sunflowers and tulips included).
      props: recipe.props.filter((p) => !WINTERLESS_FLOWERS.some((hex) => p.asset.endsWith(hex))).map((p) => (p.asset.endsWith('1f333') ? { ...p, asset: emoji('1f332') } : p)),
      foreground: recipe.foreground === 'flowers' || recipe.foreground === 'grass' || recipe.foreground === 'dry-grass' ? 'snow' : recipe.foreground,
    };
  }
  if (season === 'autumn') {
    return {
      ...recipe,
      // Broadleaf crowns turn orange, red and gold, each tree its own; pines and palms stay green.
      ridges: recipe.ridges.map((r) => ((r.kind === 'forest' && r.trees !== 'pine' && r.trees !== 'palm') || r.kind === 'hedge' ? { ...r, foliage: AUTUMN_LEAVES } : r.kind === 'hills' ? { ...r, color: '#a7a05a', foliage: AUTUMN_LEAVES } : r)),
      ground: recipe.ground.texture === 'grass' ? { ...recipe.ground, near: '#8f9a44', far: '#b5b566', features: [...recipe.ground.features.filter((f) => f !== 'flowers'), 'leaves'] } : recipe.ground,
      props: recipe.props.flatMap((p) => (isDeciduous(p.asset) ? [{ ...p, tints: AUTUMN_LEAVES }, { asset: emoji('1f342'), size: 0.1, count: p.count * 2, depth: [0.05, 0.8] as const }] : [p])),
    };
  }
  // Spring: fresh greens and blossom.
  return {
    ...recipe,
    ridges: recipe.ridges.map((r) => (r.kind === 'forest' && r.trees !== 'pine' ? { ...r, color: '#6ea653' } : r)),
    ground: recipe.ground.texture === 'grass' ? { ...recipe.ground, features: [...new Set([...recipe.ground.features, 'flowers' as const])] } : recipe.ground,
    props: [...recipe.props, { asset: emoji('1f338'), size: 0.12, count: 4, depth: [0.05, 0.8], sways: true }],
  };
}
