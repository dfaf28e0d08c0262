// Core data model. One immutable normalised text per article; everything else is a span into it
// ({ start, end } in UTF-16 code units, as String.prototype.slice). Every mention and event records
// the rule (or dictionary entry) that produced it.

export interface Span {
  start: number;
  end: number;
}

/** What a reader hands the pipeline: one article as it arrived. */
export interface ArticleInput {
  id: string;
  text: string;
  title?: string;
  published?: string;
  /** The source knows the publication date to the month only. */
  publishedApprox?: boolean;
  outlet?: string;
  url?: string;
  /** Where it came from: file path (and line for JSONL). */
  origin?: string;
}

export type DatePrecision = 'day' | 'month' | 'season' | 'year';

export interface TimeValue {
  /** ISO-like value at its precision: 2015-07-20, 2015-07, 2015. */
  value: string;
  precision: DatePrecision;
  /** 'text' when a time expression in the article gave it, 'published' when inferred from the date line. */
  source: 'text' | 'published';
  /** A period's last value at the same precision: the end of a range ("between 2012 and 2014" → 2014) or decade (1999). */
  end?: string;
  /** The part of the period the text names: "early 2015", "mid-July", "late last year". */
  part?: 'early' | 'mid' | 'late';
}

/** An article after normalisation: the one text all spans point into. */
export interface Article {
  id: string;
  text: string;
  /** The original text as received, before normalisation. */
  original: string;
  title?: string;
  published?: TimeValue;
  /** Raw published string as given, kept for provenance. */
  publishedRaw?: string;
  outlet?: string;
  url?: string;
  contentHash: string;
}

export interface Sentence extends Span {
  index: number;
  /** True for the headline (the first line standing alone). */
  headline?: boolean;
}

export interface Token extends Span {
  text: string;
  lower: string;
}

export type ActorType = 'state' | 'group' | 'igo' | 'person';

/** CAMEO agent codes for roles. */
export type Role = 'GOV' | 'MIL' | 'REB' | 'OPP' | 'MED' | 'BUS' | 'CVL' | 'JUD' | 'LEG' | 'SPY' | 'COP' | 'INS' | 'UAF';

/** A reference to an actor as events and exports carry it. */
export interface ActorRef {
  id: string;
  type: ActorType;
  name: string;
  role?: Role;
  /** A group's home country (ISO3), as CAMEO prefixes its code (PKK → TUR): where analysts file it by country. */
  country?: string;
}

/** An actor mention in text: a span resolved to a catalogue entry (or a person). */
export interface Mention extends Span {
  sentence: number;
  actor: ActorRef;
  /** For a person: the state or group they act for. */
  affiliation?: { id: string; type: ActorType; role?: Role };
  /** How it was written in the text. */
  text: string;
  /** Kind of mention: a name, a demonym adjective, a capital used as metonym, a pronoun or back-reference. */
  kind: 'name' | 'demonym' | 'capital' | 'alias' | 'person' | 'reference';
  /** A capital named as a place ("a visit to Ankara"): the state it stands for, usable only as an event's target. */
  locative?: boolean;
  rule: string;
}

export interface PlaceRef {
  /** How it is written (first mention). */
  text: string;
  name: string;
  lat: number;
  lon: number;
  country?: string; // ISO-3
  geonameid?: number;
  featureCode?: string;
  spans: Span[];
  rule: string;
}

export interface DateMention extends Span {
  sentence: number;
  text: string;
  time: TimeValue;
  rule: string;
  /** What a relative expression was counted from: the publication date ("on Friday", "last month") or another
   *  time expression of the text ("the next day", "the coup night"); absent when the text names the year. */
  anchor?: 'published' | 'text';
  /** For anchor 'text': the time expression it was counted from. */
  reference?: Span;
  /** The text the expression governs: its clause, carried into following pronoun-led sentences without a time of
   *  their own (time stage, data/time/scope.json). An event takes the nearest expression whose scope holds its trigger. */
  scope?: Span;
}

export type EventStatus = 'occurred' | 'future' | 'hypothetical' | 'negated';

export interface PloverCode {
  type: string;
  mode?: string;
  context?: string;
}

export interface Evidence {
  sentence: number;
  start: number;
  end: number;
  trigger: Span;
  text: string;
  /** The lexicon entry (or rule) that fired. */
  rule: string;
}

export interface Event {
  id: string; // `${articleId}#${n}`
  source: ActorRef;
  target: ActorRef | null;
  cameo: string;
  root: string;
  plover?: PloverCode;
  goldstein?: number;
  quad?: number;
  status: EventStatus;
  /** The cue that set a non-occurred status. */
  statusCue?: string;
  attribution?: ActorRef;
  date?: string;
  datePrecision?: DatePrecision;
  dateSource?: 'text' | 'published';
  place?: { name: string; lat: number; lon: number; country?: string; geonameid?: number };
  evidence: Evidence;
  /** Further evidence spans for the same event in the same article (headline + body). */
  moreEvidence?: Evidence[];
}

/** The extraction of one article: the JSONL contract of ../shared/gold/README.md and more. */
export interface ArticleResult {
  id: string;
  title?: string;
  published?: string;
  outlet?: string;
  url?: string;
  text: string;
  sentences: Sentence[];
  actors: Array<ActorRef & { affiliation?: { id: string; type: ActorType; role?: Role }; canonicalName?: string; mentions: number }>;
  mentions: Mention[];
  places: PlaceRef[];
  dates: DateMention[];
  events: Event[];
}
