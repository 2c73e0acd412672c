#!/usr/bin/env node
// Part of `npm run build`: writes compromise's lexicon (word -> tags) to dist/compromise-lexicon.json.
//
// The people stage reads compromise's lexicon as knowledge (given names, surnames, places,
// honorifics) and never runs its tagger. Importing compromise costs about 1.4 s of CPU, paid again
// by every worker thread; reading this cache costs a few tens of milliseconds. The cache is made from
// the installed compromise at each build, so it always matches it; without it the stage imports
// compromise as before.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';

const root = join(import.meta.dirname, '..');
const lexicon = nlp.model().one.lexicon;
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist', 'compromise-lexicon.json'), JSON.stringify({ compromise: nlp.version, lexicon }));
