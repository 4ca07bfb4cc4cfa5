import { useId, useRef } from 'react';
import { useT } from '../../i18n';
import { rowKey, targetRowErrors, type TargetRow } from './form-values';
import { TargetUnderstandingLine } from './Understanding';

interface Props {
  rows: TargetRow[];
  onChange: (rows: TargetRow[]) => void;
  betterDirection: 'increase' | 'decrease' | null;
  /** The decided plan protects its targets: shown, not changed. */
  locked: boolean;
  /** The server's message about the targets, if any. */
  error: string | undefined;
  /** Show the row checks (after a save was tried), not while the person is still typing. */
  showRowErrors: boolean;
}

/** Targets as rows "year + text", each with how it is understood as it is typed. */
export function TargetRows({ rows, onChange, betterDirection, locked, error, showRowErrors }: Props) {
  const { t } = useT();
  const id = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  const rowErrors = showRowErrors ? targetRowErrors(rows) : {};
  const set = (key: string, patch: Partial<TargetRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () => {
    const years = rows.map((r) => Number(r.year)).filter(Number.isFinite);
    const next = years.length ? String(Math.max(...years) + 1) : String(new Date().getFullYear());
    const row = { key: rowKey(), year: next, text: '', needsRevision: false };
    onChange([...rows, row]);
    // The new row's text is what the person wants to type next.
    window.setTimeout(() => document.getElementById(`${id}-${row.key}-text`)?.focus(), 0);
  };
  const remove = (key: string) => {
    onChange(rows.filter((r) => r.key !== key));
    window.setTimeout(() => addRef.current?.focus(), 0);
  };

  return (
    <fieldset className="target-rows" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <legend>{t('measureEditor.targets')}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {locked ? `${t('measureEditor.lockedField')} – ${t('measureEditor.locked')}` : t('measureEditor.targetsHint')}
      </p>
      {rows.length === 0 && <p>{t('measureEditor.noTargets')}</p>}
      {rows.map((r, i) => {
        const base = `${id}-${r.key}`;
        const rowError = rowErrors[r.key];
        const describedBy = [r.needsRevision ? `${base}-flag` : null, rowError ? `${base}-error` : null, `${base}-reading`].filter(Boolean).join(' ');
        return (
          <div key={r.key} className={`target-row${r.needsRevision ? ' target-row-flagged' : ''}`}>
            <div className="field target-year">
              <label htmlFor={`${base}-year`}>
                {t('measureEditor.targetYear')}
                <span className="visually-hidden"> ({t('measureEditor.targetYearOf', { n: i + 1 })})</span>
              </label>
              <input
                id={`${base}-year`}
                value={r.year}
                inputMode="numeric"
                maxLength={4}
                size={5}
                readOnly={locked}
                aria-invalid={rowError ? true : undefined}
                aria-describedby={rowError ? `${base}-error` : undefined}
                onChange={(e) => set(r.key, { year: e.target.value })}
              />
            </div>
            <div className="field target-text">
              <label htmlFor={`${base}-text`}>{/^\d{4}$/.test(r.year.trim()) ? t('measureEditor.targetTextFor', { year: r.year.trim() }) : t('measureEditor.targetTextOf', { n: i + 1 })}</label>
              <input id={`${base}-text`} value={r.text} readOnly={locked} aria-describedby={describedBy} autoComplete="off" onChange={(e) => set(r.key, { text: e.target.value })} />
              {r.needsRevision && (
                <p className="flag" id={`${base}-flag`}>
                  <span aria-hidden="true">⚑ </span>
                  {t('measureEditor.needsRevision')}
                </p>
              )}
              {rowError && (
                <p className="field-error" id={`${base}-error`}>
                  <span aria-hidden="true">✗ </span>
                  {rowError === 'year' ? t('measureEditor.yearInvalid') : t('measureEditor.yearDuplicate')}
                </p>
              )}
              <TargetUnderstandingLine id={`${base}-reading`} text={r.text} betterDirection={betterDirection} />
            </div>
            {!locked && (
              <button type="button" className="button button-secondary button-small" onClick={() => remove(r.key)}>
                {/^\d{4}$/.test(r.year.trim()) ? t('measureEditor.removeTargetFor', { year: r.year.trim() }) : t('measureEditor.removeTarget')}
              </button>
            )}
          </div>
        );
      })}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          <span aria-hidden="true">✗ </span>
          {error}
        </p>
      )}
      {!locked && (
        <button ref={addRef} type="button" className="button button-secondary" onClick={add}>
          {t('measureEditor.addTarget')}
        </button>
      )}
    </fieldset>
  );
}
