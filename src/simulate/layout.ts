import type { Shot } from '../plan/schema.ts';
import type { Random } from '../util/random.ts';
import { PLACEMENT_HEIGHT, TRAVEL_MOTIONS } from './actor-defaults.ts';
import { isDominoRow, type CastMember } from './cast.ts';
import { cookingAction, cookOf, HEAD_LIFT, isHeadOnly, PAN_VERBS, PAN_WIDTH, RANGE_HEIGHT, RANGE_WIDTH } from './cooking-pan.ts';
import { supportSurface } from '../assets/support-surfaces.ts';
import { halfViewWidth } from './projection.ts';
import type { SettingGeometry } from './setting-geometry.ts';

/** A point of the world: foot position and plan depth. */
export interface WorldPoint {
  x: number;
  y: number;
  depth: number;
}

/** Where every entity and each member of its group starts. */
export interface ShotLayout {
  /** The centre of each entity's group. */
  readonly anchors: ReadonlyMap<string, WorldPoint>;
  /** Start point of each member (foot point). */
  readonly members: ReadonlyMap<string, readonly WorldPoint[]>;
  /** Size factor applied on top of the cast size (crowds shrink to fit, "inside" fits the container). */
  readonly scale: ReadonlyMap<string, number>;
}

const DEFAULT_DEPTH = 0.3;

/**
 * Places a shot's entities: explicit anchors, then a tidy row for the rest,
 * then relations (on, under, beside, between, ...) in dependency order, then
 * pushes apart things that would overlap by accident, then spreads group
 * members by their arrangement. Deterministic in `random`.
 */
export function layoutShot(shot: Shot, cast: ReadonlyMap<string, CastMember>, geometry: SettingGeometry, aspect: number, random: Random): ShotLayout {
  const anchors = new Map<string, WorldPoint>();
  const scale = new Map<string, number>();
  const free: CastMember[] = [];
  for (const member of cast.values()) {
    const { entity } = member;
    scale.set(entity.id, 1);
    const depth = preferredDepth(member, geometry);
    const [lo, hi] = heightRange(member, geometry);
    const anchor = { x: 0, y: random.range(lo, hi), depth };
    if (entity.layout.x !== null) anchor.x = entity.layout.x * halfViewWidth(aspect, depth) * 0.8;
    else if (!entity.layout.relation) free.push(member);
    anchors.set(entity.id, anchor);
  }
  // Things in orbit are smaller than what they go round (planets and their sun, moons and their planet).
  for (const member of cast.values()) {
    const orbit = member.entity.actions.find((a) => a.motion === 'orbit' && a.target);
    const centre = orbit ? cast.get(orbit.target!) : undefined;
    if (centre && member.extent > centre.extent * 0.45) scale.set(member.entity.id, (centre.extent * 0.45) / member.extent);
  }
  // Food a cook is cooking is in their pan, not in the row (the kitchen range stands indoors only, see cooking.ts).
  const cooked = new Map<string, CastMember>();
  if (geometry.floor === 'indoor') {
    for (const member of cast.values()) {
      const cook = cookOf(shot.entities, member.entity);
      const cookCast = cook ? cast.get(cook.id) : undefined;
      if (cookCast) cooked.set(member.entity.id, cookCast);
    }
  }
  packRow(free.filter((m) => !spreadsOut(m) && !cooked.has(m.entity.id)), anchors, aspect, random);
  // A cook drawn as a head alone peeks over the range instead of hiding behind it (cooking-pan.ts).
  if (geometry.floor === 'indoor') {
    for (const member of cast.values()) {
      if (cookingAction(member.entity) && member.entity.count === 1 && isHeadOnly(member.width, member.height)) anchors.get(member.entity.id)!.y = member.height * HEAD_LIFT;
    }
  }
  applyRelations(shot, cast, anchors, scale, geometry, aspect);
  separate(cast, anchors, aspect);
  const members = new Map<string, WorldPoint[]>();
  for (const [id, cook] of cooked) {
    members.set(id, inThePan(cast.get(id)!, cook, anchors, scale));
  }
  for (const member of cast.values()) {
    if (cooked.has(member.entity.id)) continue;
    const points = spreadGroup(member, anchors.get(member.entity.id)!, scale.get(member.entity.id)!, geometry, aspect, random.fork(member.entity.id), scale);
    const relation = member.entity.layout.relation;
    const support = relation?.kind === 'on' ? anchors.get(relation.target) : undefined;
    // A group on a couch or a table stays on it: in front of its back, never behind it.
    if (support) for (const p of points) p.depth = Math.min(support.depth - 0.004, Math.max(support.depth - 0.03, p.depth));
    members.set(member.entity.id, points);
  }
  return { anchors, members, scale };
}

/** The depth an entity stands at: the plan's, nudged by kind when the plan left the default. */
function preferredDepth(member: CastMember, geometry: SettingGeometry): number {
  const { entity } = member;
  let depth = entity.layout.depth;
  if (Math.abs(depth - DEFAULT_DEPTH) < 1e-9 && !entity.layout.relation) {
    if (member.placement === 'sky') depth = 0.95;
    else if (isFlock(member)) depth = 0.55;
    else if (entity.category === 'building') depth = 0.6;
    else if (member.extent > 0.8) depth = 0.5;
  }
  if (member.placement === 'sky') depth = Math.max(depth, 0.75);
  if (member.placement === 'water-surface' && geometry.water) {
    const [near, far] = geometry.water;
    depth = clamp(depth, near + 0.06, Math.min(far, 1.1) - 0.05);
  }
  // Who stands on the ground at a lake or a river stands on its near bank, not on the water.
  if (member.placement === 'ground' && geometry.water && geometry.water[0] >= 0.1 && depth > geometry.water[0] - 0.04 && depth < geometry.water[1]) {
    depth = geometry.water[0] - 0.05;
  }
  if (geometry.backWall !== null) depth = Math.min(depth, geometry.backWall - 0.12);
  return clamp(depth, 0, 1.3);
}

/** Height range of an entity's feet above the ground. */
function heightRange(member: CastMember, geometry: SettingGeometry): readonly [number, number] {
  const placement = member.placement;
  // Something rooted in the far sky (a rainbow) stands on the land at the horizon, arching up from it.
  if (placement === 'sky' && member.rooted && geometry.floor !== 'none') return [0, 0];
  if (geometry.floor === 'none' && (placement === 'ground' || placement === 'floor' || placement === 'water-surface')) return [0.15, 0.35];
  // In space "up in the sky" means nothing: everything floats about the middle of the view.
  if (geometry.floor === 'none' && (placement === 'sky' || placement === 'air')) return [0.2, 0.6];
  if (geometry.floor === 'seabed' && placement !== 'ground' && placement !== 'floor') return PLACEMENT_HEIGHT.underwater;
  return PLACEMENT_HEIGHT[placement];
}

/** Groups that fill the stage instead of standing in a row. */
function spreadsOut(member: CastMember): boolean {
  const { entity } = member;
  if (entity.count === 1) return false;
  return entity.layout.arrangement === 'scatter' || entity.layout.arrangement === 'flock' || isFlock(member);
}

function isFlock(member: CastMember): boolean {
  const { entity } = member;
  const airborne = member.placement === 'air' || member.placement === 'sky' || member.placement === 'underwater';
  return entity.count >= 4 && airborne && (entity.layout.arrangement === 'row' || entity.layout.arrangement === 'flock');
}

function groupWidth(member: CastMember): number {
  const n = member.entity.count;
  if (n === 1) return member.width;
  const arrangement = member.entity.layout.arrangement;
  if (arrangement === 'row' || arrangement === 'line') return member.width * (1 + (n - 1) * 1.15);
  return member.width * (1 + Math.sqrt(n));
}

/** Lays free entities out left to right in the order the plan names them; one busy with another stands at its side. */
function packRow(free: readonly CastMember[], anchors: Map<string, WorldPoint>, aspect: number, random: Random): void {
  if (free.length === 0) return;
  const row = besideTheirTargets(free);
  const widths = row.map(groupWidth);
  const gap = row.length > 1 ? 0.12 + 0.2 * Math.max(...widths) : 0;
  const gaps = row.slice(1).map((member, i) => (companions(member, row[i]!) ? 0.03 : gap));
  const total = widths.reduce((a, b) => a + b, 0) + gaps.reduce((a, b) => a + b, 0);
  let x = -total / 2;
  row.forEach((member, i) => {
    const anchor = anchors.get(member.entity.id)!;
    const half = halfViewWidth(aspect, anchor.depth) * 0.85;
    // A lone subject stands a little off centre, as a photographer would frame it.
    const jitter = row.length === 1 ? random.range(-0.12, 0.12) * half : random.range(-0.03, 0.03);
    anchor.x = clamp(x + widths[i]! / 2 + jitter, -half + widths[i]! / 2, half - widths[i]! / 2);
    if (widths[i]! > 2 * half) anchor.x = 0;
    x += widths[i]! + (gaps[i] ?? 0);
  });
}

/** Motions done in one place with something (playing a piano, eating an apple, watching the sea). */
function busyWith(member: CastMember): string | null {
  const action = member.entity.actions.find((a) => a.target && !TRAVEL_MOTIONS.has(a.motion) && !AT_A_DISTANCE.has(a.motion));
  return action?.target ?? null;
}

/** Targeted motions that keep their distance or move on their own terms. */
const AT_A_DISTANCE: ReadonlySet<string> = new Set(['orbit', 'circle', 'ride', 'carry', 'launch', 'land', 'watch']);

function companions(a: CastMember, b: CastMember): boolean {
  return busyWith(a) === b.entity.id || busyWith(b) === a.entity.id;
}

/** The row order with each single entity busy with another moved next to it, on the side it was named. */
function besideTheirTargets(free: readonly CastMember[]): CastMember[] {
  const ids = new Set(free.map((m) => m.entity.id));
  const moving = free.filter((m) => m.entity.count === 1 && busyWith(m) !== null && ids.has(busyWith(m)!) && busyWith(m) !== m.entity.id);
  const row = free.filter((m) => !moving.includes(m));
  for (const member of moving) {
    const at = row.findIndex((m) => m.entity.id === busyWith(member));
    if (at < 0) {
      row.push(member);
      continue;
    }
    const before = free.indexOf(member) < free.indexOf(row[at]!);
    row.splice(before ? at : at + 1, 0, member);
  }
  return row;
}

function applyRelations(shot: Shot, cast: ReadonlyMap<string, CastMember>, anchors: Map<string, WorldPoint>, scale: Map<string, number>, geometry: SettingGeometry, aspect: number): void {
  const done = new Set<string>();
  const visit = (id: string, stack: Set<string>): void => {
    if (done.has(id) || stack.has(id)) return;
    stack.add(id);
    const member = cast.get(id);
    const relation = member?.entity.layout.relation;
    if (member && relation) {
      visit(relation.target, stack);
      if (relation.secondTarget) visit(relation.secondTarget, stack);
      relate(member, cast, anchors, scale, geometry, aspect);
    }
    done.add(id);
  };
  for (const entity of shot.entities) visit(entity.id, new Set());
}

function relate(member: CastMember, cast: ReadonlyMap<string, CastMember>, anchors: Map<string, WorldPoint>, scale: Map<string, number>, geometry: SettingGeometry, aspect: number): void {
  const relation = member.entity.layout.relation!;
  const self = anchors.get(member.entity.id)!;
  const target = anchors.get(relation.target);
  const other = cast.get(relation.target);
  if (!target || !other) return;
  const otherScale = scale.get(other.entity.id) ?? 1;
  const tw = groupWidth(other) * otherScale;
  const th = other.height * otherScale;
  const w = groupWidth(member);
  const gap = 0.06 + 0.15 * Math.max(w, tw);
  const half = halfViewWidth(aspect, target.depth) * 0.85;
  const towardsCentre = target.x > 0 ? -1 : 1;
  switch (relation.kind) {
    case 'on': {
      // On its seat or top: a couch's cushions, not the top of the lamp drawn beside it.
      const surface = supportSurface(other.entity.asset);
      const x = other.entity.count === 1 ? target.x + (surface.x - 0.5) * other.width * otherScale : target.x;
      Object.assign(self, { x, y: target.y + th * surface.height, depth: target.depth - 0.004 });
      // A group fits along the seat (two cats on a couch), not off its ends.
      const seat = surface.width * other.width * otherScale;
      if (member.entity.count > 1 && w > seat * 0.95) scale.set(member.entity.id, Math.min(scale.get(member.entity.id) ?? 1, (seat * 0.95) / w));
      break;
    }
    case 'under':
      Object.assign(self, { x: target.x, y: target.y > 0.05 ? Math.max(0, target.y - member.height - 0.02) : 0, depth: target.depth - 0.006 });
      // Something under a table fits under it.
      if (target.y < 0.05 && member.height > th * 0.75) scale.set(member.entity.id, (th * 0.75) / member.height);
      break;
    case 'inside':
      Object.assign(self, { x: target.x, y: target.y + th * 0.2, depth: target.depth - 0.004 });
      if (member.extent > other.extent * 0.6) scale.set(member.entity.id, (other.extent * 0.6) / member.extent);
      break;
    case 'above':
    case 'over': {
      // Something hanging in the far sky (a rainbow over the waterfall) keeps its sky and lines up across.
      if (member.placement === 'sky' && member.rooted) {
        self.x = target.x;
        break;
      }
      // Clearly above, with air between them: a unicorn over a rainbow flies over its arc, not along its top.
      const clearance = Math.max(0.08, 0.15 * th, 0.4 * member.height);
      if (target.y > 0.05 || geometry.floor === 'none') {
        // A pair in the air (an astronaut above the Earth): the one above keeps its height and the other goes
        // below it, so the pair stays in view (in space the lower one may sink past the frame's bottom).
        const below = self.y - th - clearance;
        target.y = geometry.floor === 'none' ? Math.min(target.y, below) : Math.max(0, Math.min(target.y, below));
        Object.assign(self, { x: target.x, y: target.y + th + clearance, depth: target.depth - 0.004 });
      } else {
        Object.assign(self, { x: target.x, y: Math.max(self.y, target.y + th + clearance), depth: target.depth - 0.004 });
      }
      break;
    }
    case 'below':
      Object.assign(self, { x: target.x, y: Math.max(0, target.y - member.height - 0.06), depth: target.depth });
      break;
    case 'left-of':
      Object.assign(self, { x: target.x - (tw + w) / 2 - gap, depth: target.depth });
      break;
    case 'right-of':
      Object.assign(self, { x: target.x + (tw + w) / 2 + gap, depth: target.depth });
      break;
    case 'beside':
    case 'near':
    case 'across':
    case 'through':
      Object.assign(self, { x: target.x + towardsCentre * ((tw + w) / 2 + gap), depth: target.depth });
      break;
    case 'in-front-of':
      if (member.entity.category === 'vehicle' && other.rooted) {
        // A car pulled up at a traffic light keeps to its lane; the light stands back at the kerb.
        target.depth = Math.max(target.depth, self.depth + 0.2);
        if (geometry.backWall !== null) target.depth = Math.min(target.depth, geometry.backWall - 0.08);
        Object.assign(self, { x: target.x + towardsCentre * tw * 0.25 });
        break;
      }
      Object.assign(self, { x: target.x + towardsCentre * tw * 0.25, depth: Math.max(0.02, target.depth - 0.2) });
      break;
    case 'behind':
      Object.assign(self, { x: target.x - towardsCentre * tw * 0.2, depth: Math.min(1.3, target.depth + 0.3) });
      break;
    case 'between': {
      const second = relation.secondTarget ? anchors.get(relation.secondTarget) : undefined;
      const secondCast = relation.secondTarget ? cast.get(relation.secondTarget) : undefined;
      if (second && secondCast) {
        // Make room: the two references stand apart enough for this one to fit between them.
        const need = w + (tw + groupWidth(secondCast)) / 2 + 2 * gap;
        const [left, right] = target.x <= second.x ? [target, second] : [second, target];
        if (right.x - left.x < need) {
          const mid = (left.x + right.x) / 2;
          left.x = mid - need / 2;
          right.x = mid + need / 2;
        }
        Object.assign(self, { x: (left.x + right.x) / 2, depth: (left.depth + right.depth) / 2 });
      } else {
        Object.assign(self, { x: target.x + towardsCentre * ((tw + w) / 2 + gap), depth: target.depth });
      }
      break;
    }
    case 'around':
      Object.assign(self, { x: target.x, depth: target.depth });
      break;
  }
  if (geometry.backWall !== null) self.depth = Math.min(self.depth, geometry.backWall - 0.08);
  self.x = clamp(self.x, -half * 1.3, half * 1.3);
}

/**
 * Puts food in its cook's pan: small enough that the whole group fits across
 * the pan, side by side, on its floor at the range's worktop height, just in
 * front of the cook (the range, drawn over the actors, hides the pan's lower
 * part, so the food sits in it rather than on its rim).
 */
function inThePan(food: CastMember, cook: CastMember, anchors: Map<string, WorldPoint>, scale: Map<string, number>): WorldPoint[] {
  const at = anchors.get(cook.entity.id)!;
  const tall = cook.height * (scale.get(cook.entity.id) ?? 1);
  const range = Math.max(cook.width * 0.95, tall * RANGE_WIDTH);
  const pan = range * PAN_WIDTH;
  const n = food.entity.count;
  // Each piece at most a third of the pan wide (a lone egg would fill it otherwise) and the group within its width.
  const fit = Math.min(pan * 0.45, (pan * 0.8) / n, tall * 0.12) / Math.max(1e-6, Math.max(food.width, food.height));
  scale.set(food.entity.id, fit);
  // On a frying pan's floor, or a third sunk below a pot's rim (the pot stands a fifth of the range's height).
  const worktop = tall * RANGE_HEIGHT;
  const y = PAN_VERBS.test(cookingAction(cook.entity)?.verb ?? '') ? worktop * 1.05 : worktop * 1.225 - food.height * fit * 0.35;
  const depth = Math.max(0, at.depth - 0.031);
  const anchor = anchors.get(food.entity.id)!;
  Object.assign(anchor, { x: at.x, y, depth });
  const step = Math.min((pan * 0.8) / n, food.width * fit * 1.05);
  return Array.from({ length: n }, (_, k) => ({ x: at.x + (k - (n - 1) / 2) * step, y, depth }));
}

/** Pushes apart grounded entities that share a depth band and would overlap. */
function separate(cast: ReadonlyMap<string, CastMember>, anchors: Map<string, WorldPoint>, aspect: number): void {
  const grounded = [...cast.values()].filter((m) => !m.entity.layout.relation && m.entity.layout.x === null && !spreadsOut(m));
  for (let pass = 0; pass < 4; pass++) {
    grounded.sort((a, b) => anchors.get(a.entity.id)!.x - anchors.get(b.entity.id)!.x);
    for (let i = 1; i < grounded.length; i++) {
      const a = anchors.get(grounded[i - 1]!.entity.id)!;
      const b = anchors.get(grounded[i]!.entity.id)!;
      if (Math.abs(a.depth - b.depth) > 0.12 || Math.abs(a.y - b.y) > 0.3) continue;
      const need = (groupWidth(grounded[i - 1]!) + groupWidth(grounded[i]!)) / 2 + 0.05;
      const overlap = need - (b.x - a.x);
      if (overlap > 0) {
        a.x -= overlap / 2;
        b.x += overlap / 2;
      }
    }
  }
  for (const member of grounded) {
    const anchor = anchors.get(member.entity.id)!;
    const half = halfViewWidth(aspect, anchor.depth) * 0.9;
    anchor.x = clamp(anchor.x, -half, half);
  }
}

/** Start points of a group's members around its anchor, by arrangement. */
function spreadGroup(member: CastMember, anchor: WorldPoint, fit: number, geometry: SettingGeometry, aspect: number, random: Random, scale: Map<string, number>): WorldPoint[] {
  const { entity } = member;
  const n = entity.count;
  if (n === 1) return [{ ...anchor }];
  const w = member.width * fit;
  const half = halfViewWidth(aspect, anchor.depth) * 0.85;
  const relation = entity.layout.relation;
  // A row of trees or houses looks planted by a ruler: rooted groups scatter like a grove instead.
  const planned = member.rooted && entity.layout.arrangement === 'row' ? 'scatter' : entity.layout.arrangement;
  const arrangement = relation?.kind === 'around' ? 'circle' : isFlock(member) ? 'flock' : planned;
  // Members of loose groups keep out of each other's way (tries a few spots, keeps the first free one);
  // travellers each take a lane of their own, since a faster one would drive through a slower one.
  const travels = entity.actions.some((a) => TRAVEL_MOTIONS.has(a.motion));
  const free = (x: number, depth: number): boolean =>
    points.every((q) => {
      const apart = Math.abs(q.depth - depth);
      return travels ? apart > 0.14 : apart > 0.12 || Math.abs(q.x - x) > w * 0.95;
    });
  const points: WorldPoint[] = [];
  const depthFloor = 0.02;
  const depthCeil = geometry.backWall !== null ? geometry.backWall - 0.1 : 1.2;
  const waterDepths = member.placement === 'water-surface' && geometry.water ? geometry.water : null;
  switch (arrangement) {
    case 'row':
    case 'line': {
      if (isDominoRow(member)) {
        // Dominoes need room to topple into each other: shrink the set rather than crowd it.
        const room = (2 * half * 0.9) / Math.max(1, (n - 1) * 0.78 * member.height + member.width);
        if (room < 1) scale.set(entity.id, fit * Math.max(0.35, room));
      }
      // A row a little too long for the view shrinks to fit; longer ones wrap into ranks further back,
      // and crowds that still do not fit shrink.
      let perRank = Math.max(1, Math.floor((2 * half) / (w * 1.15)));
      const fitOne = (2 * half) / (n * w * 1.15);
      if (perRank < n && fitOne >= 0.55 && !isDominoRow(member)) {
        scale.set(entity.id, fit * fitOne);
        perRank = n;
      }
      const ranks = Math.ceil(n / perRank);
      if (ranks > 3) scale.set(entity.id, fit * Math.max(0.45, Math.sqrt(3 / ranks)));
      const ww = member.width * (scale.get(entity.id) ?? fit);
      for (let i = 0; i < n; i++) {
        const rank = Math.floor(i / perRank);
        const inRank = Math.min(perRank, n - rank * perRank);
        const k = i - rank * perRank;
        const line = arrangement === 'line' ? k * 0.05 : 0;
        points.push({
          x: anchor.x + (k - (inRank - 1) / 2) * ww * 1.15 + random.range(-0.08, 0.08) * ww + rank * ww * 0.4,
          y: anchor.y,
          depth: anchor.depth + rank * 0.14 + line + random.range(-0.015, 0.015),
        });
      }
      break;
    }
    case 'cluster':
      for (let i = 0; i < n; i++) {
        let point = { x: anchor.x, y: anchor.y, depth: anchor.depth };
        for (let attempt = 0; attempt < 10; attempt++) {
          const r = Math.sqrt(random.next()) * w * (0.6 + 0.45 * Math.sqrt(n));
          const a = random.range(0, Math.PI * 2);
          point = { x: anchor.x + Math.cos(a) * r, y: anchor.y + (anchor.y > 0 ? random.range(-0.05, 0.05) : 0), depth: clamp(anchor.depth + Math.sin(a) * 0.14, depthFloor, depthCeil) };
          if (free(point.x, point.depth)) break;
        }
        points.push(point);
      }
      break;
    case 'scatter':
      for (let i = 0; i < n; i++) {
        let point = { x: anchor.x, y: anchor.y, depth: anchor.depth };
        for (let attempt = 0; attempt < 10; attempt++) {
          const depth = clamp(anchor.depth + random.range(-0.2, 0.5), depthFloor, depthCeil);
          const h = halfViewWidth(aspect, depth) * 0.8 - w / 2;
          point = { x: random.range(-h, h), y: anchor.y + (anchor.y > 0 ? random.range(-0.12, 0.12) : 0), depth };
          if (free(point.x, point.depth)) break;
        }
        points.push(point);
      }
      break;
    case 'flock':
      for (let i = 0; i < n; i++) {
        const spread = w * (1 + Math.sqrt(n) * 0.9);
        points.push({
          x: anchor.x + random.range(-1, 1) * Math.min(spread, half * 0.8),
          y: Math.max(0.05, anchor.y + random.range(-0.14, 0.14)),
          depth: clamp(anchor.depth + random.range(-0.12, 0.2), depthFloor, depthCeil),
        });
      }
      break;
    case 'circle': {
      const radius = Math.max(w * n * 0.2 + 0.1, relation ? 0.25 : 0.15);
      for (let i = 0; i < n; i++) {
        const a = (i / n) * Math.PI * 2 + random.range(-0.1, 0.1);
        points.push({ x: anchor.x + Math.cos(a) * radius, y: anchor.y, depth: clamp(anchor.depth + Math.sin(a) * radius * 0.45, depthFloor, depthCeil) });
      }
      break;
    }
  }
  if (waterDepths) for (const p of points) p.depth = clamp(p.depth, waterDepths[0] + 0.04, Math.min(waterDepths[1], 1.1) - 0.04);
  return points;
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
