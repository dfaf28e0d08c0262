// Spellings of a place name that news copy uses and the gazetteer's sources do not, made by the rules of
// data/places/name-variants.json (Arabic articles and sun letters, ʿayn marks, Tal/Tell/Tall, -ah/-a,
// Turkish, Azerbaijani and Persian letters, Saint/St.). Applied once, when names are loaded: the index then
// holds every variant, so matching an article costs nothing more.
import type { NameVariantsFile, VariantRule } from './placeData.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Apply = (name: string) => string[];

export class NameVariants {
  private rules: Array<{ countries?: Set<string>; apply: Apply; test: RegExp }>;
  private max: number;
  /** Countries some rule is limited to. */
  private ruleCountries: Set<string>;
  /** Any rule for places everywhere that could apply to a name. */
  private everywhere: RegExp | undefined;

  constructor(file: NameVariantsFile) {
    this.max = file.maxVariantsPerName;
    this.rules = file.rules.map((r) => ({ countries: r.countries && new Set(r.countries), ...compile(r) }));
    this.ruleCountries = new Set(file.rules.flatMap((r) => r.countries ?? []));
    const global = this.rules.filter((r) => !r.countries);
    this.everywhere = global.length ? new RegExp(global.map((r) => r.test.source).join('|'), 'iu') : undefined;
  }

  /** Could any rule give the name another spelling? Cheap: the loader asks it of every GeoNames name. */
  mayApply(name: string, country: string | undefined): boolean {
    return (country !== undefined && this.ruleCountries.has(country)) || !!this.everywhere?.test(name);
  }

  /** Every spelling the rules give for the name of a place in `country` (ISO3), the name itself first. */
  of(name: string, country?: string): string[] {
    const out = new Set([name]);
    for (const r of this.rules) {
      if (r.countries && !(country && r.countries.has(country))) continue;
      for (const n of [...out]) {
        if (!r.test.test(n)) continue;
        for (const v of r.apply(n)) {
          if (out.size >= this.max) return [...out];
          const t = v.replace(/\s+/g, ' ').trim();
          if (t) out.add(t);
        }
      }
    }
    return [...out];
  }
}

/** Where a rule's pattern matches a name: the match, and the name before it (with the separator) and after it. */
function around(re: RegExp, name: string): { m: RegExpExecArray; before: string; after: string } | undefined {
  const m = re.exec(name);
  return m ? { m, before: name.slice(0, m.index) + m[1], after: name.slice(m.index + m[0].length) } : undefined;
}

function compile(r: VariantRule): { apply: Apply; test: RegExp } {
  switch (r.kind) {
    case 'article': {
      const forms = [...r.forms].sort((a, b) => b.length - a.length).map(esc).join('|');
      const joiners = r.joiners.map(esc).join('|');
      const re = new RegExp(`(^|[\\s-])(${forms})(${joiners})(?=\\p{L})`, 'iu');
      const sun = Object.entries(r.sunLetters).sort((a, b) => b[0].length - a[0].length);
      return {
        test: re,
        apply: (name) => {
          const hit = around(re, name);
          if (!hit) return [];
          const { m, before, after } = hit;
          const assimilated = sun.find(([letters]) => after.toLowerCase().startsWith(letters))?.[1];
          const forms = new Set([...r.output, ...(assimilated ? [assimilated] : [])]);
          const out: string[] = [];
          for (const f of forms) for (const j of r.joiners) out.push(before + f + j + after);
          if (r.dropAtStart && m.index === 0) out.push(after);
          return out;
        },
      };
    }
    case 'strip': {
      const re = new RegExp(`[${r.chars.map(esc).join('')}]`, 'gu');
      return { test: new RegExp(re.source, 'u'), apply: (name) => [name.replace(re, '')] };
    }
    case 'words': {
      const words = [...r.words].sort((a, b) => b.length - a.length);
      const re = new RegExp(`(^|[\\s-])(${words.map(esc).join('|')})(?=[\\s-]|$)`, 'iu');
      return {
        test: re,
        apply: (name) => {
          const hit = around(re, name);
          if (!hit) return [];
          const { m, before, after } = hit;
          return words.filter((w) => w.toLowerCase() !== m[2].toLowerCase()).map((w) => before + w + after);
        },
      };
    }
    case 'ending': {
      const endings = [...r.endings].sort((a, b) => b.length - a.length);
      const re = new RegExp(`\\p{L}{3}(${endings.map(esc).join('|')})$`, 'iu');
      return {
        test: re,
        apply: (name) => {
          const m = re.exec(name);
          if (!m) return [];
          const stem = name.slice(0, name.length - m[1].length);
          return endings.filter((e) => e !== m[1].toLowerCase()).map((e) => stem + e);
        },
      };
    }
    case 'substitute': {
      // One way only: [as the source writes it, as news writes it].
      const re = new RegExp(r.pairs.map(([from]) => esc(from)).join('|'), 'iu');
      return {
        test: re,
        apply: (name) =>
          r.pairs
            .filter(([from]) => name.toLowerCase().includes(from.toLowerCase()))
            .map(([from, to]) => name.replace(new RegExp(esc(from), 'giu'), to)),
      };
    }
  }
}
