import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { parseRichText } from '../../../domain/plan-content/rich-text';
import type { Chapter } from '../../../shared/plan-content-types';
import { useSaveChapter } from '../../api/plan-content-queries';
import { Field, TextField } from '../../components/Field';
import { FormFooter } from '../../components/Form';
import { useT } from '../../i18n';
import { placeErrors } from '../../lib/formErrors';
import { focusFirstInvalid, useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { RichText } from './RichText';

type FieldName = 'title' | 'body';
const FIELDS: readonly FieldName[] = ['title', 'body'];

/** An editor's form for one chapter: the markup in a textarea, a live preview, and what would be shown as text. */
export function ChapterEditor({ planId, chapter, onDone }: { planId: number; chapter: Chapter; onDone: (saved: string | null) => void }) {
  const { t } = useT();
  const save = useSaveChapter(planId, chapter.id);
  const [title, setTitle] = useState(chapter.title);
  const [body, setBody] = useState(chapter.body);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterCommit = useFocusAfterCommit();
  const previewId = useId();
  const problems = useMemo(() => parseRichText(body).issues, [body]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setFormError(null);
    save.mutate(
      // The version the person started from: a save by someone else since is refused, not overwritten.
      { title, body, version: chapter.version },
      {
        onSuccess: (saved) => onDone(t('chapters.saved', { title: saved.title })),
        onError: (error) => {
          const placed = placeErrors(error, FIELDS, { network: t('app.networkError'), fallback: t('chapters.failed') });
          // Every line the server refused, not only the first.
          const bodyLines = (error.details ?? []).filter((d) => d.path === 'body').map((d) => d.message);
          setErrors({ ...placed.byField, ...(bodyLines.length > 0 ? { body: bodyLines.join(' ') } : {}) });
          setFormError(placed.formError);
          focusAfterCommit(() => focusFirstInvalid(formRef.current));
        },
      },
    );
  };

  return (
    <form ref={formRef} className="form card chapter-editor" onSubmit={onSubmit} noValidate>
      <TextField label={t('chapters.editorTitle')} error={errors.title} value={title} onChange={setTitle} required />
      <Field label={t('chapters.editorBody')} hint={t('chapters.editorHint')} error={errors.body}>
        <textarea rows={14} value={body} onChange={(e) => setBody(e.target.value)} spellCheck />
      </Field>
      {problems.length > 0 && (
        <div className="chapter-problems" role="status">
          <p>{t('chapters.problems')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{t('chapters.problemLine', { line: p.line, message: p.message })}</li>
            ))}
          </ul>
        </div>
      )}
      <section className="chapter-preview" aria-labelledby={previewId}>
        <h3 id={previewId}>{t('chapters.preview')}</h3>
        <RichText source={body} firstHeadingLevel={4} />
      </section>
      <FormFooter error={formError} pending={save.isPending} submitLabel={t('chapters.save')} pendingLabel={t('chapters.saving')}>
        <button type="button" className="button button-secondary" onClick={() => onDone(null)}>
          {t('chapters.cancel')}
        </button>
      </FormFooter>
    </form>
  );
}
