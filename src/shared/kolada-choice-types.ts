/** A value a person (or a file) entered that differs from Kolada's for the same period and sex. */
export interface KoladaValueDifference {
  measureId: number;
  measureName: string;
  period: string;
  sex: 'T' | 'K' | 'M';
  entered: number;
  /** Who entered it (or the file's source); null when unknown. */
  enteredBy: string | null;
  kolada: number;
  /** The stored value's version: a choice made against an older one is refused (409). */
  version: number;
  /** Whether the reader may choose (value:enter on the measure). */
  canChoose: boolean;
}

/** A person's choice: keep the entered value, or take Kolada's. */
export interface KoladaChoiceRequest {
  period: string;
  sex: 'T' | 'K' | 'M';
  keep: 'entered' | 'kolada';
  version: number;
}
