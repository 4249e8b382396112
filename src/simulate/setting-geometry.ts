import type { SettingKind } from '../plan/vocabulary.ts';

/**
 * The solid facts of a setting that both the simulator (where actors may
 * stand, swim or float) and the renderer (what it paints where) rely on.
 * Depths are plan depths (0 near, 1 far edge of the stage, more is scenery).
 */
export interface SettingGeometry {
  /** What actors on the "ground" stand on. */
  readonly floor: 'ground' | 'seabed' | 'none' | 'indoor';
  /** Water at ground level between these depths (near, far); null for none. */
  readonly water: readonly [number, number] | null;
  /** Interiors: the back wall's depth; actors stay in front of it. */
  readonly backWall: number | null;
  /** Everything floats (space, underwater): no gravity in motion, no ground shadows. */
  readonly weightless: boolean;
  /** Lens tilt added at rest (positive looks up): the sky setting looks up, interiors level. */
  readonly lookUp: number;
}

const OPEN: SettingGeometry = { floor: 'ground', water: null, backWall: null, weightless: false, lookUp: 0 };
const ROOM: SettingGeometry = { floor: 'indoor', water: null, backWall: 0.95, weightless: false, lookUp: -0.03 };

const GEOMETRY: Partial<Record<SettingKind, SettingGeometry>> = {
  beach: { ...OPEN, water: [0.55, 50] },
  lake: { ...OPEN, water: [0.14, 14] },
  river: { ...OPEN, water: [0.12, 1.45] },
  // A pool on the savanna: the animals drink on its near bank, grassland goes on beyond it.
  'watering-hole': { ...OPEN, water: [0.14, 1.25] },
  ocean: { ...OPEN, water: [-1, 200] },
  harbor: { ...OPEN, water: [0.28, 60] },
  arctic: { ...OPEN, water: [0.78, 60] },
  underwater: { floor: 'seabed', water: null, backWall: null, weightless: true, lookUp: 0.02 },
  space: { floor: 'none', water: null, backWall: null, weightless: true, lookUp: 0.05 },
  'night-sky': { ...OPEN, lookUp: 0.06 },
  sky: { ...OPEN, lookUp: 0.14 },
  'living-room': ROOM,
  kitchen: ROOM,
  classroom: ROOM,
  cafe: ROOM,
  stage: { ...ROOM, backWall: 1.1 },
  club: { ...ROOM, backWall: 1.1 },
  cave: { ...OPEN, backWall: 1.6 },
};

/** The geometry of a setting kind. */
export function settingGeometry(kind: SettingKind): SettingGeometry {
  return GEOMETRY[kind] ?? OPEN;
}

/** Whether a depth lies on open water in a setting. */
export function isWaterAt(geometry: SettingGeometry, depth: number): boolean {
  return geometry.water !== null && depth >= geometry.water[0] && depth <= geometry.water[1];
}
