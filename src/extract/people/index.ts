import nlp from 'compromise';
import type { PersonFact } from '../../model.js';
import type { DocContext } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stages.js';
import type { DocState } from '../../pipeline/state.js';

/** First version: compromise's people() per sentence; surnames link to the full name seen first. */
function extractPeople(ctx: DocContext): PersonFact[] {
  const people: PersonFact[] = [];
  const bySurname = new Map<string, PersonFact>();
  for (const s of ctx.sentences) {
    if (s.end <= ctx.bodyStart) continue;
    const sentence = ctx.text.slice(s.start, s.end);
    const found = nlp(sentence).people().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[];
    for (const f of found) {
      let text = f.text.replace(/['’]s$/u, '').replace(/[^\p{L}]+$/u, '');
      const start = s.start + f.offset.start + (f.text.length - f.text.trimStart().length);
      text = text.trim();
      if (!text) continue;
      const words = text.split(/\s+/);
      const surname = words[words.length - 1];
      let person = bySurname.get(surname);
      if (!person) {
        person = {
          id: `p${people.length + 1}`, name: text, mentions: [], references: [], roles: [], honorifics: [],
          evidence: ctx.evidence('people/compromise', start),
        };
        people.push(person);
        bySurname.set(surname, person);
      } else if (words.length > person.name.split(/\s+/).length) {
        person.name = text;
      }
      person.mentions.push({ ...ctx.span(start, start + text.length), rule: 'people/compromise' });
    }
  }
  return people;
}

export const peopleStage: Stage = {
  name: 'people',
  requires: [],
  provides: ['people'],
  languages: ['en', 'da'],
  run(ctx: DocContext, state: DocState): void {
    state.people = extractPeople(ctx);
  },
};
