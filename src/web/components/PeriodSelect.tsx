import { useId } from 'react';
import type { Localized } from '../../domain/i18n/lang';
import { useT } from '../i18n';

interface PeriodSelectProps {
  label: string;
  periods: { key: string; label: Localized }[];
  value: string;
  onChange: (period: string) => void;
  /** A first option for no period in particular (value ''), e.g. "Senaste per mått". */
  all?: string;
}

/** A labelled chooser of follow-up periods, named in the reader's language. */
export function PeriodSelect({ label, periods, value, onChange, all }: PeriodSelectProps) {
  const { lang } = useT();
  const id = useId();
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {all !== undefined && <option value="">{all}</option>}
        {periods.map((p) => (
          <option key={p.key} value={p.key}>
            {p.label[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}
