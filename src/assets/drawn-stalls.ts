/**
 * A vendor's stall, drawn for Diorama where no emoji shows one (the nearest,
 * a convenience store, is a whole building): a wooden counter under a
 * red-and-white striped awning on two posts, and a cart variant on wheels
 * ("an ice cream cart"). What is sold stands on the counter (its height is
 * in support-surfaces.ts). Our own SVG, MIT
 * like the code, in the 100×100 viewBox the drawn art shares; drawn-art.ts
 * merges it into the one drawn-art registry.
 */

const grad = (id: string, stops: [number, string][], x2 = 0, y2 = 1): string =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}">${stops.map(([o, c]) => `<stop offset="${o}" stop-color="${c}"/>`).join('')}</linearGradient>`;

/** Striped awning across the top with a scalloped valance; `bottom` is the valance's lower edge. */
function awning(top: number, bottom: number): string {
  const stripes = Array.from({ length: 8 }, (_, k) => {
    // Stripes meet edge to edge, narrower along the top bar than at the valance, so the awning slopes out.
    const x = 4 + k * 11.5;
    const t = 10 + k * 10;
    const color = k % 2 === 0 ? 'url(#sa-red)' : 'url(#sa-white)';
    return `<path d="M${t} ${top} L${t + 10.2} ${top} L${x + 11.7} ${bottom - 5} L${x} ${bottom - 5} Z" fill="${color}"/>`;
  }).join('');
  const scallops = Array.from({ length: 8 }, (_, k) => {
    const x = 4 + k * 11.5;
    return `<path d="M${x} ${bottom - 5.2} L${x + 11.5} ${bottom - 5.2} Q${x + 5.75} ${bottom + 2} ${x} ${bottom - 5.2} Z" fill="${k % 2 === 0 ? '#c92a2a' : '#f4efe6'}"/>`;
  }).join('');
  return `${stripes}${scallops}<path d="M9 ${top} L91 ${top}" stroke="#8a2020" stroke-width="1.4" stroke-linecap="round"/>`;
}

const DEFS = `<defs>${grad('sa-red', [[0, '#ff5b54'], [1, '#c92a2a']])}${grad('sa-white', [[0, '#ffffff'], [1, '#e3ddd2']])}
  ${grad('sw', [[0, '#d9a46a'], [1, '#9c6b3c']])}${grad('st', [[0, '#f1d3a2'], [1, '#cfa46c']])}${grad('sp', [[0, '#b98552'], [1, '#7c5330']], 1, 0)}</defs>`;

/** Planks of a counter's front between x0 and x1, from y0 down to y1. */
function planks(x0: number, x1: number, y0: number, y1: number): string {
  const lines = Array.from({ length: 5 }, (_, k) => x0 + ((k + 1) * (x1 - x0)) / 6)
    .map((x) => `<path d="M${x.toFixed(1)} ${y0} L${x.toFixed(1)} ${y1}" stroke="#8a5a32" stroke-width="0.7" opacity="0.7"/>`)
    .join('');
  return `<rect x="${x0}" y="${y0}" width="${x1 - x0}" height="${y1 - y0}" fill="url(#sw)"/>${lines}`;
}

/** A market stall: posts, a striped awning, a plank counter with a lighter top. */
function stall(): string {
  return `${DEFS}
    <rect x="9" y="22" width="4" height="76" fill="url(#sp)"/><rect x="87" y="22" width="4" height="76" fill="url(#sp)"/>
    <path d="M13 30 L87 30 L87 60 L13 60 Z" fill="#5b3f2a" opacity="0.55"/>
    ${awning(16, 34)}
    ${planks(6, 94, 64, 98)}
    <rect x="4" y="59" width="92" height="6" rx="1" fill="url(#st)"/>
    <rect x="36" y="72" width="28" height="9" rx="1.5" fill="#fff6e0" stroke="#8a5a32" stroke-width="0.8"/>`;
}

/** A vendor's cart: a smaller counter box on two spoked wheels under the same awning. */
function cart(): string {
  const wheel = (cx: number): string =>
    `<circle cx="${cx}" cy="88" r="9" fill="#3b3f46"/><circle cx="${cx}" cy="88" r="6" fill="#c9ced6"/>` +
    [0, 60, 120].map((a) => `<path d="M${cx} 88 L${(cx + 6 * Math.cos((a * Math.PI) / 180)).toFixed(1)} ${(88 + 6 * Math.sin((a * Math.PI) / 180)).toFixed(1)} M${cx} 88 L${(cx - 6 * Math.cos((a * Math.PI) / 180)).toFixed(1)} ${(88 - 6 * Math.sin((a * Math.PI) / 180)).toFixed(1)}" stroke="#6b717a" stroke-width="1"/>`).join('') +
    `<circle cx="${cx}" cy="88" r="1.6" fill="#3b3f46"/>`;
  return `${DEFS}
    <rect x="12" y="24" width="3" height="42" fill="url(#sp)"/><rect x="85" y="24" width="3" height="42" fill="url(#sp)"/>
    ${awning(18, 34)}
    <rect x="10" y="60" width="80" height="22" rx="2" fill="#f6f1e4"/>
    <rect x="10" y="68" width="80" height="5" fill="#5aa9e6"/>
    <rect x="8" y="58" width="84" height="5" rx="1" fill="url(#st)"/>
    <path d="M90 66 L98 60" stroke="#7c5330" stroke-width="2.2" stroke-linecap="round"/>
    ${wheel(28)}${wheel(72)}`;
}

export const STALL_ART: Readonly<Record<string, string>> = {
  stall: stall(),
  'vendor-cart': cart(),
};

/** Nouns the stall art covers, for the planner's lexicon. */
export const STALL_NOUNS: Readonly<Record<string, string>> = {
  stall: 'stall', stalls: 'stall', 'market stall': 'stall', 'street stall': 'stall', 'food stall': 'stall', stand: 'stall', stands: 'stall',
  'food stand': 'stall', 'market stand': 'stall', 'roadside stand': 'stall', kiosk: 'stall', kiosks: 'stall', booth: 'stall', booths: 'stall',
  'food cart': 'vendor-cart', 'street cart': 'vendor-cart', 'vendor cart': 'vendor-cart', 'hot dog cart': 'vendor-cart', 'ice cream cart': 'vendor-cart',
};
