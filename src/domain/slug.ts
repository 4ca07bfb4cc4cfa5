/** A key or URL part from a name in Swedish, Danish or English: "Region Västerbotten" → `region-vasterbotten`, "Økonomi" → `okonomi`; empty when nothing is left. */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
