import type { TableBlock } from '../../../domain/extraction/blocks';
import type { MeasureField } from '../../../domain/extraction/columns';
import type { ExtractionMapping } from '../../../domain/extraction/mapping';
import { headerOf, tableFields } from '../../../domain/extraction/propose';
import { Field } from '../../components/Field';
import { useT } from '../../i18n';

const fieldValue = (f: MeasureField): string => (f.field === 'target' || f.field === 'outcome' ? `${f.field}:${f.key}` : f.field);
function parseField(v: string): MeasureField {
  const [field, key] = v.split(':', 2) as [string, string | undefined];
  if ((field === 'target' || field === 'outcome') && key) return { field, key };
  return { field: field as 'name' };
}

/** Rows offered as a table's header row. */
const HEADER_CHOICES = 20;

/** The header row a table is read from under the mapping: the user's choice, the one found, or the first. */
export function headerRowOf(t: TableBlock, mapping: ExtractionMapping): number {
  return mapping.headerRows?.[String(t.index)] ?? headerOf(t, mapping)?.row ?? 0;
}

/**
 * The table part of the mapping: for each table, which row is its header row (not only the
 * first), and what each of that row's columns holds.
 */
export function ColumnsPanel({
  tables,
  tableNumber,
  mapping,
  years,
  onChange,
}: {
  tables: TableBlock[];
  tableNumber: (t: TableBlock) => number;
  mapping: ExtractionMapping;
  years: { start: number; end: number };
  onChange: (m: ExtractionMapping) => void;
}) {
  const { t } = useT();
  const columnOptions = (f: MeasureField, header: string) => {
    const keys = new Set<string>();
    for (let y = years.start; y <= years.end && y - years.start < 10; y++) keys.add(String(y));
    const inHeader = /\b(19|20)\d{2}\b/u.exec(header)?.[0];
    if (inHeader) keys.add(inHeader);
    if (f.field === 'target' || f.field === 'outcome') keys.add(f.key);
    return [
      ['name', t('extraction.fieldName')],
      ['baseline', t('extraction.fieldBaseline')],
      ...[...keys].map((k) => [`target:${k}`, t('extraction.fieldTarget', { key: k })]),
      ...[...keys].map((k) => [`outcome:${k}`, t('extraction.fieldOutcome', { key: k })]),
      ['source', t('extraction.fieldSource')],
      ['period', t('extraction.fieldPeriod')],
      ['unit', t('extraction.fieldUnit')],
      ['responsible', t('extraction.fieldResponsible')],
      ['group', t('extraction.fieldGroup')],
      ['other', t('extraction.fieldOther')],
    ] as [string, string][];
  };
  const setHeaderRow = (b: TableBlock, value: string) => {
    const headerRows = { ...mapping.headerRows };
    if (value === '') delete headerRows[String(b.index)];
    else headerRows[String(b.index)] = Number(value);
    onChange({ ...mapping, headerRows });
  };

  return (
    <section className="card" aria-labelledby="extract-columns-heading">
      <h2 id="extract-columns-heading">{t('extraction.columns')}</h2>
      {tables.map((b) => {
        const row = headerRowOf(b, mapping);
        const found = headerOf(b, mapping);
        const header = (b.rows[row] ?? []).map((c, i) => mapping.cellEdits[`${b.index}:${row}:${i}`] ?? c.trim());
        const chosen = mapping.headerRows?.[String(b.index)];
        return (
          <fieldset key={b.index}>
            <legend>{t('extraction.tableCaption', { n: tableNumber(b) })}</legend>
            <Field label={t('extraction.headerRow')}>
              <select value={chosen === undefined ? '' : String(chosen)} onChange={(e) => setHeaderRow(b, e.target.value)}>
                <option value="">{t('extraction.headerRowAuto')}</option>
                {b.rows.slice(0, HEADER_CHOICES).map((cells, r) => (
                  <option key={r} value={r}>
                    {t('extraction.headerRowOption', { row: r + 1, text: cells.filter((c) => c.trim() !== '').join(' | ').slice(0, 60) || '–' })}
                  </option>
                ))}
              </select>
            </Field>
            {found === null && <p className="field-hint">{t('extraction.headerRowNone')}</p>}
            {tableFields(header, mapping).map((f, c) => {
              const text = header[c] ?? '';
              if (text === '') return null;
              return (
                <Field key={c} label={t('extraction.columnFor', { header: text })}>
                  <select value={fieldValue(f)} onChange={(e) => onChange({ ...mapping, columns: { ...mapping.columns, [text]: parseField(e.target.value) } })}>
                    {columnOptions(f, text).map(([v, label]) => (
                      <option key={v} value={v}>
                        {label}
                      </option>
                    ))}
                    {f.field === 'decoration' && <option value="decoration">→</option>}
                  </select>
                </Field>
              );
            })}
          </fieldset>
        );
      })}
    </section>
  );
}
