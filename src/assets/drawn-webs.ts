/**
 * A spider's orb web strung between two twigs (our own SVG, MIT like the
 * code): the web emoji is a small grey icon, and a web between branches needs
 * the branches to hang from. Radial threads run from the hub out to anchor
 * points on the twigs and the ground, and the capture spiral winds out over
 * them in straight runs from thread to thread, as a real orb web is built.
 * Thin light lines, so it reads against grass and sky; the dewy one is beaded
 * with drops that catch the light. Drawn once as art, so it costs nothing a frame.
 */

/** The web's hub in the 100-unit art square; a spider on the web sits here (assets/support-surfaces.ts). */
export const WEB_HUB = { x: 50, y: 44 } as const;

/** Number of radial threads. */
const SPOKES = 16;
/** Turns of the capture spiral. */
const TURNS = 9;

/** A steady pseudo-random number in [0, 1): the web's small irregularities. */
function jitter(n: number, salt: number): number {
  const s = Math.sin(n * 91.7 + salt * 47.3) * 24634.6345;
  return s - Math.floor(s);
}

const f = (n: number): string => n.toFixed(1);

/** How far thread `k` reaches from the hub before it meets a twig, the ground or the frame's edge. */
function spokeLength(k: number): number {
  const a = (k / SPOKES) * Math.PI * 2;
  const dx = Math.cos(a);
  const dy = Math.sin(a);
  // The twigs stand about 38 units either side of the hub; the ground is 50 below, the top 40 above.
  const toSide = Math.abs(dx) > 1e-3 ? 38 / Math.abs(dx) : Infinity;
  const toBottom = dy > 1e-3 ? 50 / dy : Infinity;
  const toTop = dy < -1e-3 ? 40 / -dy : Infinity;
  return Math.min(toSide, toBottom, toTop) * (0.92 + 0.08 * jitter(k, 1));
}

/** The web's threads as one SVG path: the spokes, the anchor lines, then the spiral. */
function webPath(): string {
  const { x, y } = WEB_HUB;
  const spokes: string[] = [];
  const ends: Array<[number, number]> = [];
  for (let k = 0; k < SPOKES; k++) {
    const a = (k / SPOKES) * Math.PI * 2 + (jitter(k, 2) - 0.5) * 0.12;
    const len = spokeLength(k);
    const ex = x + Math.cos(a) * len;
    const ey = y + Math.sin(a) * len;
    ends.push([ex, ey]);
    spokes.push(`M${f(x)} ${f(y)}L${f(ex)} ${f(ey)}`);
  }
  // The frame threads join the spoke ends, as the spider first strung them.
  const frame = ends.map(([ex, ey], k) => `${k === 0 ? 'M' : 'L'}${f(ex)} ${f(ey)}`).join('') + 'Z';
  // The capture spiral: a straight run from each thread to the next, the gap widening a little outwards.
  const spiral: string[] = [];
  const steps = TURNS * SPOKES;
  for (let s = 0; s <= steps; s++) {
    const k = s % SPOKES;
    const a = (k / SPOKES) * Math.PI * 2 + (jitter(k, 2) - 0.5) * 0.12;
    const r = spokeLength(k) * (0.12 + 0.8 * Math.pow(s / steps, 0.9));
    spiral.push(`${s === 0 ? 'M' : 'L'}${f(x + Math.cos(a) * r)} ${f(y + Math.sin(a) * r)}`);
  }
  return `${spokes.join('')}${frame}${spiral.join('')}`;
}

/** Drops of dew strung along the spiral. */
function dewDrops(): string {
  const { x, y } = WEB_HUB;
  const drops: string[] = [];
  for (let n = 0; n < 70; n++) {
    const k = Math.floor(jitter(n, 3) * SPOKES);
    const a = (k / SPOKES) * Math.PI * 2 + (jitter(k, 2) - 0.5) * 0.12 + (jitter(n, 4) - 0.5) * (Math.PI * 2 / SPOKES);
    const r = spokeLength(k) * (0.18 + 0.75 * jitter(n, 5));
    drops.push(`<circle cx="${f(x + Math.cos(a) * r)}" cy="${f(y + Math.sin(a) * r)}" r="${(0.8 + 0.7 * jitter(n, 6)).toFixed(2)}"/>`);
  }
  return `<g fill="#f2fbff" stroke="#8fb8d4" stroke-width="0.25">${drops.join('')}</g>`;
}

/** Two twigs rising out of the ground either side of the web, with a side shoot and a few leaves. */
const TWIGS = `<g fill="none" stroke-linecap="round">
    <path d="M10 100 C9 80 13 62 11 44 C10 30 13 16 12 3" stroke="#6b4a33" stroke-width="2.6"/>
    <path d="M11 46 C16 40 20 37 25 31" stroke="#6b4a33" stroke-width="1.4"/>
    <path d="M90 100 C91 82 87 64 89 46 C90 32 87 18 88 4" stroke="#6b4a33" stroke-width="2.6"/>
    <path d="M89 60 C84 56 80 55 76 50" stroke="#6b4a33" stroke-width="1.4"/>
  </g>
  <g fill="#5f9e3f">
    <path d="M25 31 C30 26 34 27 36 24 C31 22 26 25 25 31 Z"/>
    <path d="M12 3 C8 0 5 2 3 5 C7 6 10 5 12 3 Z"/>
    <path d="M76 50 C71 49 68 52 66 55 C71 56 74 54 76 50 Z"/>
    <path d="M88 4 C92 1 95 3 97 6 C93 7 90 6 88 4 Z"/>
  </g>`;

const WEB = webPath();

/** The drawn web art, by name. */
export const WEB_ART: Readonly<Record<string, string>> = {
  'spider-web': `${TWIGS}<path d="${WEB}" fill="none" stroke="#f4f8fb" stroke-opacity="0.9" stroke-width="0.4" stroke-linejoin="round"/>`,
  'dewy-spider-web': `${TWIGS}<path d="${WEB}" fill="none" stroke="#f4f8fb" stroke-opacity="0.85" stroke-width="0.35" stroke-linejoin="round"/>${dewDrops()}`,
};
