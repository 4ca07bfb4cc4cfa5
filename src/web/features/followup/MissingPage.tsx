import { useId, useState } from 'react';
import { Link, useSearchParams } from 'wouter';
import type { MissingItemView, MissingView } from '../../../shared/followup-types';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ErrorMessage, Loading, ScrollRegion } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useMissing } from './api';
import { DeadlineForm } from './DeadlineForm';
import { formatDate } from './labels';

/** The filter value for what nobody is responsible for. */
const UNOWNED = 'none';

/** "Vad saknas": every period with its deadline and count, and for the chosen period what each responsible person lacks. */
export function MissingPage({ planId }: { planId: number }) {
  const { t, lang } = useT();
  const [searchParams] = useSearchParams();
  const requested = searchParams.get('period');
  const missing = useMissing(planId, requested);
  const [owner, setOwner] = useState('');
  const ownerId = useId();
  const data = missing.data;
  const current = data?.periods.find((p) => p.key === data.period);
  useDocumentTitle(data ? `${t('missing.title')} – ${data.plan.title}` : null);

  if (!Number.isFinite(planId)) return <ErrorMessage error={new Error('bad id')} />;
  if (missing.isPending) return <Loading />;
  if (missing.isError && !data) return <ErrorMessage error={missing.error} onRetry={() => void missing.refetch()} />;
  if (!data) return null;

  const periodLabel = current?.label[lang] ?? data.period;
  const ownerKey = (o: MissingView['owners'][number]) => (o.owner ? String(o.owner.id) : UNOWNED);
  const shown = data.owners.filter((o) => !owner || ownerKey(o) === owner);
  const followupHref = `/plans/${planId}/followup?period=${encodeURIComponent(data.period)}`;

  return (
    <div className="page missing">
      <Breadcrumb
        trail={[
          { href: `/plans/${planId}`, label: data.plan.title },
          { href: followupHref, label: t('followup.title') },
        ]}
        current={t('missing.title')}
      />
      <h1>{t('missing.title')}</h1>
      <p className="meta">{data.plan.title}</p>
      <p className="intro">{t('missing.intro')}</p>

      <section aria-labelledby="missing-periods">
        <h2 id="missing-periods">{t('missing.periods')}</h2>
        <ScrollRegion label={t('missing.periods')}>
          <table className="data-table missing-periods">
            <caption className="visually-hidden">{t('missing.periods')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('missing.col.period')}</th>
                <th scope="col">{t('missing.col.deadline')}</th>
                <th scope="col">{t('missing.col.missing')}</th>
                <th scope="col">{t('missing.col.state')}</th>
                {data.canEditDeadlines && <th scope="col">{t('missing.col.change')}</th>}
              </tr>
            </thead>
            <tbody>
              {data.periods.map((p) => (
                <tr key={p.key} aria-current={p.key === data.period ? 'true' : undefined}>
                  <th scope="row">
                    {p.key === data.period ? (
                      p.label[lang]
                    ) : (
                      <Link href={`/plans/${planId}/followup/missing?period=${encodeURIComponent(p.key)}`}>{p.label[lang]}</Link>
                    )}
                  </th>
                  <td>
                    {formatDate(p.deadline, lang)}
                    {p.custom && <span className="meta block">{t('missing.customDeadline')}</span>}
                  </td>
                  <td>{p.missing}</td>
                  <td>
                    {p.missing === 0 ? (
                      t('missing.done')
                    ) : p.overdue ? (
                      <span className="overdue-mark">
                        <span aria-hidden="true">⚠ </span>
                        {t('followup.overdue')}
                      </span>
                    ) : (
                      t('missing.onTime')
                    )}
                  </td>
                  {data.canEditDeadlines && (
                    <td>
                      <DeadlineForm key={p.key} planId={planId} period={p} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section aria-labelledby="missing-in-period">
        <h2 id="missing-in-period">{t('missing.inPeriod', { period: periodLabel })}</h2>
        <p className="deadline-note">
          {t('followup.deadline', { date: formatDate(data.deadline, lang) })}
          {data.overdue && (
            <span className="overdue-mark">
              <span aria-hidden="true">⚠ </span>
              {t('followup.overdue')}
            </span>
          )}
        </p>
        <div className="field field-inline">
          <label htmlFor={ownerId}>{t('missing.ownerFilter')}</label>
          <select id={ownerId} value={owner} onChange={(e) => setOwner(e.target.value)}>
            <option value="">{t('missing.allOwners')}</option>
            {data.owners.map((o) => (
              <option key={ownerKey(o)} value={ownerKey(o)}>
                {o.owner?.name ?? t('missing.unowned')}
              </option>
            ))}
          </select>
        </div>
        {shown.length === 0 && <p>{t('missing.nothing')}</p>}
        {shown.map((o) => (
          <section key={ownerKey(o)} className="missing-owner card" aria-labelledby={`missing-owner-${ownerKey(o)}`}>
            <h3 id={`missing-owner-${ownerKey(o)}`}>
              {o.owner?.name ?? t('missing.unowned')} <span className="meta">({t('missing.count', { count: o.items.length })})</span>
            </h3>
            <ul className="missing-items">
              {o.items.map((item) => (
                <MissingItem key={`${item.kind}-${item.id}`} item={item} planId={planId} period={data.period} />
              ))}
            </ul>
          </section>
        ))}
      </section>
    </div>
  );
}

function MissingItem({ item, planId, period }: { item: MissingItemView; planId: number; period: string }) {
  const { t } = useT();
  const q = `?period=${encodeURIComponent(period)}`;
  const href = item.kind === 'value' ? `/measures/${item.id}${q}` : `/plans/${planId}/followup${q}#judgement-${item.nodeId}`;
  return (
    <li className={`missing-item missing-${item.kind}`}>
      <span className="missing-kind">{t(`missing.kind.${item.kind}`)}:</span> <Link href={href}>{item.title}</Link>
      {item.overdue && (
        <span className="overdue-mark">
          <span aria-hidden="true">⚠ </span>
          {t('followup.overdue')}
        </span>
      )}
    </li>
  );
}
