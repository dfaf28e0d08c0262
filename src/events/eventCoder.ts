// Codes a sentence's events: triggers (matcher) → source and target (argument linker) → status (modality
// refiner) → attribution, date and place → CAMEO, PLOVER, Goldstein and QuadClass from the code table.
// Then, per article, the same event told twice (headline and body) becomes one event with two evidence spans.
import type { ActorRef, DateMention, Event, Evidence, Mention, PlaceRef, Role, Sentence, TimeValue, Token } from '../core/types.ts';
import type { PhraseIndex } from '../nlp/phraseIndex.ts';
import { collectiveSource, collectiveTarget } from './collectiveSourceRefiner.ts';
import { isReportingVerb, type EventLexicon } from './eventLexicon.ts';
import { matchTriggers } from './triggerMatcher.ts';
import { buildArguments, clauseStart, directObjects, effectiveActor, linkArguments, reportsAfter } from './argumentLinker.ts';
import { decideStatus } from './modalityRefiner.ts';
import { deriveSpeechAct } from './speechActCoder.ts';
import { lightVerbIndex, refineTarget } from './targetRefiner.ts';
import { findObligations } from './obligationCoder.ts';
import { findSpeechFrames } from './speechFrameCoder.ts';

export interface SentenceInput {
  sentence: Sentence;
  tokens: Token[];
  mentions: Mention[];
}

export interface CodingContext {
  articleId: string;
  text: string;
  published?: TimeValue;
  dates: DateMention[];
  places: PlaceRef[];
  /** The actor catalogue's role nouns ("workers" CVL, "militants" REB), for collective subjects. */
  roleNouns?: PhraseIndex<Role>;
  /** The state the article is set in, if one leads (src/actors/settingRefiner.ts). */
  setting?: string;
}

export function codeSentence(s: SentenceInput, ctx: CodingContext, lexicon: EventLexicon): Omit<Event, 'id'>[] {
  const { tokens, mentions, sentence } = s;
  if (!mentions.length) return [];
  const isReporting = (t: Token) => isReportingVerb(lexicon, t);
  const isLightVerb = (t: Token) => lexicon.lightVerbs.has(t.lower);
  const args = buildArguments(tokens, mentions, isReporting);
  if (!args.length) return [];
  const out: Omit<Event, 'id'>[] = [];
  const attribution = findAttribution(tokens, mentions, lexicon);
  const afterActor = new Set(args.map((a) => a.nameTo));
  const military = mentions.some((mm) => mm.actor.type === 'group' || ['MIL', 'REB', 'INS'].includes(mm.actor.role ?? '') || ['MIL', 'REB', 'INS'].includes(mm.affiliation?.role ?? ''));
  const actorStart = new Set(args.map((a) => a.from));
  const afterModifyingActor = new Set(args.filter((a) => MODIFIER_SLOT.has(tokens[a.from - 1]?.lower ?? '')).map((a) => a.to));
  const triggers = matchTriggers(tokens, lexicon, { afterActor, actorStart, military, afterModifyingActor });
  const objects = directObjects(tokens, args, triggers);
  // ", Defense Secretary William Perry said", "according to Pentagon sources": who reports is no target.
  const speakers = new Set(args.filter((a) => reportsAfter(tokens, a.to, isReporting) || (tokens[a.from - 1]?.lower === 'to' && tokens[a.from - 2]?.lower === 'according')));
  for (const m of triggers) {
    let linked = linkArguments(tokens, args, m, lexicon.irregular, attribution, objects, lexicon.standingNouns, speakers);
    const verbAt = m.trigger.entry.kind === 'verb' ? m.from : lightVerbIndex(tokens, m.from, isLightVerb);
    const verbal = verbAt >= 0;
    if ((!linked || !linked.sources.length) && ctx.roleNouns && verbal && !linked?.rule.startsWith('passive')) {
      // No named subject: a collective one ("Islamic fundamentalists", "workers") of the one state the sentence names.
      const collective = collectiveSource(tokens, mentions, m, clauseStart(tokens, verbAt), ctx.roleNouns, verbAt, ctx.setting);
      if (collective) linked = { sources: [collective.source], targets: linked?.targets ?? [], rule: `${linked?.rule ?? 'verb:subject-object'} + ${collective.rule}` };
    }
    if (!linked || !linked.sources.length) continue;
    if (!linked.targets.length) {
      const refined = refineTarget(tokens, args, m, linked.sources, ctx.places, isReporting, linked.rule.startsWith('passive'), isLightVerb);
      if (refined) linked = { ...linked, targets: refined.targets, rule: `${linked.rule} + ${refined.rule}` };
    }
    if (!linked.targets.length && ctx.roleNouns && verbal && linked.sources.length === 1) {
      const collective = collectiveTarget(tokens, mentions, m, linked.sources[0], ctx.roleNouns);
      if (collective) linked = { ...linked, targets: [collective.target], rule: `${linked.rule} + ${collective.rule}` };
    }
    const cameo = linked.cameo ?? m.trigger.entry.cameo;
    const modality = decideStatus(tokens, m.from, m.to, lexicon, m.trigger.entry.kind === 'noun', cameo.slice(0, 2));
    const trigger = { start: tokens[m.from].start, end: tokens[m.to - 1].end };
    const evidence: Evidence = {
      sentence: sentence.index,
      start: sentence.start,
      end: sentence.end,
      trigger,
      text: ctx.text.slice(trigger.start, trigger.end),
      rule: `${m.trigger.entry.id} + ${linked.rule}`,
    };
    const when = dateFor(sentence, tokens, m.from, m.to, ctx);
    const where = placeFor(tokens, m.to, ctx, m.from);
    const targets: Array<ActorRef | null> = linked.targets.length ? linked.targets : [null];
    const condition = tokens.find((t) => CONDITION.has(t.lower))?.lower as 'unless' | 'if' | undefined;
    for (const source of linked.sources) {
      for (const target of targets) {
        // One actor acting on itself is no event, unless two parts of it act ("Turkish police detained Turkish journalists").
        if (target && target.id === source.id && (target.role ?? '') === (source.role ?? '')) continue;
        const act = deriveSpeechAct({ source, target, cameo, status: modality.status }, modality, condition, attribution, lexicon);
        if (act && !(act.target && act.target.id === act.source.id && (act.target.role ?? '') === (act.source.role ?? ''))) {
          out.push({
            ...codeParts(lexicon, act.cameo, act.source, act.target),
            status: 'occurred',
            statusCue: modality.cue,
            ...(attribution ? { attribution } : {}),
            ...when,
            evidence: { ...evidence, rule: `${evidence.rule} + ${act.act}:${modality.cue}` },
          });
        }
        out.push({
          ...codeParts(lexicon, cameo, source, target),
          status: modality.status,
          ...(modality.cue ? { statusCue: modality.cue } : {}),
          ...(attribution ? { attribution } : {}),
          ...when,
          ...(where ? { place: where } : {}),
          evidence,
        });
      }
    }
  }
  // "X is prepared to …", "X refused to …" where what follows is no known event: the offer or refusal itself.
  for (const f of findSpeechFrames(tokens, args, triggers, lexicon)) {
    for (const source of f.source) {
      for (const target of f.targets.length ? f.targets : [null]) {
        out.push({
          ...codeParts(lexicon, f.cameo, source, target),
          status: 'occurred',
          statusCue: f.cue,
          ...(attribution ? { attribution } : {}),
          ...dateFor(sentence, tokens, f.from, f.to, ctx),
          evidence: cueEvidence(sentence, tokens, f.from, f.to, ctx.text, `frame:${f.cue}`),
        });
      }
    }
  }

  // "X said Y must …": the speaker demands of Y, whatever Y is told to do.
  for (const o of findObligations(tokens, args, attribution, lexicon)) {
    for (const target of o.targets) {
      out.push({
        ...codeParts(lexicon, OBLIGATION_CODE, o.source, target),
        status: 'occurred',
        statusCue: o.cue,
        attribution: o.source,
        ...dateFor(sentence, tokens, o.from, o.to, ctx),
        evidence: cueEvidence(sentence, tokens, o.from, o.to, ctx.text, `obligation:${o.cue} + reported`),
      });
    }
  }
  return out;
}

/** What every coded event carries: who, to whom, and the code with its PLOVER type, Goldstein score and QuadClass. */
function codeParts(lexicon: EventLexicon, cameo: string, source: ActorRef, target: ActorRef | null) {
  const c = lexicon.codes.get(cameo);
  return { source, target, cameo, root: cameo.slice(0, 2), ...(c?.plover ? { plover: c.plover } : {}), ...(c ? { goldstein: c.goldstein, quad: c.quad } : {}) };
}

/** Evidence for an event a cue makes (a frame, an obligation): its sentence and the cue's words. */
function cueEvidence(sentence: Sentence, tokens: Token[], from: number, to: number, text: string, rule: string): Evidence {
  const trigger = { start: tokens[from].start, end: tokens[to - 1].end };
  return { sentence: sentence.index, start: sentence.start, end: sentence.end, trigger, text: text.slice(trigger.start, trigger.end), rule };
}

/** Prepositions before an actor that make it a noun's modifier: "against IS targets", "on PKK positions". */
const MODIFIER_SLOT = new Set(['against', 'on', 'at', 'in', 'into', 'from', 'with', 'by', 'for']);

/** Prepositions whose actor is not the one speaking: "officials in Ankara said" is the officials, not Ankara. */
const ATTRIBUTION_SKIP = new Set(['in', 'at', 'near', 'from', 'across', 'inside', 'outside', 'with', 'against', 'to', 'on', 'by']);

/** A demand, not specified below: what a reported obligation is when the demanded act has no code of its own. */
const OBLIGATION_CODE = '100';

/** Who asserts the sentence: the subject of a reporting verb ("the Pentagon said", "said the Pentagon statement", "according to X"). */
function findAttribution(tokens: Token[], mentions: Mention[], lexicon: EventLexicon): ActorRef | undefined {
  const at = (i: number) => mentions.find((m) => m.start <= tokens[i].start && m.end > tokens[i].start);
  for (let i = 0; i < tokens.length; i++) {
    const phrase = tokens[i].lower === 'according' ? lexicon.reportingPhrases.find((p) => p.every((w, j) => tokens[i + j]?.lower === w)) : undefined;
    if (phrase && phrase[0] === 'according') {
      for (let k = i + phrase.length; k < Math.min(tokens.length, i + phrase.length + 4); k++) {
        const m = at(k);
        if (m) return effectiveActor(m);
      }
    }
    // A reporting verb is a lowercase word outside any name: "State" in "Islamic State" reports nothing.
    if (!isReportingVerb(lexicon, tokens[i]) || at(i)) continue;
    // The subject before the verb, skipping actors inside a phrase on the way ("the Red Cross operating in Iraq said").
    for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
      // "Biden, visiting Ankara on the same day, said": the subject is before the parenthetical.
      if (tokens[k].text === ',') {
        const open = tokens.slice(Math.max(0, k - 10), k).map((t) => t.text).lastIndexOf(',');
        if (open >= 0 && k === i - 1) k = Math.max(0, k - 10) + open;
        continue;
      }
      const m = at(k);
      if (!m) continue;
      const first = tokens.findIndex((t) => t.start >= m.start);
      if (ATTRIBUTION_SKIP.has(tokens[first - 1]?.lower ?? '') && k > i - 8) {
        k = first;
        continue;
      }
      return effectiveActor(m);
    }
    for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
      const m = at(k);
      if (m) return effectiveActor(m);
    }
  }
  return undefined;
}

/**
 * The time expression that governs the trigger: the nearest one whose clause (its `scope`, decided by the time
 * stage with data/time/scope.json) holds the trigger; else the publication date, marked inferred.
 */
function dateFor(sentence: Sentence, tokens: Token[], from: number, _to: number, ctx: CodingContext): Partial<Event> {
  const triggerStart = tokens[from].start;
  const governing = ctx.dates.filter((d) => {
    const scope = d.scope ?? (d.sentence === sentence.index ? sentence : undefined);
    return scope !== undefined && scope.start <= triggerStart && triggerStart < scope.end;
  });
  if (governing.length) {
    const d = [...governing].sort((a, b) => Math.abs(a.start - triggerStart) - Math.abs(b.start - triggerStart))[0];
    return { date: d.time.value, datePrecision: d.time.precision, dateSource: 'text' };
  }
  if (ctx.published) return { date: ctx.published.value, datePrecision: ctx.published.precision, dateSource: 'published' };
  return {};
}

/** Words that make a commitment conditional, and so a threat when what is promised is hostile. */
const CONDITION = new Set(['unless', 'if']);
const PLACE_PREPS = new Set(['in', 'at', 'near', 'on', 'from', 'over', 'across', 'outside', 'inside', 'into', 'to']);

/**
 * The place the trigger governs: one named after a locative preposition later in its clause ("strikes in
 * Syria", "a visit to Ankara", "fighting in northern Syria"), else one the sentence opens with before the
 * trigger ("In Raqqa, jets struck …"); else none.
 */
function placeFor(tokens: Token[], to: number, ctx: CodingContext, from = to): Event['place'] | undefined {
  const placeAt = (k: number) => ctx.places.find((pl) => pl.spans.some((sp) => sp.start === tokens[k].start));
  const asEventPlace = (p: PlaceRef): Event['place'] => ({ name: p.name, lat: p.lat, lon: p.lon, ...(p.country ? { country: p.country } : {}), ...(p.geonameid ? { geonameid: p.geonameid } : {}) });
  for (let k = to; k < Math.min(tokens.length, to + 10); k++) {
    const t = tokens[k];
    if (PLACE_CLAUSE_BREAK.has(t.lower)) break;
    if (!PLACE_PREPS.has(tokens[k - 1]?.lower ?? '') && !PLACE_PREPS.has(tokens[k - 2]?.lower ?? '')) continue;
    // "according to U.S. officials" names a source, not a place.
    if (tokens[k - 1]?.lower === 'to' && tokens[k - 2]?.lower === 'according') continue;
    const p = placeAt(k);
    if (p) return asEventPlace(p);
  }
  // "In Raqqa, …" / "Near the border town of Jarabulus, …": a locative phrase opening the sentence, closed by a comma.
  if (PLACE_PREPS.has(tokens[0]?.lower ?? '')) {
    for (let k = 1; k < Math.min(from, 12); k++) {
      if (tokens[k].text === ',') break;
      const p = placeAt(k);
      if (p && tokens.slice(k, from).some((x) => x.text === ',')) return asEventPlace(p);
    }
  }
  return undefined;
}

const PLACE_CLAUSE_BREAK = new Set([';', 'but', 'which', 'who', 'while']);

/**
 * One article, one set: the same happening told twice — headline and body, or two sentences — becomes one
 * event with every evidence span. Events are the same when dyad, CAMEO root and status agree; the merged event
 * keeps the most specific code ("air strikes" 195 over "strikes" 190), a date the text gives over one inferred,
 * and body evidence first (a headline's wording is the least precise).
 */
export function mergeArticleEvents(articleId: string, events: Omit<Event, 'id'>[], headline?: number): Event[] {
  const byKey = new Map<string, Omit<Event, 'id'>>();
  const isHeadline = (e: Omit<Event, 'id'>) => headline !== undefined && e.evidence.sentence === headline;
  for (const e of events) {
    const key = `${e.source.id}|${e.target?.id ?? ''}|${e.root}|${e.status}`;
    const have = byKey.get(key);
    if (!have) {
      byKey.set(key, { ...e });
      continue;
    }
    const [primary, other] = isHeadline(have) && !isHeadline(e) ? [e, have] : [have, e];
    const merged: Omit<Event, 'id'> = { ...primary, moreEvidence: [...(primary.moreEvidence ?? []), other.evidence, ...(other.moreEvidence ?? [])] };
    if (other.cameo.length > primary.cameo.length) Object.assign(merged, { cameo: other.cameo, plover: other.plover, goldstein: other.goldstein, quad: other.quad });
    if (merged.dateSource !== 'text' && other.dateSource === 'text') Object.assign(merged, { date: other.date, datePrecision: other.datePrecision, dateSource: other.dateSource });
    merged.place ??= other.place;
    merged.attribution ??= other.attribution;
    byKey.set(key, merged);
  }
  return [...byKey.values()].map((e, i) => ({ id: `${articleId}#${i + 1}`, ...e }));
}
