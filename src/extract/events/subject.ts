import type { DocContext } from '../../pipeline/context.js';
import { antecedent, IN_RELATIVE, type PersonAt } from './mentions.js';
import type { DocPerson } from './persons.js';
import { findPosts } from './posts.js';
import { tagsOf } from '../../text/compromise-lexicon.js';

/** Who a cue is about, and who else takes part (the person succeeded, the backer). */
export interface Parties { subjects: PersonAt[]; object: PersonAt | null; byAfter: boolean }

const nearestBefore = (people: PersonAt[], at: number): PersonAt | null => people.filter((p) => p.end <= at).pop() ?? null;
const firstAfter = (people: PersonAt[], at: number): PersonAt | null => people.find((p) => p.start >= at) ?? null;
// "to follow Nordmann as leader", "successor to X", "efterfølge X": the person after is the one succeeded
const PREDECESSOR_CUE = /(?:follow|succeed|replace|successor to|take over from|efterfølge|afløse)\S*\s+$/iu;

// words between an owner and "successor": "his most likely", "X's preferred", "Hansens mest sandsynlige"
const SUCCESSOR_MODIFIERS = 'most|likely|possible|eventual|new|next|preferred|chosen|anointed|designated|favou?red|natural|obvious|mest|mulige|sandsynlige|kommende|nye|næste|foretrukne|udpegede|naturlige|oplagte';

// "X's successor", "his successor", "Hansens mest sandsynlige efterfølger": the possessor is the one succeeded
const POSSESSOR = new RegExp(`(?:['’]s?|(?<![\\p{L}])\\p{Lu}[\\p{L}-]*\\p{Ll}s|\\b(?:his|her|their|hans|hendes))(?:\\s+(?:${SUCCESSOR_MODIFIERS}|more|probable|potential|heir))*\\s+$`, 'iu');

// "as his successor", "som sin/hans efterfølger": a possessive pronoun right before the cue
const POSSESSIVE_PRONOUN = new RegExp(`(?<![\\p{L}])(his|her|their|hans|hendes|deres)\\s+(?:(?:${SUCCESSOR_MODIFIERS}|permanent|permanente)\\s+)*$`, 'iu');
// "... X, its vice chairman, as": the one named is what the statement makes the successor
const AS_BEFORE = /\bas\s+$|\bsom\s+$/iu;

/** "X enjoys broad support", "X has the backing of": the cue is a noun, so the one backed stands before it. */
// ("Y drew support from X", "with the support of X": the noun's "from"/"of" names the backer)
const NOMINAL_BACKING = /\b(?:enjoys?|has|have|had|won|wins|gained|secured|broad|strong|growing|widespread|expects?|expected|drew|draws|drawn|drawing|received|receives|attracted|attracts|garnered|with|nyder|har|vente|venter|forventer|få|får|fik|modtager|modtog|med)\s+(?:(?:the|a|an|its|his|her|their|bred|stor|massiv)\s+)?(?:\p{L}+\s+)?$/iu;
/** "X was appointed", "X er udnævnt": a passive names its subject first. */
// (an adverb between: "was quietly", "blev lørdag", with Danish letters)
const PASSIVE = /\b(?:was|were|is|are|been|be|er|blev|bliver|blevet)\s+(?:\p{L}+\s+)?$/iu;

// ", " / " and " / " or former business secretary ": what joins two people in a list of subjects
// (titles, places and a first name may stand before the surname the mention covers)
// ("John Thune of South Dakota and John Cornyn": a home state or country may follow the first name)
const JOINED = /^(?:\s+(?:of|from|fra)(?:\s+\p{Lu}[\p{L}.-]*){1,3})?\s*(?:,\s*(?:and\s+|or\s+|og\s+|eller\s+)?|\s(?:and|or|og|eller)\s+)((?:[\p{L}'’.-]+\s+){0,6})$/u;
// a verb, article or preposition between two names means a clause, not a list ("X, the source called Y")
const CLAUSE_TAGS = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Gerund', 'Determiner', 'Preposition', 'Pronoun', 'Conjunction', 'Adverb']);
const isListGap = (gap: string): boolean => {
  const m = JOINED.exec(gap);
  return Boolean(m) && m![1].split(/\s+/).every((w) => !w || !tagsOf(w.toLowerCase().replace(/['’]s$/u, '')).some((t) => CLAUSE_TAGS.has(t)));
};

/**
 * "A and former minister B are seen as frontrunners": B and the people listed before B (`step` -1),
 * or A and the people listed after A (`step` 1), in text order.
 */
function coordinated(ctx: DocContext, people: PersonAt[], from: PersonAt, step: 1 | -1 = -1): PersonAt[] {
  const out = [from];
  for (let i = people.indexOf(from) + step; i >= 0 && i < people.length; i += step) {
    const p = people[i];
    const gap = step < 0 ? ctx.text.slice(p.end, out[0].start) : ctx.text.slice(out[out.length - 1].end, p.start);
    if (!isListGap(gap) || out.some((q) => q.person.key === p.person.key)) break;
    if (step < 0) out.unshift(p); else out.push(p);
  }
  return out;
}

// ", who has said he is ready to run," / ", der har sagt ...,": a relative clause closed by a comma
const CLOSED_RELATIVE = /,\s*(?:who|which|der|som)\b[^,]*,/giu;
// reporting verbs: between a subject and a cue, the subject is a speaker; after a name, it is an attribution
const SPEECH = 'said|says|told|added|sagde|siger|tilføjede';
const SPEECH_BETWEEN = new RegExp(`\\b(?:${SPEECH}|warned|stressed)\\b`, 'iu');
// ", who lost to Truss in the summer, is the favourite": a person named inside a relative clause
const RELATIVE_OPEN = /,\s*(?:who|whom|whose|which|der|som)\b[^,]*$/iu;

/** The subject before a cue, looking past a person named inside a relative clause about someone before. */
function outsideRelative(ctx: DocContext, people: PersonAt[], before: PersonAt | null, cue: number): PersonAt | null {
  if (!before) return null;
  const i = people.indexOf(before);
  const earlier = i > 0 ? people[i - 1] : null;
  if (!earlier) return before;
  const between = ctx.text.slice(earlier.end, before.start);
  if (RELATIVE_OPEN.test(between) && /^[^,]*,/u.test(ctx.text.slice(before.end, cue))) return earlier;
  // "Finance Minister X, Ardern's deputy prime minister, had ruled himself out": the possessor in an apposition owns it
  return /^\s*,\s*$/u.test(between) && POSSESSIVE_APPOSITION.test(ctx.text.slice(before.end, cue)) ? earlier : before;
}
const POSSESSIVE_APPOSITION = /^['’]s?\s+(?:[\p{L}-]+\s+){0,4}[\p{L}-]+\s*,/u;

// ", Finance Minister X said." / ", X told reporters": a clause's trailing attribution names its speaker
const TRAILING_SPEAKER_BEFORE = /,\s*(?:[\p{L}'’.-]+\s+){0,4}$/u;
const TRAILING_SPEAKER_AFTER = new RegExp(`^\\s+(?:${SPEECH}|oplyste|oplyser)(?![\\p{L}])`, 'iu');
function speaksAfterClause(ctx: DocContext, p: PersonAt, cueEnd: number): boolean {
  return TRAILING_SPEAKER_BEFORE.test(ctx.text.slice(cueEnd, p.start)) && TRAILING_SPEAKER_AFTER.test(ctx.text.slice(p.end, p.end + 20));
}

// ", finance minister X announced on Friday, ending a search for a successor": a trailing attribution's speaker
const SPEAKS_AFTER = new RegExp(`^\\s+(?:${SPEECH}|announced|announces|confirmed|confirms|oplyste|oplyser|meddelte|meddeler)(?![\\p{L}])`, 'iu');
/**
 * The speaker of a clause's trailing attribution is not the subject of a cue after it: the person
 * named before, in the same sentence, is ("X will be the next governor, Y announced, ending a
 * search for a successor to Z": X succeeds Z). Null when nobody is named there.
 */
function pastSpeaker(ctx: DocContext, people: PersonAt[], nearest: PersonAt | null, cueStart: number): PersonAt | null {
  if (!nearest || !TRAILING_SPEAKER_BEFORE.test(ctx.text.slice(Math.max(0, nearest.start - 40), nearest.start))
    || !SPEAKS_AFTER.test(ctx.text.slice(nearest.end, nearest.end + 24))) return nearest;
  const earlier = nearestBefore(people.filter((p) => p.person.key !== nearest.person.key), nearest.start);
  return earlier && !/[.!?;]\s/u.test(ctx.text.slice(earlier.end, cueStart)) ? earlier : null;
}

/** A post named after `at` before the clause ends. */
function postInClause(ctx: DocContext, at: number): boolean {
  const end = /[.;!?\n]/u.exec(ctx.text.slice(at, at + 160));
  return findPosts(ctx.text, at, at + (end ? end.index : 160)).some((h) => !h.generic);
}

const PARTICIPLE = /^(?:elected|appointed|named|chosen|selected|confirmed|installed|nominated|udnævnt|valgt|udpeget|valgt som|valgt til)$/iu;

/** People after the cue who are not the person being succeeded ("contenders to follow X ... are A, B and C"). */
function listAfter(ctx: DocContext, people: PersonAt[], at: number): PersonAt[] {
  const seen = new Set<string>();
  return people.filter((p) => {
    if (p.start < at || seen.has(p.person.key) || PREDECESSOR_CUE.test(ctx.text.slice(Math.max(at, p.start - 30), p.start))) return false;
    // "A, who was backed by B, and C": B is in a listed person's relative clause
    if (IN_RELATIVE.test(ctx.text.slice(at, p.start))) return false;
    seen.add(p.person.key);
    return true;
  });
}

/**
 * "A of Texas and B are seen as the leading candidates to succeed him": the pronoun after the cue
 * is not one of the cue's subjects; it means someone named before them.
 */
function notTheSubjects(ctx: DocContext, people: PersonAt[], before: PersonAt | null, object: PersonAt | null, persons: DocPerson[]): PersonAt | null {
  if (!before || !object || object.via !== 'pronoun') return object;
  const subjects = new Set(coordinated(ctx, people, before).map((p) => p.person.key));
  if (!subjects.has(object.person.key)) return object;
  const person = antecedent(ctx, persons, object.start, subjects);
  return person ? { ...object, person } : null;
}

/** The person a noun's "of" names right after it ("the resignation of his predecessor X"), or null. */
function ofObject(ctx: DocContext, people: PersonAt[], cueEnd: number): PersonAt | null {
  const after = people.find((p) => p.start >= cueEnd && p.via === 'name');
  return after && /^\s+of\s+(?:[\p{L}'’-]+\s+){0,3}$/u.test(ctx.text.slice(cueEnd, after.start)) ? after : null;
}

// "after her only rival pulled out": a possessive pronoun before a person noun owns the subject, it is not one
// (only before a person: "had his term extended", "when his term ends" are the owner's own)
const OWNER_OF_SUBJECT = /^(?:his|her|their|hans|hendes|deres)\s+(?:[\p{Ll}-]+\s+){0,2}(?:rival|opponent|challenger|deputy|successor|predecessor|wife|husband|son|daughter|father|mother|brother|sister|spokesman|spokeswoman|aide|ally|boss|partner|colleague|modstander|efterfølger|forgænger|kone|søn|datter|talsmand)(?:s|e|er|ne)?(?:\s+(?:would|will|has|had|have|is|was|were|also|then|vil|skal|har|er|var))*\s+$/u;
// "Han mente, at regeringen vil blive tvunget til at gå af", "he said that the government would resign":
// a clause of its own with its own subject between the person and the cue
const EMBEDDED_SUBJECT = /(?:^|[\s,])(?:that|at)\s+(?!(?:he|she|they|han|hun|de)\s)\p{L}+\s+\p{L}/u;
// Danish verb second: "ellers stopper den del af aktiviteten": the subject follows the verb
const SUBJECT_AFTER_DA = /^\s+(?:den|det|de|denne|dette|disse)\s+(?!\d)\p{L}/u;
// the cues whose subject stands before them and is the one who acts
const OTHER_SUBJECT_TYPES = new Set(['departure', 'withdrawal', 'candidacy', 'ruled-out', 'interest']);

/** The person nearest before the cue is not its subject: an owner of it, or a clause with a subject of its own between. */
function notTheSubject(ctx: DocContext, type: string, nearest: PersonAt, cueStart: number, cueEnd: number): boolean {
  if (nearest.via === 'pronoun' && OWNER_OF_SUBJECT.test(ctx.text.slice(nearest.start, cueStart)) && !/^(?:backing|opposition|succession)$/.test(type)) return true;
  if (!OTHER_SUBJECT_TYPES.has(type)) return false;
  return EMBEDDED_SUBJECT.test(ctx.text.slice(nearest.end, cueStart)) || (ctx.language === 'da' && SUBJECT_AFTER_DA.test(ctx.text.slice(cueEnd, cueEnd + 12)));
}

/**
 * Picks the parties of one cue by the cue's type, the way English and Danish order them:
 * holders, leavers and candidates usually stand before the cue ("X has emerged as a contender");
 * the one backed stands after a verb ("allies support X's candidacy"); successions name both.
 */
export function partiesOf(ctx: DocContext, type: string, people: PersonAt[], cueStart: number, cueEnd: number, persons: DocPerson[] = []): Parties {
  const nearest = pastSpeaker(ctx, people, outsideRelative(ctx, people, nearestBefore(people, cueStart), cueStart), cueStart);
  const before = nearest && notTheSubject(ctx, type, nearest, cueStart, cueEnd) ? null : nearest;
  const lead = ctx.text.slice(Math.max(0, cueStart - 40), cueStart);
  const cue = ctx.text.slice(cueStart, cueEnd);
  const none: Parties = { subjects: [], object: null, byAfter: false };
  switch (type) {
    case 'meeting': case 'deadline': return none;
    case 'backing': case 'opposition': {
      // "has the backing of", "enjoys strong support": a noun; "had quietly backed X" is a verb
      if (NOMINAL_BACKING.test(lead) && before && /^(?:backing|support|endorsement|opbakning|støtte)$/iu.test(cue)) return { subjects: [before], object: null, byAfter: true };
      // "Y was backed by most of the party establishment, including X": the passive's subject is the one backed
      if (before && /^\s+by\s/iu.test(ctx.text.slice(cueEnd, cueEnd + 4)) && /\b(?:was|were|is|are|been|being)\s+(?:\p{L}+ly\s+)?$/iu.test(lead)) return { subjects: [before], object: null, byAfter: true };
      const after = firstAfter(people, cueStart);
      return after ? { subjects: [after], object: before, byAfter: /^\s*by\b/iu.test(ctx.text.slice(cueEnd, cueEnd + 5)) } : none;
    }
    case 'succession': {
      const object = notTheSubjects(ctx, people, before, firstAfter(people, cueEnd), persons);
      // "... looks for a permanent replacement, Finance Minister X said": the one after the comma speaks
      if (object && speaksAfterClause(ctx, object, cueEnd)) return none;
      const possessor = POSSESSOR.test(lead) ? nearestBefore(people, cueStart) : null;
      // "the board would propose Martin Blessing, its vice chairman, as his successor": nobody succeeds
      // himself, so a possessive pronoun after the one named as successor means someone before
      const pronoun = POSSESSIVE_PRONOUN.exec(lead);
      // "Chapek, who was handpicked by Iger as his successor": the agent of a passive is the one succeeded,
      // its subject the successor
      const agent = pronoun ? people.find((p) => p.via === 'name' && p.end <= cueStart - pronoun[0].length
        && AS_BEFORE.test(ctx.text.slice(p.end, cueStart - pronoun[0].length)) && /\b(?:by|af)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/u.test(ctx.text.slice(Math.max(0, p.start - 40), p.start))) : undefined;
      if (agent) {
        const subject = nearestBefore(people.filter((p) => p.person.key !== agent.person.key && p.via === 'name'), agent.start);
        return subject ? { subjects: [subject], object: agent, byAfter: false } : none;
      }
      if (possessor && pronoun && possessor.via === 'name' && possessor.end <= cueStart - pronoun[0].length
        && AS_BEFORE.test(ctx.text.slice(possessor.end, cueStart - pronoun[0].length))) {
        const other = antecedent(ctx, persons, cueStart - pronoun[0].length, new Set([possessor.person.key]));
        if (other) return { subjects: [possessor], object: { ...possessor, person: other, via: 'pronoun', start: cueStart - pronoun[0].length, end: cueStart - pronoun[0].length + pronoun[1].length }, byAfter: false };
      }
      if (/^(?:successor|replacement|succession|efterfølger|afløser)/iu.test(cue) && possessor) {
        // "Y was named X's successor"; "X's most likely successor is Y", "Hansens efterfølger er Y"
        const others = people.filter((p) => p.person.key !== possessor.person.key);
        const subject = nearestBefore(others, possessor.start) ?? firstAfter(others, cueEnd);
        return subject ? { subjects: [subject], object: possessor, byAfter: false } : none;
      }
      if (!before || !object || before.person.key === object.person.key) return none;
      // "X will be replaced by Y", "han afløses af Y": the one after "by" succeeds the one before;
      // so does the one a throne is handed to ("overlader tronen til sin søn, kronprins Y")
      if (/^\s+(?:by|af)\s/iu.test(ctx.text.slice(cueEnd, cueEnd + 5)) || /(?:til|to)$/iu.test(cue)) return { subjects: [object], object: before, byAfter: false };
      return { subjects: [before], object, byAfter: false };
    }
    case 'departure': {
      // "the board removed X as chief executive", "ousted X": the one who leaves is the object
      if (/^(?:oust|remov|fired|sack)/iu.test(cue)) {
        // "X was removed": X, right before the passive; "licences would be removed" names nobody
        if (PASSIVE.test(lead)) return before && /^\s*(?:was|were|is|has been|had been|have been)\s+$/iu.test(ctx.text.slice(before.end, cueStart)) ? { subjects: [before], object: null, byAfter: false } : none;
        // the person must be the verb's object: "removed X", "ousted chief executive X", not "dismissed an attempt by ... X"
        const after = firstAfter(people, cueEnd);
        const direct = after && /^\s+(?:[\p{L}'’.-]+\s+){0,3}$/u.test(ctx.text.slice(cueEnd, after.start)) && !/\b(?:an?|by|of)\s/iu.test(ctx.text.slice(cueEnd, after.start));
        return direct && after ? { subjects: [after], object: null, byAfter: false } : none;
      }
      // "after the sudden resignation of his predecessor X": the noun's "of" names the one who leaves
      const after = /^(?:resignation|retirement|departure|exit|ouster|removal)$/iu.test(cue) ? ofObject(ctx, people, cueEnd) : null;
      if (after) return { subjects: [after], object: null, byAfter: false };
      return before ? { subjects: [before], object: null, byAfter: false } : none;
    }
    case 'appointment': case 'nomination': {
      // "X nominated Y": Y; "Y was appointed", "the only candidate nominated": the one before
      // "X took office", "X tiltræder 1. januar", "X became chief executive", "X bliver ny formand":
      // a verb with no object names its subject before it
      const intransitive = /^(?:(?:will|would|shall|is to|are to|set to|due to) be|took office|tak(?:e|es|ing) office|sworn in|tiltræder|tiltrådte|tiltrådt|bec(?:ame|omes?|oming)|t(?:ook|ak(?:e|es|ing)) over as|return(?:s|ed|ing)? as|vend(?:er|te) tilbage som|bliver|blev|overt\p{L}+ (?:posten )?som|konstitueres|t(?:ake|akes|aking|aken|ook) (?:the helm|charge)|serv(?:e|es|ing) as)\b/iu.test(cue);
      // "backed her nomination", "X's appointment": the possessor is the one nominated
      const possessed = /^(?:nomination|appointment|nominering|udnævnelse)$/iu.test(cue) && POSSESSOR.test(lead);
      // "Keir Starmer elected Labour leader, succeeding ...": a headline's passive with no auxiliary,
      // its subject right before the participle and no one named as its object
      const after = firstAfter(people, cueEnd);
      // ("Infantino elected FIFA president to succeed Blatter": the one after "to succeed" is the object)
      const headline = before !== null && /^\s*$/u.test(ctx.text.slice(before.end, cueStart)) && PARTICIPLE.test(cue)
        && (!after || /[,;:]/u.test(ctx.text.slice(cueEnd, after.start)) || PREDECESSOR_CUE.test(ctx.text.slice(cueEnd, after.start)));
      // "X was named on Friday as the next governor": a cue that holds its own auxiliary is a passive too,
      // when a post follows in its clause ("was named best actress" names no post)
      const passive = PASSIVE.test(lead) || (/^(?:was|were|is|are|been|blev|er)\s/iu.test(cue) && postInClause(ctx, cueEnd));
      // the noun alone names nobody: "the appointment of X" is X's, "The appointment follows the withdrawal of Y" not Y's
      if (/^(?:appointment|nomination)$/iu.test(cue) && !possessed) {
        const of = ofObject(ctx, people, cueEnd);
        return of ? { subjects: [of], object: null, byAfter: false } : none;
      }
      // "X overtager topposten", "I stedet overtager rådmand X posten": the one who takes the post, before the verb or
      // (verb second) between it and the post
      if (/^overt/iu.test(cue)) {
        const inverted = after && /\p{L}*posten(?![\p{L}])/u.test(ctx.text.slice(after.end, after.end + 30)) ? after : null;
        const taker = inverted ?? before;
        return taker ? { subjects: [taker], object: null, byAfter: false } : none;
      }
      const subject = passive || intransitive || possessed || headline ? before : after ?? (type === 'nomination' ? before : null);
      return subject ? { subjects: [subject], object: null, byAfter: false } : none;
    }
    case 'candidacy': {
      // "beating six other candidates including X and Y": the ones listed
      if (/^\s*,?\s*(?:including|such as|among them|blandt andre|herunder|bl\.a\.)\s/iu.test(ctx.text.slice(cueEnd, cueEnd + 20))) return { subjects: listAfter(ctx, people, cueEnd), object: null, byAfter: false };
      // "Hans to modkandidater, det tidligere folketingsmedlem X og Y, fik ...": the ones in the apposition after it
      const apposed = firstAfter(people, cueEnd);
      if (apposed && apposed.via === 'name' && /^\s*,\s+(?:[\p{L}'’.-]+\s+){0,4}$/u.test(ctx.text.slice(cueEnd, apposed.start))) return { subjects: coordinated(ctx, people, apposed, 1), object: null, byAfter: false };
      // "Brady said candidates would need ...": the speaker is not a candidate; a reporting verb in the
      // subject's own relative clause does not count ("X, who has said he is ready to run, is seen as a frontrunner")
      const spoke = before && SPEECH_BETWEEN.test(ctx.text.slice(before.end, cueStart).replace(CLOSED_RELATIVE, ','));
      if (before && !spoke && !/[;:]/.test(ctx.text.slice(before.end, cueStart))) return { subjects: coordinated(ctx, people, before), object: null, byAfter: false };
      return { subjects: listAfter(ctx, people, cueStart), object: null, byAfter: false };
    }
    case 'withdrawal': {
      // "after her only rival in the race to succeed David Cameron pulled out": the one succeeded is no subject
      // ("Han afløser X, der trak sig": a relative clause makes X its subject)
      if (before && PREDECESSOR_CUE.test(ctx.text.slice(Math.max(0, before.start - 30), before.start).replace(/(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/u, ''))
        && !/,\s*(?:who|which|der|som)\s/iu.test(ctx.text.slice(before.end, cueStart))) return none;
      // "the withdrawal of X": the noun's "of" names the one who withdraws
      if (/^withdrawal$/iu.test(cue)) {
        const of = ofObject(ctx, people, cueEnd);
        return of ? { subjects: [of], object: null, byAfter: false } : none;
      }
      return before ? { subjects: [before], object: null, byAfter: false } : none;
    }
    default: {
      // "X roser genvalget", "kritiserer forlængelsen": a re-election that X judges is someone else's
      // (not "har takket ja til forlængelsen", which is X's own)
      if (/^(?:genvalget|forlængelsen|udnævnelsen|genudnævnelsen)$/iu.test(cue) && /\b(?:roser|rosede|kritiserer|kritiserede|hilser|hilste|bifalder|bifaldt)\s+$/iu.test(lead)) return none;
      // "if Labour was re-elected": the passive's subject is the word before it, here no person
      if (/^re-?(?:appoint|elect)/iu.test(cue) && PASSIVE.test(lead) && before && !/^\s*(?:was|were|is|are|has been|have been|had been)\s+$/iu.test(ctx.text.slice(before.end, cueStart))) return none;
      const subject = before ?? (type === 'extension' ? firstAfter(people, cueStart) : null);
      return subject ? { subjects: [subject], object: null, byAfter: false } : none;
    }
  }
}
