/**
 * RFC 4180 CSV: comma-separated, fields in double quotes may hold commas, newlines and
 * doubled quotes. Kolada's catalogue descriptions contain all three.
 */

/** Splits CSV text into rows of fields. A trailing newline does not make an empty row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && src[i + 1] === '\n') i += 1;
    } else field += ch;
    i += 1;
  }
  if (quoted) throw new Error('CSV: ett citerat fält tar aldrig slut');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Rows as objects keyed by the header row; a row with the wrong number of fields is an error naming its line. */
export function parseCsvRecords(text: string, required: readonly string[]): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('CSV: filen är tom');
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new Error(`CSV: kolumnen ${missing.join(', ')} saknas`);
  return rows.map((fields, index) => {
    if (fields.length !== header.length) {
      throw new Error(`CSV: rad ${index + 2} har ${fields.length} fält, rubriken ${header.length}`);
    }
    return Object.fromEntries(header.map((name, k) => [name, fields[k]!]));
  });
}

/** Writes one CSV field, quoting it when it needs to be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
