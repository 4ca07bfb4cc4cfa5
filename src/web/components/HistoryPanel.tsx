import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Lang } from '../../domain/i18n/lang';
import { api } from '../api/client';
import { type MessageKey, useT } from '../i18n';
import { type AuditChange, auditChanges } from './auditChanges';
import { ErrorMessage, Loading } from './States';

export interface HistoryPanelProps {
  objectType: 'node' | 'measure' | 'plan';
  objectId: number;
  /** The object's name, read out with the disclosure ("Historik för …") so that several on one page differ. */
  title?: string;
}

const LOCALES: Record<Lang, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

/** Query key prefix of every history, so that an edit can refresh the open ones. */
export const auditKey = (objectType: string, objectId: number) => ['audit', objectType, objectId] as const;

/**
 * "Historik": who changed what and when, newest first, loaded when the disclosure is opened.
 * Usable for a node, a measure or a plan: `<HistoryPanel objectType="measure" objectId={id} />`.
 */
export function HistoryPanel({ objectType, objectId, title }: HistoryPanelProps) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="history-panel" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary data-focus-key={`${objectId}:history`}>
        {t('history.summary')}
        {title && <span className="visually-hidden"> {t('history.summaryOf', { title })}</span>}
      </summary>
      {open && <HistoryList objectType={objectType} objectId={objectId} title={title} />}
    </details>
  );
}

function HistoryList({ objectType, objectId, title }: HistoryPanelProps) {
  const { t, lang } = useT();
  const history = useQuery({
    queryKey: auditKey(objectType, objectId),
    queryFn: ({ signal }) => api.call('GET /api/audit', { query: { objectType, objectId } }, { signal }),
  });
  if (history.isPending) return <Loading label={t('history.loading')} />;
  if (history.isError) return <ErrorMessage error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.length === 0) return <p>{t('history.empty')}</p>;
  const format = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ol className="history-list" aria-label={title ? t('history.listLabel', { title }) : t('history.summary')}>
      {history.data.map((entry) => (
        <li key={entry.id}>
          <span className="history-meta">
            {entry.actor ?? t('history.someone')}
            {', '}
            <time dateTime={entry.at}>{format.format(new Date(entry.at))}</time>
          </span>
          <ul className="history-changes">
            {auditChanges(entry).map((change, i) => (
              <li key={i}>{changeText(change, t)}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

type T = ReturnType<typeof useT>['t'];

function fieldWord(field: string, t: T): string {
  const key = `history.fields.${field}` as MessageKey;
  const text = (t as (k: MessageKey) => string)(key);
  return text === key ? field : text;
}

/** One change in words: "Bytte namn från «a» till «b»", "Ändrade målet för 2025 från «x» till «y»". */
function changeText(change: AuditChange, t: T): string {
  const value = (v: string | null | undefined) => (v ? v : t('history.emptyValue'));
  switch (change.kind) {
    case 'created':
      return change.name ? t('history.createdNamed', { name: change.name }) : t('history.created');
    case 'renamed':
      return t('history.renamed', { from: value(change.from), to: value(change.to) });
    case 'target':
      if (change.from === null) return t('history.targetSet', { year: change.year, to: value(change.to) });
      if (change.to === null || change.to === '') return t('history.targetRemoved', { year: change.year, from: change.from });
      return t('history.targetChanged', { year: change.year, from: change.from, to: change.to });
    case 'field':
      return change.from !== undefined && change.to !== undefined
        ? t('history.changedFromTo', { field: fieldWord(change.field, t), from: value(change.from), to: value(change.to) })
        : t('history.changed', { field: fieldWord(change.field, t) });
    case 'moved':
      return change.position === null ? t('history.moved') : t('history.movedTo', { position: change.position });
    case 'deleted':
      return t('history.deleted');
    case 'restored':
      return t('history.restored');
    case 'decided':
      return t('history.decided');
    case 'revised':
      return t('history.revised');
    case 'unchanged':
      return t('history.unchanged');
    case 'other':
      return t('history.other', { action: change.action });
  }
}
