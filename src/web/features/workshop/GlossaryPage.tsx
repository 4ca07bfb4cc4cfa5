import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { api } from '../../api/client';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { slugify } from '../../../domain/slug';

/** The federation's glossary: every agreed term as a definition list, each term linkable (#term-…). */
export function GlossaryPage({ federationId }: { federationId: number }) {
  const { t } = useT();
  const view = useQuery({ queryKey: ['federations', federationId], queryFn: ({ signal }) => api.call('GET /api/federations/:id', { params: { id: federationId } }, { signal }) });
  useDocumentTitle(view.data ? t('regionTools.glossaryTitle', { name: view.data.name }) : undefined);
  if (view.isPending) return <Loading />;
  if (view.isError) return <ErrorMessage error={view.error} onRetry={() => void view.refetch()} />;
  const f = view.data;
  return (
    <div className="page narrow">
      <Breadcrumb trail={[{ href: `/federations/${f.id}`, label: f.name }]} current={t('federation.glossary')} />
      <h1>{t('regionTools.glossaryTitle', { name: f.name })}</h1>
      <p className="lead">{t('regionTools.glossaryIntro')}</p>
      {f.glossary.length === 0 ? (
        <p>{t('federation.glossaryEmpty')}</p>
      ) : (
        <dl className="glossary-list">
          {f.glossary.map((g) => (
            <div key={g.term} id={`term-${slugify(g.term)}`}>
              <dt>
                <dfn>{g.term}</dfn>
              </dt>
              <dd>{g.definition}</dd>
            </div>
          ))}
        </dl>
      )}
      <p>
        <Link href={`/federations/${f.id}`}>{f.name}</Link>
      </p>
    </div>
  );
}
