import { Link } from 'wouter';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useRoadmaps } from './roadmap-api';

/** The strategic maps of the user's organisations, each with its yearly versions. */
export function RoadmapsPage() {
  const { t } = useT();
  useDocumentTitle(t('roadmap.listTitle'));
  const roadmaps = useRoadmaps();
  return (
    <div className="page">
      <h1>{t('roadmap.listTitle')}</h1>
      <p className="lead">{t('roadmap.listIntro')}</p>
      {roadmaps.isPending && <Loading />}
      {roadmaps.isError && <ErrorMessage error={roadmaps.error} onRetry={() => void roadmaps.refetch()} />}
      {roadmaps.data?.length === 0 && <p>{t('roadmap.none')}</p>}
      <div className="card-grid">
        {roadmaps.data?.map((r) => (
          <section key={r.id} className="card" aria-labelledby={`rm-${r.id}`}>
            <h2 id={`rm-${r.id}`}>{r.title}</h2>
            <p className="meta">{r.organisationName}</p>
            <ul className="plan-list">
              {[...r.versions].reverse().map((v) => (
                <li key={v.id}>
                  <Link href={`/roadmaps/versions/${v.id}`}>{t('roadmap.versionLink', { year: v.year })}</Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
