/**
 * The surface something rests on in art that is more than its top: a couch's
 * seat is low and off-centre (the Fluent couch comes with a tall floor lamp
 * beside it), a bed's mattress is below its headboard, a chair's seat below
 * its back. Measured on the bundled art, as fractions of the art's visible
 * bounds: `height` up from the bottom, `x` (centre) and `width` across from
 * the left. Art not listed rests things on its top, across its width.
 */
export interface SupportSurface {
  readonly height: number;
  readonly x: number;
  readonly width: number;
  /**
   * For a seat, the standing height of an adult who sits on it, as a multiple
   * of the art's visible height (the art's scale differs: a 1.7 m person on a
   * couch drawn with its floor lamp, a chair 0.9 m tall, a squat bed).
   */
  readonly sitter?: number;
}

const SURFACES: Readonly<Record<string, SupportSurface>> = {
  // Couch and lamp: the cushions' top (where they meet the back) a fifth of the way up, the couch the left 83% of the width.
  'emoji:1f6cb': { height: 0.21, x: 0.42, width: 0.78, sitter: 0.95 },
  // Bed: the blanket's top, the mattress from the headboard to the foot.
  'emoji:1f6cf': { height: 0.7, x: 0.55, width: 0.86, sitter: 1.15 },
  // Chair: the seat, below the back.
  'emoji:1fa91': { height: 0.57, x: 0.5, width: 0.8, sitter: 1.9 },
  // The drawn table's top is its top edge.
  'drawn:table': { height: 1, x: 0.5, width: 0.92 },
  // A deciduous tree: a bough inside the crown, a little over halfway up (an owl perches there, a koala clings).
  'emoji:1f333': { height: 0.56, x: 0.5, width: 0.5 },
  // A vendor's stall and cart: what is sold stands on the counter under the awning (drawn-stalls.ts).
  'drawn:stall': { height: 0.47, x: 0.5, width: 0.8 },
  'drawn:vendor-cart': { height: 0.49, x: 0.5, width: 0.76 },
  // A spider sits at its web's hub (drawn-webs.ts), a little over halfway up between the twigs.
  'drawn:spider-web': { height: 0.5, x: 0.5, width: 0.08 },
  'drawn:dewy-spider-web': { height: 0.5, x: 0.5, width: 0.08 },
  // The long fence's flat cap rail, end to end: a cat walks along it.
  'drawn:long-fence': { height: 1, x: 0.5, width: 0.96 },
};

/** Things on top of art with no surface measured sit a little into its top (art is rounded there). */
const DEFAULT_SURFACE: SupportSurface = { height: 0.9, x: 0.5, width: 1 };

/** Where things put "on" this art rest: see SupportSurface. */
export function supportSurface(asset: string): SupportSurface {
  return SURFACES[asset.replace(/-fe0f$/, '')] ?? DEFAULT_SURFACE;
}
