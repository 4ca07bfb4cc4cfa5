import { useId } from 'react';
import { useT } from '../../i18n';
import { rowKey, type FootnoteRow } from './form-values';

/** Footnotes as rows "mark + text", added and removed. */
export function FootnoteRows({ rows, onChange, error }: { rows: FootnoteRow[]; onChange: (rows: FootnoteRow[]) => void; error: string | undefined }) {
  const { t } = useT();
  const id = useId();
  const set = (key: string, patch: Partial<FootnoteRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <fieldset className="footnote-rows" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('measureEditor.footnotes')}</legend>
      {rows.map((r, i) => (
        <div key={r.key} className="footnote-row">
          <div className="field">
            <label htmlFor={`${id}-${r.key}-mark`}>{t('measureEditor.footnoteMarkOf', { n: i + 1 })}</label>
            <input id={`${id}-${r.key}-mark`} value={r.mark} size={4} maxLength={10} onChange={(e) => set(r.key, { mark: e.target.value })} />
          </div>
          <div className="field footnote-text">
            <label htmlFor={`${id}-${r.key}-text`}>{t('measureEditor.footnoteTextOf', { n: i + 1 })}</label>
            <input id={`${id}-${r.key}-text`} value={r.text} onChange={(e) => set(r.key, { text: e.target.value })} />
          </div>
          <button type="button" className="button button-secondary button-small" onClick={() => onChange(rows.filter((x) => x.key !== r.key))}>
            {t('measureEditor.removeFootnote', { n: i + 1 })}
          </button>
        </div>
      ))}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          <span aria-hidden="true">✗ </span>
          {error}
        </p>
      )}
      <button type="button" className="button button-secondary" onClick={() => onChange([...rows, { key: rowKey(), mark: String(rows.length + 1), text: '' }])}>
        {t('measureEditor.addFootnote')}
      </button>
    </fieldset>
  );
}
