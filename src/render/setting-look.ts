import type { SettingKind } from '../plan/vocabulary.ts';

/** How a kind of place looks: ground, distant land, water and scenery props. */
export interface SettingLook {
  /** Ground colour near and far. */
  readonly ground: readonly [string, string];
  /** Colour of the far silhouette (hills, mountains, skyline); null for none. */
  readonly far: string | null;
  /** Shape of the far silhouette. */
  readonly farShape: 'hills' | 'mountains' | 'skyline' | 'dunes' | 'flat';
  /** Water between the far land and the ground, if any. */
  readonly water: 'none' | 'band' | 'full';
  /** Emoji hexcodes scattered as scenery, with their height in world units. */
  readonly props: readonly { hex: string; height: number; weight: number }[];
  /** Indoor scenes have a wall instead of a sky. */
  readonly interior: string | null;
  /** Whether the sky is visible (not underwater, not a cave). */
  readonly sky: 'normal' | 'space' | 'underwater' | 'cave';
}

const tree = { hex: '1f333', height: 0.55, weight: 2 };
const pine = { hex: '1f332', height: 0.6, weight: 3 };
const palm = { hex: '1f334', height: 0.6, weight: 2 };
const cactus = { hex: '1f335', height: 0.35, weight: 2 };
const house = { hex: '1f3e0', height: 0.4, weight: 1 };
const herb = { hex: '1f33f', height: 0.1, weight: 2 };
const flower = { hex: '1f33c', height: 0.08, weight: 2 };
const tulip = { hex: '1f337', height: 0.1, weight: 2 };
const rock = { hex: '1faa8', height: 0.12, weight: 1 };
const office = { hex: '1f3e2', height: 0.8, weight: 2 };
const shell = { hex: '1f41a', height: 0.06, weight: 1 };

export const SETTING_LOOKS: Record<SettingKind, SettingLook> = {
  plain: { ground: ['#9fb38a', '#c7d3b4'], far: null, farShape: 'flat', water: 'none', props: [], interior: null, sky: 'normal' },
  beach: { ground: ['#e9d29a', '#f3e3b8'], far: '#5fa3c9', farShape: 'flat', water: 'band', props: [palm, shell], interior: null, sky: 'normal' },
  forest: { ground: ['#4f7a3a', '#6d9650'], far: '#2f5a3a', farShape: 'hills', water: 'none', props: [tree, pine, pine, herb], interior: null, sky: 'normal' },
  'snowy-forest': { ground: ['#e8eef5', '#f7fafd'], far: '#a9b8c8', farShape: 'mountains', water: 'none', props: [pine, pine, pine], interior: null, sky: 'normal' },
  jungle: { ground: ['#2f6a2a', '#3f8a35'], far: '#1f4a25', farShape: 'hills', water: 'none', props: [palm, tree, herb, { hex: '1f33f', height: 0.2, weight: 3 }], interior: null, sky: 'normal' },
  desert: { ground: ['#e2b66f', '#f0cf92'], far: '#d49a58', farShape: 'dunes', water: 'none', props: [cactus, rock], interior: null, sky: 'normal' },
  mountains: { ground: ['#6f8a5a', '#8fa878'], far: '#6b7a90', farShape: 'mountains', water: 'none', props: [pine, rock], interior: null, sky: 'normal' },
  meadow: { ground: ['#6fae4f', '#9ccc6c'], far: '#5e9c58', farShape: 'hills', water: 'none', props: [flower, herb, tree], interior: null, sky: 'normal' },
  hills: { ground: ['#6aa84f', '#92c46e'], far: '#4f8f4a', farShape: 'hills', water: 'none', props: [tree, flower], interior: null, sky: 'normal' },
  farm: { ground: ['#7fae4f', '#a8c870'], far: '#6a9a4a', farShape: 'hills', water: 'none', props: [{ hex: '1f3e1', height: 0.4, weight: 1 }, tree, { hex: '1f33e', height: 0.15, weight: 2 }], interior: null, sky: 'normal' },
  'city-street': { ground: ['#4a4d55', '#6a6e78'], far: '#5a6070', farShape: 'skyline', water: 'none', props: [office, { hex: '1f3ec', height: 0.6, weight: 1 }, { hex: '1f3e8', height: 0.7, weight: 1 }], interior: null, sky: 'normal' },
  skyline: { ground: ['#3d4048', '#565a64'], far: '#4a5064', farShape: 'skyline', water: 'none', props: [office, office], interior: null, sky: 'normal' },
  village: { ground: ['#7fa860', '#a3c482'], far: '#6f9a5a', farShape: 'hills', water: 'none', props: [house, house, tree, { hex: '1f3e1', height: 0.4, weight: 1 }], interior: null, sky: 'normal' },
  park: { ground: ['#5fa34a', '#86c06a'], far: '#4e8c46', farShape: 'hills', water: 'none', props: [tree, tree, flower, { hex: '1f338', height: 0.45, weight: 1 }], interior: null, sky: 'normal' },
  garden: { ground: ['#5e9e45', '#7fbb60'], far: '#4b8a40', farShape: 'flat', water: 'none', props: [tulip, flower, { hex: '1f339', height: 0.1, weight: 2 }, { hex: '1f33b', height: 0.22, weight: 1 }], interior: null, sky: 'normal' },
  lake: { ground: ['#6aa04f', '#8abb6a'], far: '#4f7f60', farShape: 'mountains', water: 'band', props: [tree, pine], interior: null, sky: 'normal' },
  river: { ground: ['#6aa04f', '#8abb6a'], far: '#4f7f60', farShape: 'hills', water: 'band', props: [tree, rock], interior: null, sky: 'normal' },
  ocean: { ground: ['#2a6fa8', '#3f8cc4'], far: null, farShape: 'flat', water: 'full', props: [], interior: null, sky: 'normal' },
  harbor: { ground: ['#8a7a66', '#a08e78'], far: '#6a7484', farShape: 'skyline', water: 'band', props: [{ hex: '26f5', height: 0.3, weight: 1 }], interior: null, sky: 'normal' },
  underwater: { ground: ['#c9b37a', '#2a6f8f'], far: '#1d5a7a', farShape: 'dunes', water: 'none', props: [{ hex: '1fab8', height: 0.2, weight: 2 }, { hex: '1f33f', height: 0.18, weight: 2 }, shell], interior: null, sky: 'underwater' },
  space: { ground: ['#000000', '#000000'], far: null, farShape: 'flat', water: 'none', props: [], interior: null, sky: 'space' },
  'night-sky': { ground: ['#1e2a24', '#26342c'], far: '#141d26', farShape: 'hills', water: 'none', props: [pine], interior: null, sky: 'normal' },
  sky: { ground: ['#8fc0e8', '#b8d8f2'], far: null, farShape: 'flat', water: 'none', props: [], interior: null, sky: 'normal' },
  'living-room': { ground: ['#9a6b45', '#b08058'], far: null, farShape: 'flat', water: 'none', props: [{ hex: '1fab4', height: 0.3, weight: 1 }, { hex: '1f6cb', height: 0.3, weight: 1 }], interior: '#e8d8c0', sky: 'normal' },
  kitchen: { ground: ['#c8c0b0', '#d8d0c0'], far: null, farShape: 'flat', water: 'none', props: [{ hex: '1f373', height: 0.12, weight: 1 }], interior: '#f0ead8', sky: 'normal' },
  classroom: { ground: ['#a88a62', '#bc9e74'], far: null, farShape: 'flat', water: 'none', props: [{ hex: '1f4da', height: 0.12, weight: 1 }], interior: '#e6e2cc', sky: 'normal' },
  cafe: { ground: ['#7a5a40', '#8e6c50'], far: null, farShape: 'flat', water: 'none', props: [{ hex: '2615', height: 0.1, weight: 1 }, { hex: '1fab4', height: 0.28, weight: 1 }], interior: '#d9c2a0', sky: 'normal' },
  stage: { ground: ['#5a3a28', '#6e4a34'], far: null, farShape: 'flat', water: 'none', props: [], interior: '#4a1020', sky: 'normal' },
  road: { ground: ['#55585e', '#6d7076'], far: '#7a9a6a', farShape: 'hills', water: 'none', props: [tree], interior: null, sky: 'normal' },
  field: { ground: ['#a8b84f', '#c8d470'], far: '#7a9a50', farShape: 'flat', water: 'none', props: [{ hex: '1f33e', height: 0.16, weight: 3 }, tree], interior: null, sky: 'normal' },
  volcano: { ground: ['#3a2a24', '#54403a'], far: '#4a2e28', farShape: 'mountains', water: 'none', props: [{ hex: '1f30b', height: 0.9, weight: 1 }, rock], interior: null, sky: 'normal' },
  cave: { ground: ['#4a4038', '#5a5046'], far: '#2a2420', farShape: 'mountains', water: 'none', props: [rock], interior: null, sky: 'cave' },
  arctic: { ground: ['#e6f0f8', '#f6fbff'], far: '#b8cde0', farShape: 'mountains', water: 'band', props: [{ hex: '1f9ca', height: 0.3, weight: 1 }], interior: null, sky: 'normal' },
  junkyard: { ground: ['#6a5e50', '#7e7264'], far: '#5a5048', farShape: 'hills', water: 'none', props: [{ hex: '1f6de', height: 0.12, weight: 2 }, { hex: '1f5d1', height: 0.15, weight: 1 }, { hex: '1f697', height: 0.2, weight: 1 }], interior: null, sky: 'normal' },
};
