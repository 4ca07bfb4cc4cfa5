import { type FormEvent, useState } from 'react';
import type { CodeMappingInput, UnmappedCode, ValueUpload } from '../../../shared/value-import-types';
import { useMapValueCodes } from './api';
import { SelectField, TextField } from '../../components/Field';
import { ErrorMessage } from '../../components/States';
import { useT } from '../../i18n';

const codeKey = (u: UnmappedCode) => `${u.kind}:${u.system}:${u.code}`;

/**
 * Step 2 for a coded file (DHIS2, SCB, Kolada, Stratsys): the codes the server could not map,
 * each mapped once — a measure code to one of the plan's measures, a unit to an area (empty:
 * the whole organisation). Saved for the organisation; the upload comes back with what is left.
 */
export function CodeMappingForm({
  upload,
  measures,
  onMapped,
}: {
  upload: ValueUpload;
  measures: { id: number; name: string }[];
  onMapped: (upload: ValueUpload) => void;
}) {
  const { t, num } = useT();
  const mapCodes = useMapValueCodes();
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [nothing, setNothing] = useState(false);
  const measureCodes = upload.unmapped.filter((u) => u.kind === 'measure');
  const areaCodes = upload.unmapped.filter((u) => u.kind === 'area');
  if (upload.unmapped.length === 0) return <p className="success-message">{t('valueFormats.allMapped')}</p>;

  const label = (u: UnmappedCode) => `${u.code}${u.label ? ` (${u.label})` : ''}`;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const mappings: CodeMappingInput[] = [
      ...measureCodes.flatMap((u) => (chosen[codeKey(u)] ? [{ kind: 'measure' as const, system: u.system, code: u.code, measureId: Number(chosen[codeKey(u)]) }] : [])),
      ...areaCodes.map((u) => ({ kind: 'area' as const, system: u.system, code: u.code, area: chosen[codeKey(u)] ?? '' })),
    ];
    setNothing(mappings.length === 0);
    if (mappings.length === 0) return;
    mapCodes.mutate({ importId: upload.id, mappings }, { onSuccess: onMapped });
  };
  const options = [{ value: '', label: t('valueFormats.chooseMeasure') }, ...measures.map((m) => ({ value: String(m.id), label: m.name }))];
  return (
    <form onSubmit={onSubmit} noValidate>
      <p>{t('valueFormats.unmappedIntro')}</p>
      {measureCodes.length > 0 && (
        <fieldset>
          <legend>{t('valueFormats.measureCodes')}</legend>
          {measureCodes.map((u) => (
            <SelectField
              key={codeKey(u)}
              label={t('valueFormats.measureFor', { system: t(`valueFormats.system.${u.system}`), code: label(u) })}
              hint={t('valueFormats.rows', { count: num(u.rows) })}
              value={chosen[codeKey(u)] ?? ''}
              options={options}
              onChange={(v) => setChosen({ ...chosen, [codeKey(u)]: v })}
            />
          ))}
        </fieldset>
      )}
      {areaCodes.length > 0 && (
        <fieldset>
          <legend>{t('valueFormats.areaCodes')}</legend>
          {areaCodes.map((u) => (
            <TextField
              key={codeKey(u)}
              label={t('valueFormats.areaFor', { system: t(`valueFormats.system.${u.system}`), code: label(u) })}
              hint={`${t('valueFormats.areaHint')} ${t('valueFormats.rows', { count: num(u.rows) })}`}
              value={chosen[codeKey(u)] ?? ''}
              maxLength={120}
              onChange={(v) => setChosen({ ...chosen, [codeKey(u)]: v })}
            />
          ))}
        </fieldset>
      )}
      {nothing && (
        <p className="error-box" role="alert">
          {t('valueFormats.nothingChosen')}
        </p>
      )}
      {mapCodes.error && <ErrorMessage error={mapCodes.error} />}
      <button type="submit" className="button" disabled={mapCodes.isPending}>
        {mapCodes.isPending ? t('valueFormats.saving') : t('valueFormats.save')}
      </button>
    </form>
  );
}
