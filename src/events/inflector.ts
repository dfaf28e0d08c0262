// English inflection for trigger patterns: a verb lemma in all its forms, a noun in singular and plural.
// Regular rules here; irregular verbs come from data/lexicon/irregular-verbs.json.

const VOWEL = /[aeiou]/;

export function verbForms(lemma: string, irregular: Record<string, string[]>): string[] {
  const forms = new Set<string>([lemma, ...(irregular[lemma] ?? [])]);
  // third person
  if (/(s|sh|ch|x|z|o)$/.test(lemma)) forms.add(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) forms.add(`${lemma.slice(0, -1)}ies`);
  else forms.add(`${lemma}s`);
  // past and participle, -ing
  const doubled = doublesFinal(lemma) ? lemma + lemma.at(-1) : lemma;
  if (!irregular[lemma]?.length) {
    if (lemma.endsWith('e')) forms.add(`${lemma}d`);
    else if (/[^aeiou]y$/.test(lemma)) forms.add(`${lemma.slice(0, -1)}ied`);
    else forms.add(`${doubled}ed`);
  }
  if (/ie$/.test(lemma)) forms.add(`${lemma.slice(0, -2)}ying`);
  else if (/[^e]e$/.test(lemma) && lemma.length > 2) forms.add(`${lemma.slice(0, -1)}ing`);
  else forms.add(`${doubled}ing`);
  return [...forms];
}

/** Short verbs ending consonant-vowel-consonant double it: stop → stopped, ban → banned (not visit, open). */
function doublesFinal(w: string): boolean {
  if (w.length > 4 || !/[^aeiou][aeiou][bdgklmnprt]$/.test(w)) return false;
  return (w.match(new RegExp(VOWEL.source, 'g')) ?? []).length === 1;
}

export function nounForms(noun: string, plural?: string): string[] {
  if (plural) return [noun, plural];
  if (/(s|sh|ch|x|z)$/.test(noun)) return [noun, `${noun}es`];
  if (/[^aeiou]y$/.test(noun)) return [noun, `${noun.slice(0, -1)}ies`];
  return [noun, `${noun}s`];
}

/** Past participles among a verb's forms (for passive voice): regular -ed forms and the irregular ones. */
export function isParticiple(form: string, lemma: string, irregular: Record<string, string[]>): boolean {
  return form !== lemma && (form.endsWith('ed') || (irregular[lemma] ?? []).includes(form)) && !form.endsWith('ing');
}
