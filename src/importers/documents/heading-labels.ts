/**
 * Headings that a plan names with a label word: "Strategiskt mål: Ett livskraftigt län",
 * "Framgångsfaktor: …", "Mål 2 – …", "SPOR 1" (its title on the next line), "Samhällsperspektivet".
 * Swedish, Danish and English words. The label is the heading's kind; the title is verbatim.
 */
const LABELS =
  'strategiskt mål|strategiska mål|övergripande mål|framgångsfaktor|framgångsfaktorer|målområde|fokusområde|insatsområde|utvecklingsområde|perspektiv|delmål|nämndmål|verksamhetsmål|mål|spor|strategispor|indsatsområde|indsats|målsætning|pejlemærke|tema|strategic goal|goal|objective|focus area|track';
const LABELLED = new RegExp(`^(${LABELS})(\\s+(\\d+(?:\\.\\d+)*|[IVX]+))?\\s*[:.–—-]\\s*(\\S.*)$`, 'iu');
const LABEL_ALONE = new RegExp(`^(${LABELS})\\s+(\\d+(?:\\.\\d+)*|[IVX]+)\\s*[:.]?$`, 'iu');
const PERSPECTIVE = /^\p{Lu}[\p{L}-]*perspektiv(et)?$/u;

export interface LabelHeading {
  /** The label as the kind, normalised: `label Strategiskt mål`, `label Spor`. */
  kind: string;
  /** The title after the label, or null when the title is on the next line. */
  title: string | null;
}

const normalise = (label: string) => label.charAt(0).toUpperCase() + label.slice(1).toLowerCase();

/** The label heading on a line, or null. */
export function readLabelHeading(line: string): LabelHeading | null {
  const text = line.trim();
  if (text.length > 200) return null;
  if (PERSPECTIVE.test(text)) return { kind: 'label perspektiv', title: text };
  const alone = LABEL_ALONE.exec(text);
  if (alone?.[1] !== undefined) return { kind: `label ${normalise(alone[1])}`, title: null };
  const labelled = LABELLED.exec(text);
  if (labelled?.[1] !== undefined && labelled[4] !== undefined) {
    // "Mål är att …" is a sentence, not a heading: a label without a number needs a colon or a dash.
    const hasNumber = labelled[3] !== undefined;
    const separator = text.slice(labelled[1].length + (labelled[2]?.length ?? 0)).trim().charAt(0);
    if (!hasNumber && !/[:–—-]/u.test(separator)) return null;
    return { kind: `label ${normalise(labelled[1])}`, title: labelled[4].trim() };
  }
  return null;
}
