import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Shot } from '../../plan/schema.ts';
import { castingFishers, passengersOf } from '../../simulate/attachments.ts';
import { depthToZ, projectZ, type CameraPose, type ScreenPoint } from '../../simulate/projection.ts';
import type { SettingGeometry } from '../../simulate/setting-geometry.ts';
import type { ActorTrack } from '../../simulate/simulation.ts';

/** Fishing rods cast over the water, drawn over the actors. */
export interface FishingLines {
  /** How many fishers are drawn with their line out. */
  readonly count: number;
  draw(ctx: SKRSContext2D, camera: CameraPose, frame: number, seconds: number): void;
}

/** One fisher's line: the fisher's track, its boat's (when aboard), and when the line is out. */
interface Caster {
  readonly fisher: ActorTrack;
  readonly boat: ActorTrack | null;
  readonly start: number;
  readonly end: number;
}

/** A world point: x, height, plan depth. */
interface WorldPoint {
  x: number;
  y: number;
  depth: number;
}

/** Rod angle above the horizontal, radians. */
const ROD_RISE = 0.72;
/** Rod length as a fraction of its fisher's visible height. */
const ROD_LENGTH = 0.95;

/**
 * A fisher at the water holds a rod out over it (the simulator hides the
 * carried rod emoji meanwhile, simulate/attachments.ts): a slim rod bending
 * a little under its line from the hands, a line sagging from its tip to a
 * red and white float that bobs on the surface with a ring spreading round
 * it. Aboard a boat the rod points off the nearer end of the hull so the
 * float lands in open water; on a bank or a pier it points out along the
 * shore and the float sits on the water behind. A few path operations a
 * fisher a frame; a pure function of the tracks and the frame.
 */
export function createFishingLines(shot: Shot, actors: readonly ActorTrack[], geometry: SettingGeometry, width: number, height: number): FishingLines {
  const casting = castingFishers(shot);
  const boatOf = passengersOf(shot);
  const casters: Caster[] = [];
  for (const [fisherId, { fishing }] of casting) {
    const boats = actors.filter((a) => a.entityId === boatOf.get(fisherId));
    for (const fisher of actors.filter((a) => a.entityId === fisherId)) {
      const boat = boats.length > 0 ? boats[fisher.member % boats.length]! : null;
      casters.push({ fisher, boat, start: fishing.start, end: fishing.end ?? Number.POSITIVE_INFINITY });
    }
  }
  const p: ScreenPoint = { x: 0, y: 0, unit: 0 };
  const project = (w: WorldPoint, camera: CameraPose): ScreenPoint | null => {
    const z = depthToZ(w.depth);
    if (z - camera.z < 0.08) return null;
    const s = projectZ(w.x, w.y, z, camera, width, height, p);
    return { x: s.x, y: s.y, unit: s.unit };
  };
  const lineWidth = Math.max(1, height / 720);

  return {
    count: casters.length,
    draw(ctx, camera, frame, seconds) {
      for (const caster of casters) {
        const { fisher, boat } = caster;
        const i = frame - fisher.firstFrame;
        if (i < 0 || i >= fisher.length || seconds < caster.start || seconds >= caster.end || fisher.opacity[i]! < 0.05) continue;
        const rig = rigAt(fisher, boat, i, seconds, geometry);
        const butt = project(rig.butt, camera);
        const tip = project(rig.tip, camera);
        const float = project(rig.float, camera);
        if (!butt || !tip || !float) continue;
        drawRod(ctx, butt, tip, rig.dir, tip.unit * rig.thickness);
        drawLine(ctx, tip, float, lineWidth);
        drawFloat(ctx, float, seconds + fisher.member * 0.9, lineWidth);
      }
    },
  };
}

/**
 * The rod's butt and tip and where its float rides, in the world, for a
 * fisher at frame i. Exported for tests.
 */
export function rigAt(fisher: ActorTrack, boat: ActorTrack | null, i: number, seconds: number, geometry: SettingGeometry): { butt: WorldPoint; tip: WorldPoint; float: WorldPoint; dir: 1 | -1; thickness: number } {
  const b = fisher.bounds;
  const hidden = fisher.hiddenBelow ?? 0;
  const fullHeight = fisher.size * (b.bottom - b.top) * fisher.scaleY[i]!;
  const bodyWidth = fisher.size * (b.right - b.left) * Math.abs(fisher.scaleX[i]!);
  const x = fisher.x[i]!;
  const depth = fisher.depth[i]! - 0.003;
  // Aboard: off the nearer end of the hull. Ashore: the way the fisher faces.
  const facing = (Math.sign(fisher.facing[i]!) || 1) as 1 | -1;
  const dir = boat ? ((Math.sign(x - boat.x[i]!) || facing) as 1 | -1) : facing;
  const hand = { x: x + dir * bodyWidth * 0.3, y: fisher.y[i]! + fullHeight * (0.42 - hidden) };
  const length = fullHeight * ROD_LENGTH;
  // The rod nods a little, as a held rod does.
  const angle = ROD_RISE + Math.sin(seconds * 1.3 + fisher.member) * 0.04;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const butt = { x: hand.x - dir * length * 0.18 * cos, y: hand.y - length * 0.18 * sin, depth };
  const tip = { x: hand.x + dir * length * cos, y: hand.y + length * sin, depth };
  let floatX = tip.x + dir * length * 0.3;
  let floatDepth = depth;
  let floatY = 0;
  if (boat) {
    // Past the end of the hull, at the boat's waterline.
    const hullEnd = boat.x[i]! + dir * (boat.size * (boat.bounds.right - boat.bounds.left) * Math.abs(boat.scaleX[i]!)) * 0.5;
    floatX = dir > 0 ? Math.max(floatX, hullEnd + length * 0.15) : Math.min(floatX, hullEnd - length * 0.15);
    floatY = boat.y[i]!;
    floatDepth = boat.depth[i]! - 0.01;
  } else if (geometry.water) {
    // From a bank or a pier: out on the water beyond the edge.
    floatDepth = Math.max(depth + 0.08, geometry.water[0] + 0.06);
  }
  return { butt, tip, float: { x: floatX, y: floatY, depth: floatDepth }, dir, thickness: Math.max(0.004, fullHeight * 0.022) };
}

/** A slim rod, thick at the butt with a cork grip, bending a little towards the tip under its line. */
function drawRod(ctx: SKRSContext2D, butt: ScreenPoint, tip: ScreenPoint, dir: 1 | -1, thickness: number): void {
  const w = Math.max(1.2, thickness);
  const mx = (butt.x + tip.x) / 2;
  const my = (butt.y + tip.y) / 2;
  // The bend: the middle sags below the straight line, more the longer the rod.
  const sag = Math.hypot(tip.x - butt.x, tip.y - butt.y) * 0.08;
  const cx = mx + dir * sag * 0.3;
  const cy = my + sag;
  ctx.lineCap = 'round';
  ctx.strokeStyle = '#4a2f1a';
  ctx.lineWidth = w;
  ctx.beginPath();
  ctx.moveTo(butt.x, butt.y);
  ctx.quadraticCurveTo(cx, cy, tip.x, tip.y);
  ctx.stroke();
  // The thin upper half, lighter.
  ctx.strokeStyle = '#7a5230';
  ctx.lineWidth = Math.max(1, w * 0.5);
  ctx.beginPath();
  ctx.moveTo((butt.x + 2 * cx) / 3, (butt.y + 2 * cy) / 3);
  ctx.quadraticCurveTo((cx + tip.x) / 2, (cy + tip.y) / 2, tip.x, tip.y);
  ctx.stroke();
  // Cork grip at the butt and the reel below the hands.
  const gx = butt.x + (cx - butt.x) * 0.35;
  const gy = butt.y + (cy - butt.y) * 0.35;
  ctx.strokeStyle = '#c8955a';
  ctx.lineWidth = w * 1.5;
  ctx.beginPath();
  ctx.moveTo(butt.x, butt.y);
  ctx.lineTo(gx, gy);
  ctx.stroke();
  ctx.fillStyle = '#9aa3b0';
  ctx.beginPath();
  ctx.arc(gx, gy + w * 1.2, w * 1.3, 0, Math.PI * 2);
  ctx.fill();
}

/** The line hangs from the tip in a shallow curve down to the float. */
function drawLine(ctx: SKRSContext2D, tip: ScreenPoint, float: ScreenPoint, width: number): void {
  ctx.strokeStyle = 'rgba(250,250,250,0.85)';
  ctx.lineWidth = width * 0.8;
  ctx.beginPath();
  ctx.moveTo(tip.x, tip.y);
  ctx.quadraticCurveTo(tip.x + (float.x - tip.x) * 0.75, tip.y + (float.y - tip.y) * 0.45, float.x, float.y);
  ctx.stroke();
}

/** A red-topped float bobbing on the surface, a ring of ripple spreading from it. */
function drawFloat(ctx: SKRSContext2D, at: ScreenPoint, seconds: number, width: number): void {
  const r = Math.max(2.2, at.unit * 0.011);
  const bob = Math.sin(seconds * 2.4) * r * 0.35;
  const u = (seconds * 0.6) % 1;
  ctx.strokeStyle = `rgba(255,255,255,${(0.6 * (1 - u)).toFixed(3)})`;
  ctx.lineWidth = width;
  ctx.beginPath();
  ctx.ellipse(at.x, at.y, r * (1.5 + u * 3), r * (1.5 + u * 3) * 0.22, 0, 0, Math.PI * 2);
  ctx.stroke();
  const y = at.y + bob;
  ctx.fillStyle = '#f4f4f0';
  ctx.beginPath();
  ctx.arc(at.x, y, r, 0, Math.PI);
  ctx.fill();
  ctx.fillStyle = '#e2343b';
  ctx.beginPath();
  ctx.arc(at.x, y, r, Math.PI, Math.PI * 2);
  ctx.fill();
}
