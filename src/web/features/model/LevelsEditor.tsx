import { useId, useState, type KeyboardEvent } from 'react';
import type { Lang } from '../../../domain/i18n/lang';
import type { GovernanceModel } from '../../../domain/model/governance';
import type { ModelUsageCounts } from '../../../domain/model/model-change';
import { useT } from '../../i18n';
import { useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { type Errors, EMPTY, fieldId, LocalizedFields } from './LocalizedFields';
import { addLevel, carriesMeasuresBlock, filledFrom, levelRemovalBlock, moveBlock, moveLevel, removeLevel, updateLevel } from './model-edits';

interface Props {
  model: GovernanceModel;
  usage: ModelUsageCounts;
  onChange: (model: GovernanceModel) => void;
  errors: Errors;
}

const buttonId = (key: string, action: 'up' | 'down') => `level-${key}-${action}`;

/** The levels below the vision as an ordered list: rename, reorder by buttons, "bär mått", remove, and add one. */
export function LevelsEditor({ model, usage, onChange, errors }: Props) {
  const { t, lang } = useT();
  const [status, setStatus] = useState('');
  const focusAfterCommit = useFocusAfterCommit();
  const headingId = useId();
  const lower = (text: string) => text.toLocaleLowerCase(lang);
  const nameOf = (i: number) => model.levels[i]?.name[lang] || model.levels[i]?.name.sv || '';

  const move = (i: number, delta: -1 | 1) => {
    const level = model.levels[i]!;
    const name = nameOf(i);
    const block = moveBlock(model, i, delta, usage);
    if (block?.code === 'edge') return setStatus(t(delta < 0 ? 'modelEdit.atTop' : 'modelEdit.atBottom', { name }));
    if (block) {
      const levelName = (key: string, plural = false) => {
        const l = model.levels.find((x) => x.key === key);
        return l ? (plural ? lower(l.plural[lang]) : l.name[lang]) : key;
      };
      return setStatus(t('modelEdit.orderBlocked', { name, count: block.nodes, child: levelName(block.child, true), parent: levelName(block.parent) }));
    }
    onChange(moveLevel(model, i, delta));
    setStatus(t('modelEdit.moved', { name, n: i + delta + 1, total: model.levels.length }));
    // The list is re-ordered under the button: keep the keyboard on the button just pressed.
    focusAfterCommit(() => document.getElementById(buttonId(level.key, delta < 0 ? 'up' : 'down'))?.focus());
  };

  const remove = (i: number) => {
    if (levelRemovalBlock(model, i, usage) > 0) return;
    const name = nameOf(i);
    onChange(removeLevel(model, i));
    setStatus(t('modelEdit.levelRemoved', { name }));
    focusAfterCommit(() => document.getElementById(headingId)?.focus());
  };

  return (
    <section aria-labelledby={headingId} className="levels-editor">
      <h2 id={headingId} tabIndex={-1}>
        {t('model.levels')}
      </h2>
      <p>{t('modelEdit.levelsHint')}</p>
      {errors.levels && (
        <p className="field-error" id={fieldId('levels')}>
          <span aria-hidden="true">✗ </span>
          {errors.levels}
        </p>
      )}
      <p role="status" className="editor-status">
        {status}
      </p>
      <ol className="level-list">
        {model.levels.map((level, i) => {
          const inUse = levelRemovalBlock(model, i, usage);
          const measures = carriesMeasuresBlock(model, i, usage);
          const name = nameOf(i);
          const removeReason = `level-${level.key}-remove-reason`;
          const carriesReason = `level-${level.key}-carries-reason`;
          return (
            <li key={level.key} className="card level-item">
              <fieldset className="name-fieldset">
                <legend>{t('modelEdit.levelLegend', { n: i + 1, name })}</legend>
                <LocalizedFields path={`levels.${i}.name`} label="nameIn" value={level.name} errors={errors} onChange={(v) => onChange(updateLevel(model, i, { name: v }))} />
                <LocalizedFields path={`levels.${i}.plural`} label="pluralIn" value={level.plural} errors={errors} onChange={(v) => onChange(updateLevel(model, i, { plural: v }))} />
                <div className="checkbox-field">
                  <label>
                    <input
                      type="checkbox"
                      checked={level.carriesMeasures}
                      // Unticking would strand the measures that hang on the level: it stays ticked, and says why.
                      disabled={level.carriesMeasures && measures > 0}
                      aria-describedby={level.carriesMeasures && measures > 0 ? carriesReason : undefined}
                      onChange={(e) => onChange(updateLevel(model, i, { carriesMeasures: e.target.checked }))}
                    />{' '}
                    {t('modelEdit.carriesMeasures')}
                  </label>
                  {level.carriesMeasures && measures > 0 && (
                    <p className="field-hint" id={carriesReason}>
                      {t('modelEdit.carriesMeasuresBlocked', { count: measures })}
                    </p>
                  )}
                </div>
                <div className="level-actions">
                  <button type="button" id={buttonId(level.key, 'up')} className="button button-secondary button-small" aria-disabled={i === 0 || undefined} onClick={() => move(i, -1)}>
                    <span aria-hidden="true">↑ </span>
                    {t('modelEdit.moveUp')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                  <button
                    type="button"
                    id={buttonId(level.key, 'down')}
                    className="button button-secondary button-small"
                    aria-disabled={i === model.levels.length - 1 || undefined}
                    onClick={() => move(i, 1)}
                  >
                    <span aria-hidden="true">↓ </span>
                    {t('modelEdit.moveDown')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                  <button
                    type="button"
                    className="button button-danger button-small"
                    aria-disabled={inUse > 0 || undefined}
                    aria-describedby={inUse > 0 ? removeReason : undefined}
                    onClick={() => remove(i)}
                  >
                    {t('modelEdit.remove')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                  {inUse > 0 && (
                    <p className="field-hint remove-reason" id={removeReason}>
                      {inUse === 1
                        ? t('modelEdit.levelInUseOne', { name: lower(level.name[lang]) })
                        : t('modelEdit.levelInUseMany', { count: inUse, plural: lower(level.plural[lang]) })}
                    </p>
                  )}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <AddLevel
        model={model}
        onAdd={(next, index, name) => {
          onChange(next);
          setStatus(t('modelEdit.levelAdded', { name, n: index + 1 }));
          focusAfterCommit(() => document.getElementById(fieldId(`levels.${index}.name.${lang}`))?.focus());
        }}
      />
    </section>
  );
}

/** The fields of a new level, inside the model's form: Enter adds the level rather than saving the model. */
function AddLevel({ model, onAdd }: { model: GovernanceModel; onAdd: (model: GovernanceModel, index: number, name: string) => void }) {
  const { t, lang } = useT();
  const [name, setName] = useState(EMPTY);
  const [plural, setPlural] = useState(EMPTY);
  const [carries, setCarries] = useState(false);
  const [position, setPosition] = useState<string>('end');
  const [errors, setErrors] = useState<Errors>({});
  const id = useId();

  const add = () => {
    if (!name.sv.trim()) {
      setErrors({ 'newLevel.name.sv': t('modelEdit.newNameRequired') });
      document.getElementById(fieldId('newLevel.name.sv'))?.focus();
      return;
    }
    setErrors({});
    const names = filledFrom(name, '');
    const plurals = { sv: plural.sv.trim() || names.sv, da: plural.da.trim() || names.da, en: plural.en.trim() || names.en };
    const index = position === 'end' ? model.levels.length : Number(position);
    onAdd(addLevel(model, { name: names, plural: plurals, carriesMeasures: carries }, index), index, names[lang as Lang]);
    setName(EMPTY);
    setPlural(EMPTY);
    setCarries(false);
    setPosition('end');
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && e.target instanceof HTMLInputElement && e.target.type === 'text') {
      e.preventDefault();
      add();
    }
  };

  return (
    <fieldset className="card add-level" onKeyDown={onKeyDown}>
      <legend>{t('modelEdit.addLevelLegend')}</legend>
      <p className="field-hint">{t('modelEdit.addLevelHint')}</p>
      <LocalizedFields path="newLevel.name" label="nameIn" value={name} onChange={setName} errors={errors} />
      <LocalizedFields path="newLevel.plural" label="pluralIn" value={plural} onChange={setPlural} errors={errors} />
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-position`}>{t('modelEdit.position')}</label>
          <select id={`${id}-position`} value={position} onChange={(e) => setPosition(e.target.value)}>
            <option value="0">{t('modelEdit.positionFirst')}</option>
            {model.levels.map((l, i) => (
              <option key={l.key} value={i === model.levels.length - 1 ? 'end' : String(i + 1)}>
                {t('modelEdit.positionAfter', { name: l.name[lang] })}
              </option>
            ))}
          </select>
        </div>
        <div className="checkbox-field">
          <label>
            <input type="checkbox" checked={carries} onChange={(e) => setCarries(e.target.checked)} /> {t('modelEdit.carriesMeasures')}
          </label>
        </div>
      </div>
      <button type="button" className="button button-secondary" onClick={add}>
        {t('modelEdit.addLevel')}
      </button>
    </fieldset>
  );
}
