import type { Lexicon } from '../lexicon/lexicon.ts';
import type { ScenePlanInput } from '../schema.ts';
import type { SettingKind } from '../vocabulary.ts';
import { personVariant } from './person-variants.ts';

/**
 * Holidays read as when, not who (setting-words.ts: "Halloween night",
 * "Christmas morning"), so what shows the holiday is added here: a Christmas
 * tree with gifts at its foot in a room on Christmas, jack-o'-lanterns on
 * Halloween, children going from door to door trick-or-treating. Gifts "with"
 * or "on" a tree lie under it, not on its top.
 */

type EntityDraft = NonNullable<ScenePlanInput['shots'][number]['entities']>[number];

const GIFT = 'emoji:1f381';
const CHRISTMAS_TREE = 'emoji:1f384';
const JACK_O_LANTERN = 'emoji:1f383';
/** Trees gifts can lie under (a Christmas tree, a fir, a broadleaf tree, a palm). */
const TREES = new Set([CHRISTMAS_TREE, 'emoji:1f332', 'emoji:1f333', 'emoji:1f334']);
const INDOOR: ReadonlySet<SettingKind> = new Set(['living-room', 'kitchen', 'classroom', 'cafe']);

/** Which holidays a shot's words name. */
export interface HolidayWords {
  readonly christmas: boolean;
  readonly halloween: boolean;
  readonly trickOrTreat: boolean;
}

/** The holidays named in a shot's words (lowercase unit texts, in order). */
export function holidayWords(texts: readonly string[]): HolidayWords {
  const joined = ` ${texts.join(' ')} `;
  return {
    christmas: /\b(christmas|xmas)\b/.test(joined),
    halloween: /\bhalloween\b/.test(joined),
    trickOrTreat: /\btrick or treat/.test(joined) || /\btrick-or-treat/.test(joined),
  };
}

/** Gifts put "on" a tree ("a christmas tree with presents") lie at its foot. */
export function giftsUnderTrees(entities: EntityDraft[]): void {
  for (const gift of entities) {
    const relation = gift.layout?.relation;
    if (gift.asset !== GIFT || !relation || relation.kind !== 'on') continue;
    const target = entities.find((e) => e.id === relation.target);
    if (target && TREES.has(target.asset)) gift.layout!.relation = { ...relation, kind: 'under' };
  }
}

/**
 * Adds what shows a named holiday when the prompt does not: a Christmas tree
 * with gifts under it in a room, jack-o'-lanterns on Halloween, and two
 * children walking for "trick or treating" when no one else is there.
 */
export function showHolidays(entities: EntityDraft[], words: HolidayWords, setting: SettingKind, lex: Lexicon, extraIds: { next: number }): void {
  const placement = INDOOR.has(setting) ? 'floor' : 'ground';
  const add = (noun: string, count: number, extra: Partial<EntityDraft> = {}): EntityDraft | null => {
    const entry = lex.noun(noun);
    if (!entry) return null;
    const entity: EntityDraft = {
      id: `e${extraIds.next++}`, noun, asset: entry.asset, category: entry.category, count, color: null, size: 1,
      layout: { x: null, depth: 0.3, placement, arrangement: 'row', relation: null }, actions: [], ...extra,
    };
    entities.push(entity);
    return entity;
  };
  if (words.christmas && INDOOR.has(setting) && !entities.some((e) => e.asset === CHRISTMAS_TREE)) {
    const tree = add('christmas tree', 1);
    if (tree && !entities.some((e) => e.asset === GIFT)) {
      add('present', 3, { size: 0.9, layout: { x: null, depth: 0.3, placement, arrangement: 'row', relation: { kind: 'under', target: tree.id, secondTarget: null } } });
    }
  }
  if (words.trickOrTreat && !entities.some((e) => e.category === 'person')) {
    const kids = add('child', 2, { size: 0.75, actions: [{ verb: 'walk', motion: 'walk', start: 0, end: null }] });
    // The walking figure, not the child's face.
    if (kids) kids.asset = personVariant('child', kids.asset, 'walk', 'walk', lex) ?? kids.asset;
  }
  if (words.halloween && !entities.some((e) => e.asset === JACK_O_LANTERN)) add('jack o lantern', 2);
}
