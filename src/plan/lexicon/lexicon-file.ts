import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the generated lexicon data lives (written by `npm run lexicon`, read by the planner). */
export const LEXICON_DATA_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lexicon-data.json');
