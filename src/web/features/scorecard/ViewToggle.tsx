import { useT } from '../../i18n';

export type ScorecardView = 'full' | 'compact';

/** The scorecard's two views as a pair of pressed/unpressed buttons; the choice lives in the URL (`?view=compact`). */
export function ViewToggle({ view, onChange }: { view: ScorecardView; onChange: (view: ScorecardView) => void }) {
  const { t } = useT();
  return (
    <fieldset className="view-toggle">
      <legend className="visually-hidden">{t('glance.view')}</legend>
      {(['full', 'compact'] as const).map((v) => (
        <button key={v} type="button" className="button button-secondary button-small" aria-pressed={view === v} onClick={() => onChange(v)}>
          {t(v === 'full' ? 'glance.full' : 'glance.compact')}
        </button>
      ))}
    </fieldset>
  );
}
