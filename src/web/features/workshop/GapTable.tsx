import { gapRows } from '../../../domain/workshop/gap-analysis';
import type { WorkshopCard, WorkshopState } from '../../../shared/workshop-types';
import { ScrollRegion } from '../../components/States';
import { useT } from '../../i18n';
import { useWorkshopTerms, WorkshopText } from './WorkshopText';

/** Gap analysis as two columns per area: today → target picture (areas are the room's clusters, else perspectives). */
export function GapTable({ state, perspective }: { state: WorkshopState; perspective: string | null }) {
  const { t } = useT();
  const terms = useWorkshopTerms(state);
  const cards = state.cards.filter((c) => c.exercise === 'gap' && (perspective === null || c.perspective === perspective));
  const rows = gapRows(cards, state.clusters.filter((k) => k.exercise === 'gap'));
  const list = (items: WorkshopCard[]) =>
    items.length === 0 ? (
      <span className="meta">–</span>
    ) : (
      <ul className="workshop-gap-cards">
        {items.map((c) => (
          <li key={c.id}>
            {c.text === null ? t('workshop.hiddenCard', { org: c.organisationName }) : <WorkshopText text={c.text} terms={terms} />} <span className="meta">({c.organisationName})</span>
          </li>
        ))}
      </ul>
    );
  return (
    <section className="card workshop-gap" aria-labelledby="gap-heading">
      <h2 id="gap-heading">{t('regionTools.gapTitle')}</h2>
      {rows.length === 0 ? (
        <p>{t('regionTools.gapEmpty')}</p>
      ) : (
        <ScrollRegion label={t('regionTools.gapCaption')}>
          <table className="data-table workshop-gap-table">
            <caption id="gap-caption">{t('regionTools.gapCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('regionTools.gapArea')}</th>
                <th scope="col">{t('regionTools.gapToday')}</th>
                <th scope="col">
                  <span aria-hidden="true">→ </span>
                  {t('regionTools.gapTarget')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.area ?? ''}>
                  <th scope="row">
                    {r.area ?? t('regionTools.gapNoArea')}
                    {r.unstaged.length > 0 && (
                      <div className="meta">
                        {t('regionTools.gapUnstaged')}: {r.unstaged.map((c) => c.text ?? '…').join('; ')}
                      </div>
                    )}
                  </th>
                  <td>{list(r.today)}</td>
                  <td>{list(r.target)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
