import { Field, TextField } from '../../components/Field';
import { useT } from '../../i18n';
import { useKoladaMunicipalities } from '../kolada/api';

interface Props {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

/** The organisation's Kolada id: chosen from Kolada's list of regions and kommuner, or typed when the list cannot be read. */
export function KoladaIdField({ value, onChange, error }: Props) {
  const { t } = useT();
  const list = useKoladaMunicipalities();
  // Typed by hand only when the list cannot be read: while it loads, the select waits (so the control does not change under the user).
  if (list.isError) {
    return (
      <TextField
        label={t('orgs.kolada')}
        hint={t('orgs.koladaTextHint')}
        error={error}
        value={value}
        onChange={onChange}
        inputMode="numeric"
        autoComplete="off"
        maxLength={4}
      />
    );
  }
  const all = list.data ?? [];
  const regions = all.filter((m) => m.type === 'L' && m.id !== '0000');
  const kommuner = all.filter((m) => m.type === 'K');
  const option = (m: { id: string; title: string }) => (
    <option key={m.id} value={m.id}>
      {t('koladaOrg.option', { title: m.title, id: m.id })}
    </option>
  );
  return (
    <Field label={t('orgs.kolada')} hint={t('orgs.koladaHint')} error={error}>
      <select value={value} onChange={(e) => onChange(e.target.value)} aria-busy={list.isPending || undefined}>
        <option value="">{list.isPending ? t('app.loading') : t('orgs.koladaNone')}</option>
        {regions.length > 0 && <optgroup label={t('koladaOrg.regions')}>{regions.map(option)}</optgroup>}
        {kommuner.length > 0 && <optgroup label={t('koladaOrg.municipalities')}>{kommuner.map(option)}</optgroup>}
      </select>
    </Field>
  );
}
