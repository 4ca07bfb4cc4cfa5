import { useId } from 'react';
import type { ValueMapping, ValueUpload } from '../../../shared/value-import-types';
import type { ApiError } from '../../api/client';
import { RadioGroup, SelectField } from '../../components/Field';
import { ScrollRegion } from '../../components/States';
import { useT } from '../../i18n';

type ColumnField = 'measure' | 'period' | 'value' | 'sex' | 'ageBand' | 'area';

/** Step 2: which column is the measure, the period, the value and the breakdowns; the file's first rows beside it. */
export function MappingForm({
  upload,
  mapping,
  onChange,
  error,
}: {
  upload: ValueUpload;
  mapping: ValueMapping;
  onChange: (mapping: ValueMapping) => void;
  error: ApiError | null;
}) {
  const { t } = useT();
  const groupId = useId();
  const columns = [{ value: '', label: t('valueImport.none') }, ...upload.headers.map((h) => ({ value: h, label: h }))];
  const set = (patch: Partial<ValueMapping>) => onChange({ ...mapping, ...patch });
  const column = (field: ColumnField, required: boolean) => (
    <SelectField
      label={t(`valueImport.${field}`)}
      value={mapping[field] ?? ''}
      options={columns}
      onChange={(v) => set({ [field]: v === '' ? null : v })}
      error={error?.fieldError(`mapping.${field}`)}
      required={required}
    />
  );
  const periodColumns = mapping.periodColumns ?? [];
  const periodError = error?.details.find((d) => d.path.startsWith('mapping.periodColumns'))?.message;

  return (
    <div className="value-mapping">
      <RadioGroup
        legend={t('valueImport.layout')}
        value={mapping.layout}
        onChange={(layout) => set({ layout })}
        options={[
          { value: 'long', label: t('valueImport.layoutLong') },
          { value: 'wide', label: t('valueImport.layoutWide') },
        ]}
        error={error?.fieldError('mapping.layout')}
      />
      <div className="value-mapping-columns">
        {column('measure', true)}
        {mapping.layout === 'long' && column('period', true)}
        {mapping.layout === 'long' && column('value', true)}
        {column('sex', false)}
        {column('ageBand', false)}
        {column('area', false)}
        <SelectField
          label={t('valueImport.numberFormat')}
          value={mapping.numberFormat}
          onChange={(numberFormat) => set({ numberFormat })}
          options={[
            { value: 'auto', label: t('valueImport.formatAuto') },
            { value: 'sv', label: t('valueImport.formatSv') },
            { value: 'en', label: t('valueImport.formatEn') },
          ]}
        />
        <SelectField
          label={t('valueImport.status')}
          value={mapping.status ?? 'preliminary'}
          onChange={(status) => set({ status })}
          options={[
            { value: 'preliminary', label: t('valueStatus.preliminary') },
            { value: 'final', label: t('valueStatus.final') },
          ]}
        />
      </div>
      {mapping.layout === 'wide' && (
        <fieldset className="value-period-columns" aria-describedby={periodError ? `${groupId}-error` : undefined}>
          <legend>{t('valueImport.periodColumns')}</legend>
          {upload.headers
            .filter((h) => h !== mapping.measure && h !== mapping.sex && h !== mapping.ageBand && h !== mapping.area)
            .map((h) => (
              <label key={h} className="checkbox">
                <input
                  type="checkbox"
                  checked={periodColumns.includes(h)}
                  onChange={(e) =>
                    set({ periodColumns: e.target.checked ? upload.headers.filter((x) => x === h || periodColumns.includes(x)) : periodColumns.filter((x) => x !== h) })
                  }
                />{' '}
                {h}
              </label>
            ))}
          {periodError && (
            <p className="field-error" id={`${groupId}-error`}>
              <span aria-hidden="true">✗ </span>
              {periodError}
            </p>
          )}
        </fieldset>
      )}
      <h3>{t('valueImport.sample')}</h3>
      <ScrollRegion label={t('valueImport.sample')}>
        <table className="data-table value-sample">
          <thead>
            <tr>
              {upload.headers.map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {upload.sampleRows.map((row, r) => (
              <tr key={r}>
                {upload.headers.map((_, i) => (
                  <td key={i}>{row[i] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
