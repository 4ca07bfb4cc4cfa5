import { cloneElement, useId, type InputHTMLAttributes, type ReactElement, type ReactNode, type Ref } from 'react';

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** The input, select or textarea; it receives id, aria-describedby and aria-invalid. */
  children: ReactElement<Record<string, unknown>>;
  className?: string;
}

/** A labelled form control with its hint and its error right next to it. */
export function Field({ label, hint, error, children, className }: FieldProps) {
  const id = useId();
  const inputId = (children.props.id as string | undefined) ?? `${id}-input`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={inputId}>{label}</label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {cloneElement(children, {
        id: inputId,
        'aria-describedby': describedBy,
        'aria-invalid': error ? true : undefined,
      })}
      {error && (
        <p className="field-error" id={errorId}>
          <span aria-hidden="true">✗ </span>
          {error}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'children' | 'aria-describedby' | 'aria-invalid'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
};

/** A labelled text input (type text, email, password, …); every other input attribute is passed on. */
export function TextField({ label, hint, error, value, onChange, ref, type = 'text', ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      <input ref={ref} type={type} {...input} value={value} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}

interface SelectFieldProps<V extends string> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: V;
  onChange: (value: V) => void;
  options: readonly { value: V; label: string }[];
  required?: boolean;
}

/** A labelled select; onChange gets the chosen option's own value, so its type is kept. */
export function SelectField<V extends string>({ label, hint, error, value, onChange, options, required }: SelectFieldProps<V>) {
  return (
    <Field label={label} hint={hint} error={error}>
      <select
        value={value}
        required={required}
        onChange={(e) => {
          const chosen = options.find((o) => o.value === e.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

interface RadioGroupProps<V extends string> {
  legend: string;
  value: V;
  onChange: (value: V) => void;
  options: readonly { value: V; label: string }[];
  error: string | undefined;
}

/** A fieldset of radio buttons with its error right below and announced with the group. */
export function RadioGroup<V extends string>({ legend, value, onChange, options, error }: RadioGroupProps<V>) {
  const name = useId();
  return (
    <fieldset className="radio-group" aria-describedby={error ? `${name}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value || 'none'} className="radio">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            aria-invalid={error ? true : undefined}
          />{' '}
          {option.label}
        </label>
      ))}
      {error && (
        <p className="field-error" id={`${name}-error`}>
          <span aria-hidden="true">✗ </span>
          {error}
        </p>
      )}
    </fieldset>
  );
}
