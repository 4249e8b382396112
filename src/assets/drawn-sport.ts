/**
 * Sports gear the emoji lack, drawn for Diorama (our own SVG, MIT like the
 * code): a basketball hoop on its pole, seen three-quarters on so a ball
 * thrown from the left drops through the rim.
 */

/** Asset id of the drawn hoop. */
export const HOOP_ART = 'drawn:basketball-hoop';

/** Where the middle of the hoop's rim is, as fractions of the art's square (x from the left, y from the top). */
export const HOOP_RIM = { x: 0.3, y: 0.36 } as const;

export const SPORT_ART: Readonly<Record<string, string>> = {
  'basketball-hoop': `<defs><linearGradient id="bhp" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#8a949e"/><stop offset="1" stop-color="#4e565e"/></linearGradient></defs>
    <rect x="72" y="18" width="6" height="78" rx="1.5" fill="url(#bhp)"/>
    <rect x="64" y="93" width="22" height="5" rx="2" fill="#3b4148"/>
    <path d="M55 20 L74 20 L74 25 L55 25 Z" fill="#5d666f"/>
    <path d="M36 4 L58 8 L58 40 L36 38 Z" fill="#ffffff" stroke="#c9d0d8" stroke-width="1.2"/>
    <path d="M42 22 L52 23.5 L52 33 L42 32 Z" fill="none" stroke="#e0452b" stroke-width="1.6"/>
    <path d="M36 4 L58 8 L58 40 L36 38 Z" fill="none" stroke="#e0452b" stroke-width="1.4"/>
    <path d="M21 36.5 L27 51 M25 37.3 L29 51 M30 37.6 L31 51 M35 37.3 L33 51 M39 36.5 L35 51 M22 42 L38 42 M24 47 L36 47 M27 51 L35 51" stroke="#f4f6f8" stroke-width="1" fill="none"/>
    <ellipse cx="30" cy="36" rx="10" ry="2.6" fill="none" stroke="#ff6a1a" stroke-width="2"/>
    <path d="M40 36 L44 34" stroke="#ff6a1a" stroke-width="2"/>`,
};
