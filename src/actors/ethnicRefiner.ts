// "Ethnic Albanians demonstrated in Serbia", "ethnic Serb civilians in Croatia": an ethnic community is not its
// kin state. When the sentence places the community in another state ("in Serbia", "Macedonia's border"), the
// community belongs to that state's population (role CVL), as CAMEO codes domestic ethnic groups; otherwise the
// mention is no actor at all.
// Needs: one sentence's mentions (after the other refiners). Changes: demonym mentions right after "ethnic".
import type { Mention, Token } from '../core/types.ts';

export function refineEthnicMentions(tokens: Token[], mentions: Mention[], dropped: Array<{ start: number; end: number; text: string; why: string }>): Mention[] {
  const ethnic = (m: Mention) => {
    if (m.actor.type !== 'state' || (m.kind !== 'demonym' && m.kind !== 'alias')) return false;
    const i = tokens.findIndex((t) => t.start === m.start);
    return i > 0 && tokens[i - 1].lower === 'ethnic';
  };
  if (!mentions.some(ethnic)) return mentions;
  const out: Mention[] = [];
  for (const m of mentions) {
    if (!ethnic(m)) {
      out.push(m);
      continue;
    }
    // The state the sentence places them in: another state named as a place or a locative.
    // A locative first ("rallied in Romania"), else the nearest state named before ("Macedonia, which is preparing
    // an offensive against ethnic Albanian guerrillas"), else after.
    const host = mentions
      .filter((o) => o !== m && o.actor.type === 'state' && o.actor.id !== m.actor.id && (o.locative || o.kind === 'name'))
      .sort((a, b) => Number(!a.locative) - Number(!b.locative) || Number(a.start > m.start) - Number(b.start > m.start) || Math.abs(a.start - m.start) - Math.abs(b.start - m.start))[0];
    if (host) {
      const { role: _r, ...state } = host.actor;
      out.push({ ...m, actor: { ...state, role: 'CVL' }, rule: `${m.rule}+ethnic-community-in:${host.actor.id}` });
    } else dropped.push({ start: m.start, end: m.end, text: m.text, why: `ethnic community, not the ${m.actor.name} state` });
  }
  return out;
}
