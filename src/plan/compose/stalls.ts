import type { Lexicon } from '../lexicon/lexicon.ts';
import { isKind, type Unit } from '../read/unit.ts';
import type { SentenceReading } from '../read/sentence-reading.ts';
import type { ScenePlanInput } from '../schema.ts';

/**
 * A vendor's stall and what it sells: "a hot dog stand", "a lemonade stand",
 * "a fruit stall at a market", "an ice cream cart". The tagger reads "stand"
 * after a food as its verb (a hot dog lying on the crossing) and the noun
 * before "stall" as a mere modifier (an empty stall), so the words are read
 * again here: the stall is drawn (assets/drawn-stalls.ts) and a few of the
 * goods stand on its counter.
 */

type EntityDraft = NonNullable<ScenePlanInput['shots'][number]['entities']>[number];

/** Words for a vendor's stall when a food or plant comes before them. */
const STALL_WORDS = /^(stand|stall|stalls|kiosk|booth|cart|carts)$/;
/** Stall art: the counter under an awning, and the one on wheels. */
const STALL_ART = 'drawn:stall';
const CART_ART = 'drawn:vendor-cart';
const STALL_ASSETS = new Set([STALL_ART, CART_ART]);
/** What a stall sells: things to eat or drink, and flowers and plants. */
const GOODS_CATEGORIES = new Set(['food', 'plant']);
/** How many of the goods stand on the counter. */
const GOODS_COUNT = 3;
/** The goods are small beside the stall (a hot dog is not half a counter). */
const GOODS_SIZE = 0.8;

/** One "goods + stall word" pair read from a sentence. */
interface StallPhrase {
  readonly goods: Unit;
  readonly stall: Unit;
}

/** Every food or plant noun followed directly by a stall word, in the shot's sentences. */
function stallPhrases(readings: readonly SentenceReading[]): StallPhrase[] {
  const found: StallPhrase[] = [];
  for (const r of readings) {
    const units = r.items.flatMap((it) => (it.type === 'unit' ? [it.unit] : it.mention.units));
    for (let k = 1; k < units.length; k++) {
      const stall = units[k]!;
      const goods = units[k - 1]!;
      if (!STALL_WORDS.test(stall.text.toLowerCase()) || !isKind(goods, 'entity')) continue;
      if (!GOODS_CATEGORIES.has(goods.meaning.entry.category) || STALL_ASSETS.has(goods.meaning.entry.asset)) continue;
      found.push({ goods, stall });
    }
  }
  return found;
}

/**
 * Turns each goods-and-stall phrase into a stall with the goods on its
 * counter. A stall the plan already has (its noun was the head) gets the
 * goods; else the goods entity becomes the stall, keeping its id, place and
 * relations, and the goods are added on it. A stall whose own noun names its
 * goods ("ice cream cart") is stocked the same way.
 */
export function stockStalls(entities: EntityDraft[], readings: readonly SentenceReading[], lex: Lexicon, extraIds: { next: number }): void {
  const stocked = new Set<string>();
  for (const { goods, stall } of stallPhrases(readings)) {
    const goodsNoun = goods.text.toLowerCase();
    const art = /^carts?$/.test(stall.text.toLowerCase()) ? CART_ART : STALL_ART;
    let stallEntity = entities.find((e) => !stocked.has(e.id) && (STALL_ASSETS.has(e.asset) || isKind(stall, 'entity') && e.noun.toLowerCase() === stall.text.toLowerCase()));
    const goodsEntity = entities.find((e) => e.noun.toLowerCase() === goodsNoun && !stocked.has(e.id));
    if (stallEntity) {
      if (goodsEntity) entities.splice(entities.indexOf(goodsEntity), 1);
    } else if (goodsEntity) {
      stallEntity = goodsEntity;
    } else continue;
    Object.assign(stallEntity, { noun: `${goodsNoun} ${stall.text.toLowerCase()}`, asset: art, category: 'object', count: 1, color: null, size: 1, actions: [] });
    stall.used = true;
    goods.used = true;
    stocked.add(stallEntity.id);
    entities.push(goodsOn(stallEntity, goodsNoun, goods.meaning.kind === 'entity' ? goods.meaning.entry : null, extraIds));
  }
  // "An ice cream cart": the lexicon's own name for the cart carries its goods.
  for (const cart of entities.filter((e) => STALL_ASSETS.has(e.asset) && !stocked.has(e.id))) {
    const words = cart.noun.toLowerCase().split(' ');
    if (words.length < 2) continue;
    const entry = lex.noun(words.slice(0, -1).join(' '));
    if (!entry || !GOODS_CATEGORIES.has(entry.category)) continue;
    stocked.add(cart.id);
    entities.push(goodsOn(cart, words.slice(0, -1).join(' '), entry, extraIds));
  }
}

/** A few of the goods on a stall's counter. */
function goodsOn(stall: EntityDraft, noun: string, entry: { asset: string; category: string } | null, extraIds: { next: number }): EntityDraft {
  return {
    id: `e${extraIds.next++}`,
    noun,
    asset: entry?.asset ?? stall.asset,
    category: (entry?.category ?? 'food') as EntityDraft['category'],
    count: GOODS_COUNT,
    color: null,
    size: GOODS_SIZE,
    layout: { x: null, depth: stall.layout?.depth ?? 0.3, placement: stall.layout?.placement ?? 'ground', arrangement: 'row', relation: { kind: 'on', target: stall.id, secondTarget: null } },
    actions: [],
  };
}
