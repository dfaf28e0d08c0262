// Extracts an article's main text, title and publication date from an HTML page with Mozilla's Readability
// over linkedom's DOM (no browser needed).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../core/types.ts';

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[itemprop="datePublished"]',
  'meta[name="dc.date"]',
];

export function readHtmlArticle(html: string, id: string): ArticleInput | undefined {
  const { document } = parseHTML(html);
  let published: string | undefined;
  for (const sel of DATE_META) {
    const v = document.querySelector(sel)?.getAttribute('content');
    if (v) {
      published = v;
      break;
    }
  }
  published ??= document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const siteName = document.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? undefined;
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  // Readability mutates the document it is given; it is ours alone here.
  const parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const paragraphs = parsed?.content ? paragraphsOf(parsed.content) : [];
  const body = paragraphs.join('\n\n') || parsed?.textContent?.trim() || '';
  if (!body.trim()) return undefined;
  const title = parsed?.title?.trim() || undefined;
  const text = title && paragraphs[0] !== title ? `${title}\n\n${body}` : body;
  return { id, text, title, published, outlet: parsed?.siteName ?? siteName, url };
}

/** Block-level text of Readability's cleaned HTML, one paragraph per block. */
function paragraphsOf(content: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  const blocks = document.querySelectorAll('p, h1, h2, h3, h4, li, blockquote, pre');
  const out: string[] = [];
  for (const b of blocks) {
    // Nested blocks (a p inside a blockquote) would repeat text: take the innermost only.
    if (b.querySelector('p, h1, h2, h3, h4, li, blockquote, pre')) continue;
    const t = (b.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
  }
  return out;
}
