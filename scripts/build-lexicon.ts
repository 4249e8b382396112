import { renameSync, writeFileSync } from 'node:fs';
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
console.log(
  `wrote ${path.relative(process.cwd(), LEXICON_DATA_FILE)}: ${Object.keys(data.nouns).length} nouns, ` +
    `${Object.keys(data.verbs).length} verbs, ${data.emoji.length} emoji, ${(text.length / 1024).toFixed(0)} KiB ` +
    `in ${Math.round(performance.now() - started)} ms`,
);
