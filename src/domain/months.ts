/** Month names and abbreviations in Swedish, Danish and English, as plans and files write them. */
const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, januar: 1, january: 1,
  feb: 2, februari: 2, februar: 2, february: 2,
  mar: 3, mars: 3, marts: 3, march: 3,
  apr: 4, april: 4,
  maj: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  aug: 8, augusti: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oct: 10, oktober: 10, october: 10,
  nov: 11, november: 11,
  dec: 12, december: 12,
};

/** Regex source matching a month name or abbreviation in sv, da or en (longest names first). */
export const MONTH_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The month number (1–12) of a month name or abbreviation, or null. */
export function monthNumber(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

