import { LANGS, type Lang, type Localized } from '../../../domain/i18n/lang';
import { Field } from '../../components/Field';
import { useT } from '../../i18n';

export type Errors = Record<string, string>;

/** The input id for a field path such as `levels.2.name.sv`: error summaries link to it. */
export const fieldId = (path: string) => `model-${path.replace(/\./g, '-')}`;

interface Props {
  /** `levels.2.name`: each language's input gets `<path>.<lang>`. */
  path: string;
  label: 'nameIn' | 'pluralIn' | 'decidedByIn';
  value: Localized;
  onChange: (value: Localized) => void;
  errors: Errors;
  readOnly?: boolean;
}

/** One text in Swedish, Danish and English, side by side, each input marked with its language. */
export function LocalizedFields({ path, label, value, onChange, errors, readOnly }: Props) {
  const { t } = useT();
  const set = (l: Lang, text: string) => onChange({ ...value, [l]: text });
  return (
    <div className="form-row localized-fields">
      {LANGS.map((l) => (
        <Field key={l} label={t(`modelEdit.${label}`, { lang: t(`langName.${l}`) })} error={errors[`${path}.${l}`]}>
          <input id={fieldId(`${path}.${l}`)} type="text" lang={l} value={value[l]} readOnly={readOnly} onChange={(e) => set(l, e.target.value)} />
        </Field>
      ))}
    </div>
  );
}

export const EMPTY: Localized = { sv: '', da: '', en: '' };
