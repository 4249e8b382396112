import type { SentenceReading } from '../read/read-sentence.ts';
import type { ScenePlanInput } from '../schema.ts';
import type { ShotSize } from '../vocabulary.ts';

/**
 * "A spider spinning a web between two branches": the web emoji is a small
 * grey icon beside two sprigs, with the spider somewhere near. A web is the
 * drawn orb web strung between its own two twigs (assets/drawn-webs.ts), the
 * branches it was said between are those twigs, the spider sits at its hub
 * working, and the camera comes in close enough for so small a subject. Dew
 * said of it beads the threads.
 */

type EntityDraft = NonNullable<ScenePlanInput['shots'][number]['entities']>[number];
type CameraDraft = { shot?: ShotSize | undefined; target?: string | null | undefined };

const WEB_EMOJI = 'emoji:1f578';
const SPIDER_EMOJI = 'emoji:1f577';
const WEB_NOUN = /\b(web|webs|cobweb|cobwebs|spiderweb|spiderwebs)$/;
/** What a web hangs between: the drawn web brings its own twigs. */
const HOLDS_A_WEB = /^(branch|branches|twig|twigs|stick|sticks|stem|stems|bough|boughs|sprig|sprigs)$/;
const DEW = /^(dew|dewy|dewdrops?|droplets?)$/;
/** Verbs of a spider at its web: it stays at the hub, at work, rather than spinning round. */
const WEB_WORK = new Set(['spin', 'weave', 'build', 'make', 'spinning', 'weaving']);

/** Whether the shot's words say the web is dewy; the dew words are then shown (as beads on the web). */
function saysDew(readings: readonly SentenceReading[]): boolean {
  const dew = readings.flatMap((r) => r.items.flatMap((it) => (it.type === 'unit' ? [it.unit] : it.mention.units)).filter((u) => DEW.test(u.text.toLowerCase())));
  for (const u of dew) u.used = true;
  return dew.length > 0;
}

/** Whether the shot's readings ask for a shot size ("a close-up of", "a wide shot of"). */
function saysShotSize(readings: readonly SentenceReading[]): boolean {
  return readings.some((r) => r.cameras.some((c) => c.unit.meaning.kind === 'camera' && c.unit.meaning.camera.shot !== undefined));
}

/** The web in a shot, if any. */
function webOf(entities: readonly EntityDraft[]): EntityDraft | undefined {
  return entities.find((e) => e.asset === WEB_EMOJI || (e.noun !== undefined && WEB_NOUN.test(e.noun.toLowerCase()) && !/spider$/.test(e.noun)));
}

/**
 * Strings the shot's web, if it has one: drawn art in place of the emoji,
 * the twigs it hangs between taken into it, a spider at its hub and a closer
 * camera when none was asked for. Returns whether there was a web.
 */
export function stringWebs(entities: EntityDraft[], readings: readonly SentenceReading[], camera: CameraDraft): boolean {
  const web = webOf(entities);
  if (!web) return false;
  web.asset = saysDew(readings) ? 'drawn:dewy-spider-web' : 'drawn:spider-web';
  web.category = 'object';
  web.count = 1;
  web.color = null;
  const relation = web.layout?.relation ?? null;
  const heldBy = new Set([relation?.target, relation?.secondTarget].filter((id): id is string => typeof id === 'string'));
  // The twigs it was said between, or any branches in the shot, are the drawn web's own.
  const twigs = new Set(entities.filter((e) => e !== web && (heldBy.has(e.id) || HOLDS_A_WEB.test((e.noun ?? '').toLowerCase())) && e.category === 'plant').map((e) => e.id));
  for (let i = entities.length - 1; i >= 0; i--) if (twigs.has(entities[i]!.id)) entities.splice(i, 1);
  web.layout = { ...web.layout, placement: 'ground', relation: null };
  for (const e of entities) {
    const rel = e.layout?.relation;
    if (rel && (twigs.has(rel.target) || (rel.secondTarget && twigs.has(rel.secondTarget)))) e.layout = { ...e.layout, relation: null };
    if (e.asset !== SPIDER_EMOJI) continue;
    // The spider sits at the hub, at work: no spinning on the spot.
    e.layout = { ...e.layout, placement: 'ground', relation: { kind: 'on', target: web.id, secondTarget: null } };
    e.actions = (e.actions ?? []).map((a) => (WEB_WORK.has(a.verb) && a.motion === 'spin' ? { ...a, motion: 'sway' as const, target: web.id } : a));
  }
  if (camera.shot === 'wide' && !saysShotSize(readings)) {
    // A medium shot of a spider shows its web round it; a web alone needs a close-up to fill the frame.
    const spider = entities.find((e) => e.asset === SPIDER_EMOJI);
    camera.shot = spider ? 'medium' : 'close-up';
    camera.target ??= spider?.id ?? web.id;
  }
  return true;
}
