import type { ClaimCertainty, EventFact } from '../../model.js';
import type { DocContext } from '../../pipeline/context.js';
import type { SentenceSpan } from '../../text/sentences.js';
import { durationOf, extensionCount, groupOrCountry, listedBefore, reasonOf, untilDate, type DateAt } from './details.js';
import { meetingOf } from './meeting.js';
import type { PersonAt } from './mentions.js';
import type { Parties } from './subject.js';
import type { Target } from './target.js';
import type { LangCues, Rule } from './vocabulary.js';

export interface CueSite {
  ctx: DocContext; cues: LangCues; rule: Rule; start: number; end: number; sentence: SentenceSpan;
  subject: PersonAt | null; parties: Parties; target: Target; dates: DateAt[]; certainty: ClaimCertainty; people: PersonAt[];
}

type Details = Record<string, string | number | boolean | null | string[]>;
const JUST_PAST = /\b(?:was|were|has been|have been|had been|had (?:\w+ ){0,2}|already|blev(?: \w+)?|er blevet|var)\s+$/iu;
const DA_PARTICIPLE = /^(?:udnævnt|udpeget|valgt|konstitueret|indsat|tiltrådt)\b/iu;
const PAST = /\b(?:was|were|has|have|had|already|previously|last year|blev|er blevet|var|har|sidste år)\b/iu;
// "which was set to conclude in October 2022, was extended": the end before the extension
const PREVIOUS_END = /\b(?:was|had been)\s+(?:set|due|scheduled)\s+to\s+(?:conclude|end|expire)|skulle\s+(?:udløbe|slutte)/iu;

// "pressure is mounting on members to endorse X", "likely to influence more allies to back X": hoped for, not done
const PROSPECTIVE = /\b(?:pressure|urg\w*|ask\w*|call\w* on|push\w*|influence|persuade|convince|lobby\w*|hope\w*|opfordr\w*|pres\w*)\b[^,;]{0,45}\b(?:to|at)\s+$/iu;
const NEGATED = /\b(?:not|never|no longer|ikke|aldrig)\b[^,;]*$/iu;
// "his term will not be extended", "she won't step down", "han bliver ikke forlænget": the cue itself
// is negated (two words between at most; "has not said whether she will stay" is an open question)
const DENIED = /\b(?:not|never|no longer|ikke|aldrig)\s+(?:[\p{L}-]+\s+){0,2}$|n['’]t\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const DENIABLE = new Set(['extension', 'departure']);

/** The clause around a cue: between the commas, semicolons or colons that enclose it. */
function clauseOf(ctx: DocContext, sentence: SentenceSpan, start: number, end: number): [number, number] {
  const before = ctx.text.slice(sentence.start, start);
  const after = ctx.text.slice(end, sentence.end);
  const b = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  const a = after.search(/[,;:]/);
  return [b >= 0 ? sentence.start + b + 1 : sentence.start, a >= 0 ? end + a : sentence.end];
}

const nearest = (dates: DateAt[], at: number): DateAt | null =>
  dates.filter((d) => d.type === 'DATE').sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0] ?? null;

/** Tense of the statement: what happened ("was extended") or what is to come ("will succeed"). */
function tenseOf(site: CueSite): string {
  const { ctx, cues } = site;
  // "was extended", "has already had his term extended", "blev han forlænget": the auxiliary right before decides
  const lead = ctx.text.slice(Math.max(site.sentence.start, site.start - 25), site.start);
  if (JUST_PAST.test(lead)) return 'past';
  // "Pia Olsen Dyhr er valgt som ny formand": a Danish perfect passive is done
  // ("er som ventet blevet valgt som": a few words and 'blevet' may stand between)
  if (ctx.language === 'da' && DA_PARTICIPLE.test(ctx.text.slice(site.start, site.end)) && /\ber\s+(?:\p{L}+\s+){0,3}$/u.test(lead)) return 'past';
  // "She succeeded X": a simple past with no future marker before it
  // (Danish simple pasts end in -te/-ede: "han afløste X", "hun efterfulgte X", "trådte tilbage")
  const cueWord = ctx.text.slice(site.start, site.end);
  // ("stepped down", "handed the reins to": the first word decides)
  const simplePast = ctx.language === 'da' ? /^\p{L}+(?:te|ede)$|^(?:trådte|gik|overtog|trak)\s/u : /^\p{L}+ed\b|^(?:took|became|stood|left|quit|won|ran)\b/u;
  if (simplePast.test(cueWord) && !cues.future.test(lead) && !/\b(?:to|be|at)\s+$/iu.test(lead)) return 'past';
  // "became CEO in February 2020, succeeding X": a participle takes the tense of the verb it follows
  const clauseBefore = ctx.text.slice(site.sentence.start, site.start);
  if (/^\p{L}+ing\b/u.test(cueWord) && /,\s*$/u.test(clauseBefore) && /\b(?:became|took|was|were|won|\p{L}{3,}ed)\b/u.test(clauseBefore) && !cues.future.test(clauseBefore)) return 'past';
  const around = ctx.text.slice(Math.max(site.sentence.start, site.start - 40), Math.min(site.sentence.end, site.end + 10));
  if (cues.future.test(around)) return 'future';
  return PAST.test(around) ? 'past' : 'present';
}

// steps taken on a day (not states such as a candidacy, which hold on the day they are reported)
const STEPS = new Set(['departure', 'appointment', 'succession', 'extension']);
// a date that dates a reporting verb: "said on Friday", "told reporters on Monday", "sagde mandag"
const SAID_ON = /\b(?:said|says|told(?: \p{L}+)?|announced|sagde|siger|oplyste|oplyser|meddelte)\s+(?:on\s+|late\s+|early\s+|i\s+|på\s+)?$/iu;

/** Type-specific details: dates, durations, counts, reasons, backers, meetings. */
function detailsOf(site: CueSite): { date: string | null; until: string | null; details: Details } | null {
  const { ctx, cues, start, end, sentence } = site;
  const text = ctx.text.slice(sentence.start, sentence.end);
  const details: Details = { tense: tenseOf(site) };
  // "since 2014" dates the holding, not the other statements of the sentence
  const own = site.rule.type === 'holds' ? site.dates : site.dates.filter((d) => !/\b(?:since|siden)\s+$/iu.test(ctx.text.slice(Math.max(sentence.start, d.start - 8), d.start))
    // "Sunak said on Friday he would step down": the day of the saying is not the day of a step still ahead
    && !(details.tense === 'future' && STEPS.has(site.rule.type) && SAID_ON.test(ctx.text.slice(Math.max(sentence.start, d.start - 24), d.start))));
  switch (site.rule.type) {
    case 'holds': {
      const since = own.find((d) => d.type === 'DATE' && d.start >= end - 6 && d.start - end < 20);
      return since ? { date: since.value, until: null, details: { ...details, since: since.value } } : null;
    }
    case 'extension': {
      const prev = PREVIOUS_END.exec(text);
      const previousEnd = prev ? own.find((d) => d.type === 'DATE' && d.start > sentence.start + prev.index && d.start - (sentence.start + prev.index) < 60) : null;
      const until = untilDate(ctx, cues, own.filter((d) => d !== previousEnd), sentence.start, sentence.end);
      const other = own.filter((d) => d !== until && d !== previousEnd && d.type === 'DATE');
      Object.assign(details, { duration: durationOf(cues, text), count: extensionCount(text), reason: reasonOf(cues, text), previousEnd: previousEnd?.value ?? null });
      const [cs, ce] = clauseOf(ctx, sentence, start, end);
      return { date: nearest(other.filter((d) => d.start >= cs && d.end <= ce), start)?.value ?? null, until: until?.value ?? null, details };
    }
    case 'departure': {
      if (PREVIOUS_END.test(ctx.text.slice(Math.max(sentence.start, start - 15), end))) return null;
      const [cs, ce] = clauseOf(ctx, sentence, start, end);
      const inClause = own.filter((d) => d.type === 'DATE' && d.start >= cs && d.end <= ce);
      const after = inClause.find((d) => d.start >= end);
      return { date: (after ?? nearest(inClause, start))?.value ?? null, until: null, details };
    }
    case 'meeting': case 'deadline': {
      const meeting = meetingOf(ctx, start, end, sentence, own);
      if (site.rule.type === 'deadline' && !meeting.date) return null;
      return { date: meeting.date, until: null, details: { ...details, ...meeting.details } };
    }
    default: {
      // "would not be supported by": a negated backing says nothing about who backs whom
      if (site.rule.type === 'backing' && NEGATED.test(ctx.text.slice(Math.max(sentence.start, start - 20), start))) return null;
      const [cs, ce] = clauseOf(ctx, sentence, start, end);
      const date = nearest(own.filter((d) => d.start >= cs && d.end <= ce), start)?.value ?? null;
      return { date, until: null, details: { ...details, ...backerOf(site), ...statusOf(site, text) } };
    }
  }
}

const INCLUDING = /[,\s](?:including|such as|among them|blandt andre|herunder)\s/iu;

/** Backers and opponents: a person before a verb cue, or a group or country ("more than 20 NATO allies"). */
function backerOf(site: CueSite): Details {
  if (site.rule.type !== 'backing' && site.rule.type !== 'opposition') return {};
  const { ctx, parties, sentence, start, end } = site;
  const [cs, ce] = clauseOf(ctx, sentence, start, end);
  const [from, to] = parties.byAfter ? [end, ce] : [cs, start];
  const other = parties.object && parties.object.person.key !== site.subject?.person.key ? parties.object : null;
  // "Joe Biden is backing X": the backer is the person just before the verb, with no other clause between
  // ("U.S. blocks X as WTO head, backs Y": a comma after the object, not an apposition's, ends its clause)
  const between = other ? ctx.text.slice(other.end, start) : '';
  // ("Starmer leads race to succeed Corbyn as Unite backs Long-Bailey": a conjunction starts another clause)
  const near = other && !parties.byAfter && !/\b(?:but|and|as|while|when|after|because|men|og|mens|da|fordi)\b/iu.test(between) && !(/,/.test(between) && !/^\s*,/.test(between)) && start - other.end < 50;
  // "drew support from business minister X", "backed by ..., including X and Y": people named after a noun or passive cue
  // (a list after "including" may run past the clause: "backed by most of the establishment, including X and Y")
  const listEnd = INCLUDING.test(ctx.text.slice(end, ce + 16)) ? sentence.end : ce;
  const after = parties.byAfter ? site.people.filter((p) => p.via === 'name' && p.start >= end && p.end <= listEnd && p.person.key !== site.subject?.person.key) : [];
  const named = [...new Set(after.filter((p, i) => i === 0 || /^\s*(?:,\s*(?:and\s+)?|and\s+|og\s+)(?:(?:the\s+)?[\p{L}'’.-]+\s+){0,5}$/u.test(ctx.text.slice(after[i - 1].end, p.start))).map((p) => p.person.name))];
  const person = near ? other.person.name : named[0] ?? null;
  const group = person ? null : groupOrCountry(ctx, from, to, parties.byAfter ? end : start);
  const backer = person ?? group?.text ?? null;
  const hopeful = PROSPECTIVE.test(ctx.text.slice(Math.max(sentence.start, start - 60), start));
  // "The European Union, Japan and China all support X": every one listed backs
  const listed = group && !parties.byAfter ? listedBefore(ctx, sentence.start, group.at, group.text) : [];
  const backers = named.length > 1 ? named : listed.length > 1 ? listed : [];
  return { backer, backerKind: person ? 'person' : group ? 'group' : null, prospective: hopeful, ...(backers.length ? { backers } : {}) };
}

function statusOf(site: CueSite, text: string): Details {
  if (site.rule.type !== 'candidacy') return {};
  const status = site.cues.status.find((s) => s.re.test(text))?.status ?? 'candidate';
  return { status };
}

// "his bid to replace her", "the race to succeed him", "hopes to succeed": a wish, not a succession
const HOPED = /\b(?:bid|race|contest|campaign|battle|fight|candidates?|contenders?|candidacy|candidature|ambitions?|hopes?|hoping|wants?|wanting|seeks?|seeking|aims?|aiming|vying|compete|competes|competing|kampen|kandidatur|håber|ønsker)\s+(?:to|om at|at|til at)\s+$/iu;
// a succession hoped for is possible; an appointment hoped for is no appointment (describe)
const HOPED_TYPES = new Set(['succession', 'appointment']);
/** The words of the cue's sentence in the `n` characters before the cue. */
const textBefore = (site: CueSite, n: number): string => site.ctx.text.slice(Math.max(site.sentence.start, site.start - n), site.start);

function hoped(site: CueSite): boolean {
  return HOPED_TYPES.has(site.rule.type) && HOPED.test(textBefore(site, 20));
}

// "the favourite to replace her", "tipped to succeed him": expected, not done
const TIPPED = /\b(?:favou?rite|front-?runner|tipped|likely|expected|poised|set|favorit(?:ten)?)\s+(?:to|til at)\s+$/iu;
function tipped(site: CueSite): boolean {
  return HOPED_TYPES.has(site.rule.type) && site.certainty === 'certain' && TIPPED.test(textBefore(site, 20));
}

// "she would like to serve a second term", "han ønsker at fortsætte": a wish, not a decision
const WISHED = /\b(?:would like|would love|wants?|wanted|hopes?|hoped|hoping|wishes|ønsker|håber|vil gerne)\s+(?:to|at)\s+(?:\p{L}+\s+)?$/iu;
function wished(site: CueSite): boolean {
  return site.rule.type === 'extension' && WISHED.test(textBefore(site, 30));
}

function denied(site: CueSite): boolean {
  return DENIABLE.has(site.rule.type) && DENIED.test(textBefore(site, 30));
}

// "will serve as interim chief executive", "named acting governor", "konstitueret som direktør": a stand-in, not the successor
const INTERIM = /(?<![\p{L}])(?:interim|acting|caretaker|temporary|temporarily|stand-in|fungerende|konstitueret|konstitueres|midlertidig|midlertidigt)(?![\p{L}])/iu;
const INTERIM_TYPES = new Set(['appointment', 'nomination', 'succession']);
function interim(site: CueSite): boolean {
  return INTERIM_TYPES.has(site.rule.type) && INTERIM.test(site.ctx.text.slice(site.start, Math.min(site.sentence.end, site.end + 40)));
}

/** One EventFact for a cue and its subject, or null when the cue says nothing usable. */
export function describe(site: CueSite): EventFact | null {
  const { ctx, rule, subject, parties, target, start, end } = site;
  // "X's candidacy to become the next ...": a hope, which the candidacy cue states; no appointment
  if (rule.type === 'appointment' && hoped(site)) return null;
  const info = detailsOf(site);
  if (!info) return null;
  const person = subject?.person ?? null;
  return {
    ...ctx.span(start, end),
    type: rule.type,
    person: person?.id ?? null,
    personName: person?.name ?? null,
    object: rule.type === 'succession' ? parties.object?.person.name ?? null
      : info.details.backerKind === 'person' && typeof info.details.backer === 'string' ? info.details.backer : null,
    org: target.org,
    position: target.position,
    date: info.date,
    until: info.until,
    certainty: info.details.prospective || hoped(site) || wished(site) ? 'possible' : denied(site) ? 'denied' : tipped(site) ? 'likely' : site.certainty,
    details: { ...info.details, ...(interim(site) ? { interim: true } : {}), role: person?.role ?? null, roleCountry: person?.country ?? null, rolePost: person?.post ?? null, via: subject?.via ?? null, generic: target.generic, genericPost: target.genericWord ?? null, ...(target.subUnit ? { subUnit: true } : {}), ...(target.also ? { alsoPosition: target.also } : {}) },
    evidence: ctx.evidence(`events/${rule.type}`, start),
  };
}
