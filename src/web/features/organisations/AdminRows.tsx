import { useId, useState } from 'react';
import { TextField } from '../../components/Field';
import { useT } from '../../i18n';
import { useFocusAfterCommit } from '../../lib/useFocusAfterCommit';

export interface AdminRow {
  /** A key that stays with the row when rows above it are removed. */
  rowId: number;
  email: string;
  name: string;
}

type T = ReturnType<typeof useT>['t'];

/** The rows' errors by path (`admins.0.email`), as the server names them too. */
export function adminRowErrors(rows: AdminRow[], t: T): Record<string, string> {
  const found: Record<string, string> = {};
  rows.forEach((r, i) => {
    const email = r.email.trim();
    if (!email) found[`admins.${i}.email`] = t('orgs.adminEmailRequired');
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) found[`admins.${i}.email`] = t('orgs.adminEmailInvalid');
  });
  return found;
}

interface Props {
  rows: AdminRow[];
  onChange: (rows: AdminRow[]) => void;
  errors: Record<string, string | undefined>;
}

/** Zero or more first admins, each an e-mail and a name; without any, the creator administers the organisation. */
export function AdminRows({ rows, onChange, errors }: Props) {
  const { t } = useT();
  const id = useId();
  const [status, setStatus] = useState('');
  const [nextId, setNextId] = useState(1);
  const focusAfterCommit = useFocusAfterCommit();
  const emailId = (rowId: number) => `${id}-admin-${rowId}-email`;

  const add = () => {
    onChange([...rows, { rowId: nextId, email: '', name: '' }]);
    const rowId = nextId;
    setNextId((n) => n + 1);
    setStatus('');
    focusAfterCommit(() => document.getElementById(emailId(rowId))?.focus());
  };
  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    setStatus(t('orgs.adminRemoved', { n: index + 1 }));
    focusAfterCommit(() => document.getElementById(`${id}-add`)?.focus());
  };
  const set = (index: number, patch: Partial<AdminRow>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));

  return (
    <fieldset className="admin-rows" aria-describedby={`${id}-hint`}>
      <legend>{t('orgs.adminsLegend')}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {t('orgs.adminsHint')}
      </p>
      {rows.map((row, i) => (
        <fieldset key={row.rowId} className="admin-row">
          <legend>{t('orgs.adminLegend', { n: i + 1 })}</legend>
          <div className="form-row">
            <TextField
              id={emailId(row.rowId)}
              label={t('orgs.adminEmail')}
              type="email"
              autoComplete="off"
              spellCheck={false}
              value={row.email}
              onChange={(v) => set(i, { email: v })}
              error={errors[`admins.${i}.email`]}
            />
            <TextField label={t('orgs.adminName')} autoComplete="off" value={row.name} onChange={(v) => set(i, { name: v })} error={errors[`admins.${i}.name`]} />
          </div>
          <button type="button" className="button button-secondary button-small" onClick={() => remove(i)}>
            {t('orgs.removeAdmin')}
            <span className="visually-hidden"> ({t('orgs.removeAdminFor', { n: i + 1 })})</span>
          </button>
        </fieldset>
      ))}
      <p role="status" className="editor-status">
        {status}
      </p>
      <button type="button" id={`${id}-add`} className="button button-secondary" onClick={add}>
        {t('orgs.addAdmin')}
      </button>
    </fieldset>
  );
}
