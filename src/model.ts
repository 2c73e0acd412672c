/**
 * The fact model. Every fact that leaves a document carries provenance: the
 * document id, code-point offsets into the decoded text (see ../shared/CONTRACT.md),
 * the evidence sentence and the rule that produced it.
 *
 * Field names that CONTRACT.md fixes are marked "contract"; keep their names and meanings.
 */

/** ISO 639-1 language code, or "und" when the detector cannot tell. */
export type Language = 'en' | 'da' | 'und' | (string & {});

/** A piece of the document text. `start`/`end` count Unicode code points (contract). */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** Where a fact comes from: checkable by a researcher. */
export interface Evidence {
  /** Document id (contract `documents[].id`). */
  document: string;
  /** The rule that produced the fact, as `stage/rule-name`, e.g. `people/title-before-name`. */
  rule: string;
  /** Index of the evidence sentence in the document. */
  sentence: number;
  /** The evidence sentence itself. */
  sentenceText: string;
  /** Code-point offsets of the evidence sentence. */
  sentenceStart: number;
  sentenceEnd: number;
}

/** How sure the text is about a fact: stated outright, or implied (inferred by the tool). */
export type Certainty = 'stated' | 'implied';

export interface Mention extends Span {
  rule: string;
}

/** A pronoun or description that refers to a person ("he", "the Dutch prime minister"). */
export interface Reference extends Span {
  kind: 'pronoun' | 'description' | 'organization';
  rule: string;
}

export type RoleQualifier = 'former' | 'deputy' | 'acting' | 'outgoing' | 'incoming' | 'designate' | 'interim' | 'vice' | (string & {});

export interface Role extends Span {
  /** Contract: the title as a phrase, e.g. "Prime Minister", "Secretary General", "statsminister". */
  title: string;
  /** Contract: the organisation (short canonical name), or null. */
  org: string | null;
  /** Contract: the country (English short name), or null. */
  country: string | null;
  /** Contract: a past role. */
  former: boolean;
  qualifiers: RoleQualifier[];
  /** Party tag or party name where stated ("(S)", "Labour"). */
  party?: string | null;
  /** TIMEX3 values bounding the role where stated ("since 2014"). */
  since?: string | null;
  until?: string | null;
  /** For candidacy and succession ("the only candidate for secretary general", "will succeed X"):
   *  the post the person seeks or takes, e.g. "secretary general (NATO)". */
  post?: string | null;
  evidence: Evidence;
}

export interface PersonFact {
  /** Per-document id, "p1", "p2", ... in order of first mention. */
  id: string;
  /** Contract: canonical full name as written in the text. */
  name: string;
  /** Contract: places where the person is named (name only). */
  mentions: Mention[];
  /** Pronouns and descriptions that refer to the person. */
  references: Reference[];
  /** Contract: roles. */
  roles: Role[];
  /** Honorifics seen before the name (Mr, Dr, Mullah). */
  honorifics: string[];
  evidence: Evidence;
}

export type DateType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateFact extends Span {
  /** Contract: TIMEX3 value, or null when it cannot be resolved. */
  value: string | null;
  /** Contract. */
  type: DateType;
  /** TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, ON_OR_BEFORE, ... */
  mod?: string;
  /** Whether the value came from the text alone or needed the document date. */
  anchored: boolean;
  evidence: Evidence;
}

export type SpeakerKind = 'person' | 'outlet' | 'organization' | 'anonymous' | 'unknown';

export interface Speaker {
  /** Contract. */
  name: string | null;
  /** Contract. */
  kind: SpeakerKind;
  /** Contract: the words naming the speaker where the quote is attributed. */
  text: string;
  start?: number;
  end?: number;
  /** Per-document person id when the speaker is a known person. */
  person?: string;
  /** Outlet through which the words reached us ("told Sputnik", "ifølge VG"). */
  via?: string | null;
}

export interface QuoteFact extends Span {
  /** A phrase quoted inside a sentence rather than a full quotation. */
  partial: boolean;
  /** Contract. */
  speaker: Speaker | null;
  /** The attribution verb or phrase ("said", "according to", "svarede"). */
  cue?: Span | null;
  /**
   * A quotation in pieces (interrupted by its attribution, '"A," he said. "B."', or run over
   * paragraphs): the inner text of each piece. start/end then span from the first piece to the
   * last, so `text` holds what stands between them too; read the pieces for the quoted words.
   */
  parts?: Span[];
  evidence: Evidence;
}

/** Qualifiers that name another post than the title alone: a deputy director-general is no director-general. */
const RANK_QUALIFIERS = ['acting', 'interim', 'deputy', 'vice'];

/** The title with its rank qualifiers before it ("deputy director-general", "acting head"), unless the title has them. */
export function rankedTitle(r: { title: string; qualifiers?: RoleQualifier[] }): string {
  const low = r.title.toLowerCase();
  const q = RANK_QUALIFIERS.filter((w) => r.qualifiers?.includes(w) && !low.includes(w));
  return q.length ? `${q.join(' ')} ${r.title}` : r.title;
}

/** The quoted words of a quotation: its pieces joined with " … " when it has several. */
export function quotedWords(q: QuoteFact): string {
  return q.parts && q.parts.length > 1 ? q.parts.map((p) => p.text).join(' … ') : q.text;
}

export type SourceKind = 'person' | 'outlet' | 'organization' | 'anonymous' | 'document';

export interface SourceFact extends Span {
  /** Contract. */
  kind: SourceKind;
  /** Contract: canonical name, or null for anonymous sources. */
  name: string | null;
  /** How many sources the text says ("two senior NATO officials" -> 2). */
  count?: number | null;
  /** Affiliation of an anonymous source ("NATO", "US", "allied governments"). */
  affiliation?: string | null;
  /** The condition of anonymity as stated. */
  anonymity?: string | null;
  /** The outlet the source reached us through ("told Sputnik"). */
  via?: string | null;
  evidence: Evidence;
}

export type ClaimCertainty = 'certain' | 'likely' | 'possible' | 'uncertain' | 'denied';

export interface ClaimFact {
  source: { name: string | null; kind: SpeakerKind; text: string };
  via: string | null;
  cue: Span;
  content: Span;
  certainty: ClaimCertainty;
  hedges: string[];
  direct: boolean;
  evidence: Evidence;
}

/** Succession-related statements found in one document; the story is built from these. */
export type EventType =
  | 'holds' | 'extension' | 'candidacy' | 'interest' | 'nomination' | 'backing' | 'opposition'
  | 'withdrawal' | 'ruled-out' | 'appointment' | 'succession' | 'departure' | 'meeting' | 'deadline'
  | (string & {});

export interface EventFact extends Span {
  type: EventType;
  /** Per-document person id and name of the subject. */
  person: string | null;
  personName: string | null;
  /** Other participants: the person succeeded, the backer, ... */
  object?: string | null;
  org: string | null;
  position: string | null;
  /** TIMEX3 values the statement gives. */
  date?: string | null;
  /** New end of a term (extensions), or the end of a period. */
  until?: string | null;
  certainty: ClaimCertainty;
  /** Free-form extras (reason, count, backer; `backers`: every one of a list, "France, Germany and Britain back X"). */
  details?: Record<string, string | number | boolean | null | string[]>;
  evidence: Evidence;
}

export interface DocumentDate {
  /** Contract: TIMEX3 value or null. */
  value: string | null;
  /** Contract. */
  source: 'header' | 'option' | 'inferred' | 'none';
  confidence?: number;
  /** Why the inferred value was chosen. */
  reason?: string;
  evidence?: Evidence | null;
}

export interface DocumentResult {
  /** Contract: path relative to the directory given, or the file name; "-" for stdin. */
  id: string;
  /** Contract. */
  language: Language;
  date: DocumentDate;
  /** Header span (" date 2023-06-17 ") when present; facts are not taken from it. */
  header: Span | null;
  sentences: number;
  people: PersonFact[];
  dates: DateFact[];
  quotes: QuoteFact[];
  sources: SourceFact[];
  claims: ClaimFact[];
  events: EventFact[];
  /** Non-fatal problems met while reading the document (decoding, ...). */
  warnings: string[];
  /** Present when the document is one part of a file too large to read whole (`--max-chars`). */
  part?: DocumentPart;
}

/** Where a part of a very large file sits in it: offsets of the part's facts plus `offset` are offsets in the file. */
export interface DocumentPart {
  /** Id of the whole file. */
  of: string;
  /** 1-based number of the part, and how many parts the file has. */
  index: number;
  count: number;
  /** Code-point offset of the part's first character in the file. */
  offset: number;
}

export interface MergedRole {
  title: string;
  org: string | null;
  country: string | null;
  former: boolean;
  documents: string[];
}

export interface MergedPerson {
  /** Contract. */
  name: string;
  /** Contract. */
  aliases: string[];
  /** Contract. */
  documents: string[];
  mentions: number;
  roles: MergedRole[];
  /** Why the entries were merged ("same full name", "surname + role"). */
  mergedBy: string[];
}

export interface TimelineEntry {
  date: string;
  event: string;
  type: string;
  people: string[];
  documents: string[];
  sources: string[];
  certainty: ClaimCertainty | 'stated' | 'implied';
  /** Story timelines: whether the date comes from the text or is the document's date. */
  dated?: 'text' | 'document';
  evidence: Evidence[];
}

export interface Story {
  organization: string | null;
  position: string | null;
  holders: { name: string; from: string | null; to: string | null; evidence: Evidence[] }[];
  incumbent: { name: string; since: string | null; termEnd: string | null; evidence: Evidence[] } | null;
  successor: { name: string; status: string; evidence: Evidence[] } | null;
  candidates: { name: string; status: string; role: string | null; backers: string[]; opponents: string[]; documents: string[]; dates?: string[]; evidence: Evidence[] }[];
  /** status: done, agreed or proposed; duration and previousEnd where the text gives them. */
  extensions: { end: string | null; reason: string | null; documents: string[]; evidence: Evidence[]; status?: string; duration?: string | null; previousEnd?: string | null }[];
  /** deadline: a meeting the decision is due before ("before the Vilnius summit"). */
  meetings: { name: string; place: string | null; date: string | null; documents: string[]; deadline?: boolean }[];
  timeline: TimelineEntry[];
  disagreements: { about: string; claims: { value: string; documents: string[]; sources: string[] }[] }[];
  evidenceCount: number;
}

export interface InputError {
  path: string;
  code: string;
  message: string;
}

export interface CorpusResult {
  schemaVersion: 1;
  generator: { name: string; version: string };
  documents: DocumentResult[];
  people: MergedPerson[];
  timeline: TimelineEntry[];
  story: Story | null;
  stories: Story[];
  errors: InputError[];
}
