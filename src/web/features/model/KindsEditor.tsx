import { useId, useState, type KeyboardEvent } from 'react';
import type { GovernanceModel } from '../../../domain/model/governance';
import type { ModelUsageCounts } from '../../../domain/model/model-change';
import { useT } from '../../i18n';
import { useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { type Errors, EMPTY, fieldId, LocalizedFields } from './LocalizedFields';
import { addKind, filledFrom, kindRemovalBlock, removeKind, updateKind } from './model-edits';

interface Props {
  model: GovernanceModel;
  usage: ModelUsageCounts;
  onChange: (model: GovernanceModel) => void;
  errors: Errors;
}

/** The measure kinds (styrmått, kontrollmått …): names, who decides them, whether they are judged and may change without a revision. */
export function KindsEditor({ model, usage, onChange, errors }: Props) {
  const { t, lang } = useT();
  const [status, setStatus] = useState('');
  const focusAfterCommit = useFocusAfterCommit();
  const headingId = useId();

  const remove = (i: number) => {
    if (kindRemovalBlock(model, i, usage) > 0) return;
    const name = model.measureKinds[i]!.name[lang];
    onChange(removeKind(model, i));
    setStatus(t('modelEdit.kindRemoved', { name }));
    focusAfterCommit(() => document.getElementById(headingId)?.focus());
  };

  return (
    <section aria-labelledby={headingId} className="kinds-editor">
      <h2 id={headingId} tabIndex={-1}>
        {t('model.kinds')}
      </h2>
      <p>{t('modelEdit.kindsHint')}</p>
      {errors.measureKinds && (
        <p className="field-error" id={fieldId('measureKinds')}>
          <span aria-hidden="true">✗ </span>
          {errors.measureKinds}
        </p>
      )}
      <p role="status" className="editor-status">
        {status}
      </p>
      <ul className="kind-list">
        {model.measureKinds.map((kind, i) => {
          const inUse = kindRemovalBlock(model, i, usage);
          const name = kind.name[lang] || kind.name.sv;
          const reasonId = `kind-${kind.key}-remove-reason`;
          const set = (patch: Parameters<typeof updateKind>[2]) => onChange(updateKind(model, i, patch));
          return (
            <li key={kind.key} className="card kind-item">
              <fieldset className="name-fieldset">
                <legend>{t('modelEdit.kindLegend', { name })}</legend>
                <LocalizedFields path={`measureKinds.${i}.name`} label="nameIn" value={kind.name} errors={errors} onChange={(v) => set({ name: v })} />
                <LocalizedFields path={`measureKinds.${i}.plural`} label="pluralIn" value={kind.plural} errors={errors} onChange={(v) => set({ plural: v })} />
                <LocalizedFields path={`measureKinds.${i}.decidedBy`} label="decidedByIn" value={kind.decidedBy} errors={errors} onChange={(v) => set({ decidedBy: v })} />
                <div className="checkbox-field">
                  <label>
                    <input type="checkbox" checked={kind.targeted} onChange={(e) => set({ targeted: e.target.checked })} /> {t('modelEdit.targeted')}
                  </label>
                </div>
                <KindRevisionCheckbox checked={kind.changeWithoutRevision === true} onChange={(v) => set({ changeWithoutRevision: v })} />
                <div className="level-actions">
                  <button
                    type="button"
                    className="button button-danger button-small"
                    aria-disabled={inUse > 0 || undefined}
                    aria-describedby={inUse > 0 ? reasonId : undefined}
                    onClick={() => remove(i)}
                  >
                    {t('modelEdit.remove')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                  {inUse > 0 && (
                    <p className="field-hint remove-reason" id={reasonId}>
                      {t('modelEdit.kindInUse', { count: inUse, plural: kind.plural[lang].toLocaleLowerCase(lang) })}
                    </p>
                  )}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <AddKind
        model={model}
        onAdd={(next, name) => {
          onChange(next);
          setStatus(t('modelEdit.kindAdded', { name }));
          focusAfterCommit(() => document.getElementById(fieldId(`measureKinds.${next.measureKinds.length - 1}.name.${lang}`))?.focus());
        }}
      />
    </section>
  );
}

function KindRevisionCheckbox({ checked, onChange }: { checked: boolean; onChange: (value: boolean) => void }) {
  const { t } = useT();
  const hintId = useId();
  return (
    <div className="checkbox-field">
      <label>
        <input type="checkbox" checked={checked} aria-describedby={hintId} onChange={(e) => onChange(e.target.checked)} /> {t('modelEdit.changeWithoutRevision')}
      </label>
      <p className="field-hint" id={hintId}>
        {t('modelEdit.changeWithoutRevisionHint')}
      </p>
    </div>
  );
}

/** The fields of a new measure kind; Enter adds it rather than saving the model. */
function AddKind({ model, onAdd }: { model: GovernanceModel; onAdd: (model: GovernanceModel, name: string) => void }) {
  const { t, lang } = useT();
  const [name, setName] = useState(EMPTY);
  const [decidedBy, setDecidedBy] = useState(EMPTY);
  const [targeted, setTargeted] = useState(true);
  const [free, setFree] = useState(false);
  const [errors, setErrors] = useState<Errors>({});

  const add = () => {
    const found: Errors = {};
    if (!name.sv.trim()) found['newKind.name.sv'] = t('modelEdit.newKindNameRequired');
    if (!decidedBy.sv.trim()) found['newKind.decidedBy.sv'] = t('modelEdit.newDecidedByRequired');
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) return document.getElementById(fieldId(first))?.focus();
    const names = filledFrom(name, '');
    onAdd(addKind(model, { name: names, plural: names, decidedBy: filledFrom(decidedBy, ''), targeted, changeWithoutRevision: free }), names[lang]);
    setName(EMPTY);
    setDecidedBy(EMPTY);
    setTargeted(true);
    setFree(false);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && e.target instanceof HTMLInputElement && e.target.type === 'text') {
      e.preventDefault();
      add();
    }
  };

  return (
    <fieldset className="card add-kind" onKeyDown={onKeyDown}>
      <legend>{t('modelEdit.addKindLegend')}</legend>
      <p className="field-hint">{t('modelEdit.addKindHint')}</p>
      <LocalizedFields path="newKind.name" label="nameIn" value={name} onChange={setName} errors={errors} />
      <LocalizedFields path="newKind.decidedBy" label="decidedByIn" value={decidedBy} onChange={setDecidedBy} errors={errors} />
      <div className="checkbox-field">
        <label>
          <input type="checkbox" checked={targeted} onChange={(e) => setTargeted(e.target.checked)} /> {t('modelEdit.targeted')}
        </label>
      </div>
      <KindRevisionCheckbox checked={free} onChange={setFree} />
      <button type="button" className="button button-secondary" onClick={add}>
        {t('modelEdit.addKind')}
      </button>
    </fieldset>
  );
}
