/** Text helpers for seed 002's table text: HTML fragments in cells, tokens, fuzzy word matching. */

/** A cell's paragraphs: `<p>` blocks and list items (" - x", "• x") as separate strings, tags removed. */
export function cellParagraphs(cell: string): string[] {
  const blocks = cell
    .replace(/<\/?ul[^>]*>/g, '\n')
    .replace(/<\/?p>/g, '\n')
    .replace(/<\/?li>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .split('\n');
  return blocks.map((b) => b.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Splits list items written inline (" - Tydlighet …", "• Vården …") into their own strings. */
export function listItems(paragraph: string): string[] {
  return paragraph
    .split(/\s*•\s*|(?:^|\s+)-\s+(?=[A-ZÅÄÖ])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A word for comparison: lower case, without surrounding punctuation. */
export const normalizeWord = (w: string): string => w.toLowerCase().replace(/^[("'“”*]+|[)"'“”*,.:;]+$/g, '');

export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** Same word, allowing the seed's spelling variants in long words ("invånarinvolvring"/"invånarinvolvering", "kliniska"/"klinisk"). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 6 && a.slice(0, 4) === b.slice(0, 4) && editDistance(a, b) <= 2;
}

/** Word-level edit distance of `phrase` to its best-matching run of words anywhere in `text` (free start and end). */
export function phraseDistance(phrase: readonly string[], text: readonly string[]): number {
  let prev: number[] = new Array(text.length + 1).fill(0);
  for (let i = 1; i <= phrase.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= text.length; j++) {
      row[j] = Math.min(prev[j - 1]! + (sameWord(phrase[i - 1]!, text[j - 1]!) ? 0 : 1), prev[j]! + 1, row[j - 1]! + 1);
    }
    prev = row;
  }
  return Math.min(...prev);
}

/** A URL- and key-safe slug of a Swedish title. */
export function slug(text: string, max = 60): string {
  return text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, max)
    .replace(/-$/, '');
}
