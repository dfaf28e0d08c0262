// Decides what back-references point to, remembering the article's mentions as it is read in order:
// - a surname after a full mention ("Carter", also in another spelling: "Isik" after "Fikri Işık");
// - "he"/"she" → the last person (or the last "official", "spokesman" … named with their state) nearby;
// - a clause-opening "it"/"they" → the actor that opened the sentence before, or this sentence's subject;
// - "the group", "the militant group" → the last group; "the alliance" → the last organisation;
// - "both countries", "the two militaries", "both sides" → TWO actors: the pair last named together ("Ankara
//   and Tehran", "between Turkey and Iraq"), else the two last named apart from this clause's own subject;
// - "the NATO allies" → the last pair of NATO members; "the former" / "the latter" → the last pair's first/second.
// Reference windows (in sentences) and phrases are data/actors/references.json.
import type { ActorRef, Mention, Role, Token } from '../core/types.ts';
import type { ActorCatalogue } from './actorCatalogue.ts';
import type { ProposedMention } from './actorMatcher.ts';
import type { ReferenceType } from './actorCues.ts';
import { nameKey } from './nameKey.ts';
import { isCapitalised } from '../core/text.ts';

const JOINED = /^\s*(and|,|&|-|–|\/|, and|as well as|and the|, the|or)\s*$/i;
const ADJUNCT = /\b(in|at|for|from|to|into|near|across|over|inside|outside|around|through|throughout)\s+(the\s+)?$/i;
const BETWEEN = /\bbetween\s+(?:the\s+)?(?:\p{Lu}[\p{L}.']*\s+){0,3}$/u;
const AND_THEN = /\band\s+(?:the\s+)?(?:\p{Lu}[\p{L}.']*\s+){0,3}$/u;

interface Remembered {
  m: Mention;
  /** A person, or a state named with a role noun for one person ("a senior U.S. official"). */
  personLike: boolean;
}

export class Discourse {
  private history: Remembered[] = [];
  private surnames = new Map<string, Mention>();
  private lastSubject?: Mention;

  constructor(
    private readonly c: ActorCatalogue,
    private readonly text: string,
  ) {}

  private key(word: string): string {
    return nameKey(word, this.c.cues.references.transliterations);
  }

  /** A person named before whose surname this capitalised word is. */
  surnameAt(tokens: Token[], from: number, to: number): Mention | undefined {
    if (to - from !== 1 || !isCapitalised(tokens[from].text)) return undefined;
    return this.surnames.get(this.key(tokens[from].text));
  }

  /** A surname starting at token i, hyphenated ones ("Bagheri-Nasab") included: its end and the person. */
  surnameFrom(tokens: Token[], i: number): { to: number; person: Mention } | undefined {
    if (!isCapitalised(tokens[i].text)) return undefined;
    let j = i + 1;
    while (tokens[j + 1] && tokens[j].text === '-' && tokens[j].start === tokens[j - 1].end && isCapitalised(tokens[j + 1].text)) j += 2;
    const word = tokens.slice(i, j).map((t) => t.text).join('');
    const person = this.surnames.get(this.key(word));
    return person ? { to: j, person } : undefined;
  }

  /** Remembers a sentence's decided mentions (in order). `personLike` marks state mentions naming one person. */
  remember(mentions: Mention[], personLike: Set<Mention>, tokens: Token[]): void {
    for (const m of mentions) {
      if (m.locative) continue;
      this.history.push({ m, personLike: m.actor.type === 'person' || personLike.has(m) });
      if (m.actor.type === 'person' && m.kind === 'person') {
        const words = m.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
        if (words.length > 1) this.surnames.set(this.key(words[words.length - 1]), m);
      }
    }
    const opener = mentions.find((m) => m.actor.type !== 'person' && !m.locative && m.start <= tokens[Math.min(2, tokens.length - 1)].start);
    this.lastSubject = opener;
  }

  /** Mentions of the current sentence (before `at`) then of earlier sentences within `window`, nearest first. */
  private *recent(current: Mention[], at: number, sentence: number, window: number): Generator<Remembered> {
    for (let i = current.length - 1; i >= 0; i--) if (current[i].end <= at && !current[i].locative) yield { m: current[i], personLike: current[i].actor.type === 'person' };
    for (let i = this.history.length - 1; i >= 0; i--) {
      const h = this.history[i];
      if (sentence - h.m.sentence > window) break;
      if (h.m.sentence < sentence) yield h;
    }
  }

  /** The actor a mention stands for as a reference of this type would count it (a person counts as their side). */
  private standsFor(m: Mention, type: ReferenceType): ActorRef | undefined {
    if (type === 'person') return m.actor.type === 'person' ? m.actor : undefined;
    let a: ActorRef | undefined = m.actor;
    if (a.type === 'person') {
      if (!m.affiliation) return undefined;
      a = this.c.byId.get(m.affiliation.id) ?? { id: m.affiliation.id, type: m.affiliation.type, name: m.affiliation.id };
    }
    const { role: _r, ...plain } = a;
    if (type === 'actor' || plain.type === type) return plain;
    return undefined;
  }

  /** Decides one reference proposal; returns the mentions it resolves to (none, one, or two for plurals). */
  resolve(p: ProposedMention, tokens: Token[], sentence: number, current: Mention[]): Mention[] {
    const ref = p.reference!;
    const W = this.c.cues.references.window;
    const start = tokens[p.from].start;
    const end = tokens[p.to - 1].end;
    const make = (to: { actor: ActorRef; affiliation?: Mention['affiliation'] }, how: string, role?: Role): Mention => ({
      start,
      end,
      text: this.text.slice(start, end),
      sentence,
      actor: role && to.actor.type !== 'person' ? { ...to.actor, role } : to.actor,
      ...(to.affiliation ? { affiliation: to.affiliation } : {}),
      kind: 'reference',
      rule: `coref:${how}`,
    });
    const label = (m: Mention) => `${m.text}@${m.start}`;

    switch (ref.how) {
      case 'pronoun': {
        for (const h of this.recent(current, start, sentence, W.pronoun)) {
          if (h.personLike) return [make(h.m, `pronoun→${label(h.m)}`)];
        }
        return [];
      }
      case 'subject-pronoun': {
        // "It has carried out strikes": a sentence-opening it/they is the actor that opened the sentence before.
        if (p.from === 0 && this.lastSubject && sentence - this.lastSubject.sentence === 1) {
          return [make(this.lastSubject, `subject-pronoun→${label(this.lastSubject)}`)];
        }
        // "Turkish authorities blamed …, and they have demanded …": a coordinated clause's it/they is the sentence's subject.
        if (p.from > 1 && tokens[p.from - 1].lower === 'and' && tokens[p.from - 2].text === ',') {
          const subject = current.find((m) => m.actor.type !== 'person' && !m.locative && m.start <= tokens[Math.min(2, tokens.length - 1)].start);
          if (subject) return [make(subject, `coordinated-subject-pronoun→${label(subject)}`)];
        }
        return [];
      }
      case 'singular': {
        // "the group" is the group itself, not the role its last mention had ("Islamic State fighters").
        for (const h of this.recent(current, start, sentence, W.singular)) {
          const a = this.standsFor(h.m, ref.type);
          if (a && a.type === ref.type) return [make({ actor: a }, `${p.rule.replace(/^reference:/, '')}→${label(h.m)}`)];
        }
        return [];
      }
      case 'former':
      case 'latter': {
        const pair = this.lastPair(current, start, sentence, 'actor', W.plural);
        if (!pair) return [];
        const [a, b] = pair;
        const to = ref.how === 'former' ? a : b;
        return [make({ actor: to.actor }, `${ref.how}→${to.actor.id} (of ${a.actor.id}+${b.actor.id}, "${pair[2]}")`)];
      }
      case 'plural':
      case 'members': {
        const members = ref.igo ? new Set(this.c.igoMembers.get(ref.igo) ?? []) : undefined;
        if (members && !members.size) return [];
        const ok = (a: ActorRef) => !members || members.has(a.id);
        const pair = this.lastPair(current, start, sentence, ref.type, W.plural, ok);
        const two = pair ? [pair[0], pair[1]] : this.lastTwo(current, start, lastBoundary(this.text, tokens[0].start, start), sentence, ref.type, W.plural, ok);
        if (!two) return [];
        const why = pair ? `pair "${pair[2]}"` : 'last two named';
        const what = ref.how === 'members' ? `members-of:${ref.igo}` : 'plural';
        return two.map((x) => make({ actor: x.actor, ...(x.affiliation ? { affiliation: x.affiliation } : {}) }, `${what} "${this.text.slice(start, end)}"→${two.map((y) => y.actor.id).join('+')} (${why})`, ref.role));
      }
    }
  }

  /**
   * The pair last named together ("Ankara and Tehran", "Turkey and Iraq", "US-Turkish"): two adjacent mentions of
   * different actors joined by "and", a comma or a hyphen; or the two sides of a "between X … and Y".
   */
  private lastPair(
    current: Mention[],
    at: number,
    sentence: number,
    type: ReferenceType,
    window: number,
    ok: (a: ActorRef) => boolean = () => true,
  ): [{ actor: ActorRef; affiliation?: Mention['affiliation'] }, { actor: ActorRef; affiliation?: Mention['affiliation'] }, string] | undefined {
    const bySentence = new Map<number, Mention[]>();
    for (const h of this.recent(current, at, sentence, window)) {
      const list = bySentence.get(h.m.sentence) ?? [];
      list.unshift(h.m);
      bySentence.set(h.m.sentence, list);
    }
    for (const s of [...bySentence.keys()].sort((a, b) => b - a)) {
      const ms = bySentence.get(s)!.filter((m) => m.kind !== 'reference' || m.actor.type === 'person');
      for (let i = ms.length - 1; i > 0; i--) {
        const b = ms[i];
        const bA = this.standsFor(b, type);
        if (!bA || !ok(bA)) continue;
        for (let j = i - 1; j >= 0; j--) {
          const a = ms[j];
          const aA = this.standsFor(a, type);
          const gap = this.text.slice(a.end, b.start);
          // "between General X, the most senior general in Iran and Turkey's President Y": b right after the "and".
          const between = BETWEEN.test(this.text.slice(Math.max(0, a.start - 40), a.start)) && AND_THEN.test(gap) && gap.length < 80;
          if (!JOINED.test(gap) && !between) continue;
          if (!between && !this.coordinated(a, b, gap)) continue;
          if (aA && ok(aA) && aA.id !== bA.id) {
            const keep = (m: Mention, x: ActorRef) => ({ actor: type === 'person' ? m.actor : x, ...(type === 'person' && m.affiliation ? { affiliation: m.affiliation } : {}) });
            return [keep(a, aA), keep(b, bA), this.text.slice(a.start, b.end)];
          }
        }
      }
    }
    return undefined;
  }

  /**
   * Are two mentions joined by "and" or a comma one pair, not two clauses ("Moscow backs Assad and Ankara supports
   * the rebels") or a fronted phrase and a subject ("Before leaving for Jordan, Erdogan said")?
   */
  private coordinated(a: Mention, b: Mention, gap: string): boolean {
    if (/^\s*[-–\/]\s*$/.test(gap)) return true;
    const after = this.text.slice(b.end, b.end + 24);
    // A compound subject takes a plural verb: "Ankara and Tehran agree", not "… and Ankara supports".
    if (b.kind === 'demonym' || /\+role:/.test(b.rule)) return !/^\s*,\s*$/.test(gap) || /^\s*(,|and|or)\s/.test(after); // "US and Turkish jets"
    if (/^\s+(is|was|has|says|said that)\b/.test(after) || (/^\s+[a-z]+s\b/.test(after) && !/^\s+[a-z]+(ss|ous|ians|ese|ers|ists|ials|ces|ties|ors)\b/.test(after))) return false;
    if (/^\s*,\s*$/.test(gap)) {
      // A bare comma joins a list ("Turkey, Iran and Iraq") or a headline's names ("U.S., Turkey to …").
      const before = this.text.slice(Math.max(0, a.start - 12), a.start);
      return /^\s*(,|and|or)\s/.test(after) || /(^|[\n.!?"]\s*|\bbetween\s+|\bboth\s+)$/.test(before);
    }
    return true;
  }

  /**
   * The two most salient actors (of the type) of the sentences before, leaving out those this sentence names
   * before the reference: going back sentence by sentence until two are found, the most often named first,
   * between equals the one named earlier in its sentence (the subject).
   */
  private lastTwo(current: Mention[], at: number, clauseStart: number, sentence: number, type: ReferenceType, window: number, ok: (a: ActorRef) => boolean) {
    // "Washington was urging both sides": the clause's own subject is not one of the sides.
    const own = new Set(current.filter((m) => m.end <= at && m.start >= clauseStart).map((m) => this.standsFor(m, type)?.id));
    const seen = new Map<string, { actor: ActorRef; affiliation?: Mention['affiliation']; count: number; order: number }>();
    let s = -1;
    let order = 0;
    const hs = [...this.recent(current, at, sentence, window)].filter((h) => h.m.sentence !== sentence && !h.m.locative);
    for (let i = 0; i < hs.length; i++) {
      const h = hs[i];
      if (h.m.sentence !== s) {
        if (seen.size >= 2) break;
        s = h.m.sentence;
      }
      const a = this.standsFor(h.m, type);
      if (!a || !ok(a) || own.has(a.id)) continue;
      const have = seen.get(a.id);
      // A place-like adjunct ("before leaving for Jordan", "in Syria") counts half.
      const weight = ADJUNCT.test(this.text.slice(Math.max(0, h.m.start - 12), h.m.start)) ? 0.5 : 1;
      // Mentions come nearest first: the last one seen in a sentence is the earliest in it.
      if (have) {
        have.count += weight;
        have.order = order++;
      } else seen.set(a.id, { actor: type === 'person' ? h.m.actor : a, ...(type === 'person' && h.m.affiliation ? { affiliation: h.m.affiliation } : {}), count: weight, order: order++ });
    }
    if (seen.size < 2) return undefined;
    const top = [...seen.values()].sort((x, y) => y.count - x.count || y.order - x.order).slice(0, 2);
    return top.map(({ actor, affiliation }) => ({ actor, ...(affiliation ? { affiliation } : {}) }));
  }
}

/** Where the clause holding `at` starts: after the last comma, semicolon or "but"/"while" since `from`. */
function lastBoundary(text: string, from: number, at: number): number {
  const before = text.slice(from, at);
  let last = 0;
  for (const m of before.matchAll(/[,;:]|\b(but|while|whereas|although)\b/g)) last = m.index! + m[0].length;
  return from + last;
}
