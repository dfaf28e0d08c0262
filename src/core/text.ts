// Text helpers shared by every matcher: folding for dictionary look-ups.

const PLAIN = /^[\x20-\x7e]*$/;

/** Lowercase, strip diacritics (NFKD + combining marks), dotless ı → i, curly quotes → straight. */
export function fold(s: string): string {
  if (PLAIN.test(s)) return s.toLowerCase(); // the common case, without the cost of Unicode normalisation
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
