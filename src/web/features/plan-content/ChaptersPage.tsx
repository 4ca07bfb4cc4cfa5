import { useRef, useState } from 'react';
import type { Chapter } from '../../../shared/plan-content-types';
import { useChapters } from '../../api/plan-content-queries';
import { useScorecard } from '../../api/queries';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ErrorMessage, Loading, SuccessMessage } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { ChapterEditor } from './ChapterEditor';
import { formatTimestamp } from './dates';
import { PlanContentLinks } from './PlanContentLinks';
import { RichText } from './RichText';

/** The plan's narrative chapters in document order, each editable in place by editors. */
export function ChaptersPage({ planId }: { planId: number }) {
  const { t } = useT();
  const chapters = useChapters(planId);
  const scorecard = useScorecard(planId, null);
  const plan = scorecard.data?.plan;
  const [editing, setEditing] = useState<number | null>(null);
  const [saved, setSaved] = useState('');
  useDocumentTitle(plan ? `${t('chapters.title')} – ${plan.title}` : null);

  if (!Number.isFinite(planId)) return <ErrorMessage error={new Error('bad id')} />;
  if (chapters.isPending) return <Loading />;
  if (chapters.isError) return <ErrorMessage error={chapters.error} onRetry={() => void chapters.refetch()} />;
  const { chapters: list, canEdit } = chapters.data;

  return (
    <div className="page chapters">
      <Breadcrumb trail={[{ href: `/plans/${planId}`, label: plan?.title ?? t('measure.plan') }]} current={t('chapters.title')} />
      <h1>{t('chapters.title')}</h1>
      <p className="lead">{t('chapters.intro')}</p>
      <PlanContentLinks planId={planId} organisationId={plan?.organisationId} />
      <SuccessMessage message={saved} />
      {list.length === 0 ? (
        <p>{t('chapters.empty')}</p>
      ) : (
        <div className="chapters-layout">
          <nav className="chapters-toc" aria-labelledby="chapters-toc-heading">
            <h2 id="chapters-toc-heading">{t('chapters.toc')}</h2>
            <ol>
              {list.map((c) => (
                <li key={c.id}>
                  <a href={`#chapter-${c.id}`}>{c.title}</a>
                </li>
              ))}
            </ol>
          </nav>
          <div className="chapters-body">
            {list.map((c) => (
              <ChapterSection
                key={c.id}
                planId={planId}
                chapter={c}
                canEdit={canEdit}
                editing={editing === c.id}
                onEdit={() => {
                  setSaved('');
                  setEditing(c.id);
                }}
                onDone={(message) => {
                  setEditing(null);
                  if (message) setSaved(message);
                }}
              />
            ))}
          </div>
        </div>
      )}
    </div>
  );
}

interface ChapterSectionProps {
  planId: number;
  chapter: Chapter;
  canEdit: boolean;
  editing: boolean;
  onEdit: () => void;
  onDone: (message: string | null) => void;
}

function ChapterSection({ planId, chapter, canEdit, editing, onEdit, onDone }: ChapterSectionProps) {
  const { t, lang } = useT();
  const editRef = useRef<HTMLButtonElement>(null);
  const focusAfterCommit = useFocusAfterCommit();
  const headingId = `chapter-${chapter.id}-heading`;
  return (
    <section id={`chapter-${chapter.id}`} className="chapter" aria-labelledby={headingId}>
      <h2 id={headingId}>{chapter.title}</h2>
      {editing ? (
        <ChapterEditor
          planId={planId}
          chapter={chapter}
          onDone={(message) => {
            onDone(message);
            focusAfterCommit(() => editRef.current?.focus());
          }}
        />
      ) : (
        <>
          {chapter.body.trim() ? <RichText source={chapter.body} /> : <p className="meta">{t('chapters.emptyChapter')}</p>}
          {chapter.updatedBy && <p className="meta">{t('chapters.updated', { who: chapter.updatedBy, when: formatTimestamp(chapter.updatedAt, lang) })}</p>}
          {canEdit && (
            <button ref={editRef} type="button" className="button button-secondary" aria-label={t('chapters.editLabel', { title: chapter.title })} onClick={onEdit}>
              {t('chapters.edit')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
