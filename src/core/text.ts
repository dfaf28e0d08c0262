// Text helpers shared by every matcher: folding for dictionary look-ups.

/** Lowercase, strip diacritics (NFKD + combining marks), dotless ı → i, curly quotes → straight. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();
}

/** True when the first letter of the string is an uppercase letter. */
export function isCapitalised(s: string): boolean {
  const c = s.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
