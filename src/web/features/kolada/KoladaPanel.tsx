import { useId, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import type { KoladaFetchRun } from '../../../shared/kolada-types';
import { ErrorMessage, Loading, SuccessMessage } from '../../components/States';
import { useT } from '../../i18n';
import { formatDateTime } from '../../lib/periods';
import { useFetchKolada, useKoladaLink, useKpiSearch, useLinkKpi } from './api';

/**
 * The measure's link to Kolada: which KPI, the organisation's Kolada id, the last fetch and its
 * outcome. Editors and admins search the catalogue, link a KPI and fetch now; others read.
 */
export function KoladaPanel({ measureId }: { measureId: number }) {
  const { t } = useT();
  const link = useKoladaLink(measureId);
  const fetchNow = useFetchKolada(measureId);
  const [message, setMessage] = useState('');

  if (link.isPending) return <Loading />;
  if (link.isError) return <ErrorMessage error={link.error} onRetry={() => void link.refetch()} />;
  const l = link.data;
  const years = l.years;

  return (
    <section aria-labelledby="kolada-heading" className="kolada-panel">
      <h2 id="kolada-heading">{t('kolada.heading')}</h2>
      <p className="meta">{t('kolada.intro')}</p>
      <dl className="facts">
        <div>
          <dt>{t('kolada.kpi')}</dt>
          <dd>
            {l.kpi ? (
              <>
                <strong>{l.kpi.id}</strong> {l.kpi.title}
                {l.kpi.operatingArea && <span className="meta block">{t('kolada.area', { area: l.kpi.operatingArea })}</span>}
              </>
            ) : (
              t('kolada.notLinked')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('kolada.organisation')}</dt>
          <dd>{l.organisation ? `${l.organisation.title} (${l.organisation.id})` : t('kolada.noOrganisationId')}</dd>
        </div>
        <div>
          <dt>{t('kolada.lastFetch')}</dt>
          <dd>{l.lastFetch ? <FetchOutcome run={l.lastFetch} /> : t('kolada.never')}</dd>
        </div>
      </dl>
      {l.kpi && (
        <p className="meta">
          {t('kolada.years', { from: years[0] ?? '', to: years[years.length - 1] ?? '' })}. {t('kolada.schedule')} {t('kolada.valuesNote')}
        </p>
      )}
      {l.kpi && (
        <p>
          <Link href={`/measures/${measureId}/comparison`}>{t('kolada.compare')}</Link>
        </p>
      )}
      {l.canFetch && l.kpi && l.organisation && (
        <p>
          <button
            type="button"
            className="button"
            disabled={fetchNow.isPending}
            onClick={() => {
              setMessage('');
              fetchNow.mutate(undefined, { onSuccess: (run) => setMessage(t('kolada.fetched', { reason: run.reason })) });
            }}
          >
            {fetchNow.isPending ? t('kolada.fetching') : t('kolada.fetchNow')}
          </button>
        </p>
      )}
      <SuccessMessage message={message} />
      {fetchNow.isError && <FetchError error={fetchNow.error} />}
      {l.canLink && <KpiLinker measureId={measureId} linked={l.kpi?.id ?? null} onMessage={setMessage} />}
    </section>
  );
}

/** The server's reason for a failed fetch is the point of the message, so it is shown even for a 502. */
function FetchError({ error }: { error: Error }) {
  const { t } = useT();
  return (
    <div className="error-box" role="alert">
      <p>
        <span aria-hidden="true">⚠ </span>
        <strong>{t('kolada.fetchFailed')}.</strong> {error.message}
      </p>
    </div>
  );
}

function FetchOutcome({ run }: { run: KoladaFetchRun }) {
  const { t, lang } = useT();
  const who = run.trigger === 'schedule' ? t('kolada.trigger.schedule') : t('kolada.trigger.manual', { name: run.by ?? '' });
  return (
    <>
      <span className={`kolada-outcome kolada-outcome-${run.outcome}`}>{t(`kolada.outcome.${run.outcome}`)}</span> {formatDateTime(run.startedAt, lang)}, {who}
      <span className="meta block">{run.reason}</span>
    </>
  );
}

/** Search the catalogue by id or title words and link one KPI; or remove the link. */
function KpiLinker({ measureId, linked, onMessage }: { measureId: number; linked: string | null; onMessage: (m: string) => void }) {
  const { t } = useT();
  const inputId = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const search = useKpiSearch(query);
  const save = useLinkKpi(measureId);
  const hintId = `${inputId}-hint`;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setQuery(text.trim());
  };

  return (
    <div className="kolada-linker">
      {/* biome-ignore lint/a11y/useSemanticElements: <form role="search"> is the ARIA search landmark; the <search> element is not yet exposed by every screen reader */}
      <form role="search" onSubmit={onSubmit} className="kolada-search">
        <div className="field">
          <label htmlFor={inputId}>{t('kolada.searchLabel')}</label>
          <p className="field-hint" id={hintId}>
            {t('kolada.searchHint')}
          </p>
          <input id={inputId} type="text" value={text} onChange={(e) => setText(e.target.value)} aria-describedby={hintId} />
        </div>
        <button type="submit" className="button button-secondary">
          {t('kolada.search')}
        </button>
      </form>
      <div aria-live="polite">
        {search.isFetching && <p>{t('kolada.searching')}</p>}
        {search.isError && <ErrorMessage error={search.error} />}
        {search.data && query && (
          <>
            {search.data.length === 0 ? (
              <p>{t('kolada.noResults', { query })}</p>
            ) : (
              <>
                <h3>{t('kolada.results')}</h3>
                <ul className="kolada-results">
                  {search.data.map((k) => (
                    <li key={k.id}>
                      <span>
                        <strong>{k.id}</strong> {k.title}
                        {k.isDividedByGender && <span className="meta"> ({t('kolada.dividedByGender')})</span>}
                      </span>
                      <button
                        type="button"
                        className="button button-small"
                        disabled={save.isPending || linked === k.id}
                        aria-label={t('kolada.linkLabel', { id: k.id, title: k.title })}
                        onClick={() => save.mutate(k.id, { onSuccess: () => onMessage(t('kolada.linked', { id: k.id })) })}
                      >
                        {t('kolada.link')}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
      {linked && (
        <p>
          <button type="button" className="button button-secondary" disabled={save.isPending} onClick={() => save.mutate(null, { onSuccess: () => onMessage(t('kolada.unlinked')) })}>
            {t('kolada.unlink')}
          </button>
        </p>
      )}
      {save.isError && <ErrorMessage error={save.error} />}
    </div>
  );
}
