import { useId } from 'react';
import { buildTimeline } from '../../../domain/plan-content/timeline';
import { WORK_STATUS_LABELS } from '../../../domain/plan-content/work-status';
import type { Activity } from '../../../shared/plan-content-types';
import { ScrollRegion } from '../../components/States';
import { useT } from '../../i18n';
import { formatDate, monthName } from '../plan-content/dates';

interface TimelineProps {
  activities: Activity[];
  startYear: number;
  endYear: number;
  today: string;
}

/**
 * The action plan on a month grid (CSS grid). Every bar carries its dates, status and progress as
 * text for screen readers; the table above holds the same facts, so this is a view, not the only one.
 */
export function ActivityTimeline({ activities, startYear, endYear, today }: TimelineProps) {
  const { t, lang } = useT();
  const captionId = useId();
  const { months, bars } = buildTimeline(activities, startYear, endYear, today);
  const byId = new Map(activities.map((a) => [a.id, a]));
  const columns = { gridTemplateColumns: `minmax(12rem, 16rem) repeat(${months.length}, minmax(1.1rem, 1fr))` };
  const years = [...new Set(months.map((m) => m.year))];
  const todayIndex = months.findIndex((m) => m.key === today.slice(0, 7));

  return (
    <figure className="timeline" aria-labelledby={captionId}>
      <figcaption id={captionId}>
        <h2>{t('activities.timeline', { start: startYear, end: endYear })}</h2>
        <p className="meta">{t('activities.timelineIntro')}</p>
      </figcaption>
      {bars.length === 0 ? (
        <p>{t('activities.timelineEmpty')}</p>
      ) : (
        <ScrollRegion label={t('activities.timeline', { start: startYear, end: endYear })}>
          <div className="timeline-grid">
            <div className="timeline-head" style={columns} aria-hidden="true">
              {years.map((year, i) => (
                <span key={year} className="timeline-year" style={{ gridColumn: `${2 + i * 12} / span 12` }}>
                  {year}
                </span>
              ))}
              {months.map((m, i) => (
                <span key={m.key} className="timeline-month" style={{ gridColumn: `${i + 2}`, gridRow: 2 }}>
                  {monthName(m.month, lang).slice(0, 1)}
                </span>
              ))}
            </div>
            <ol className="timeline-rows">
              {bars.map((bar) => {
                const a = byId.get(bar.id)!;
                const dates = t('activities.dates', { start: formatDate(a.startDate, lang), end: formatDate(a.endDate, lang) });
                const extent = [bar.startsBefore ? t('activities.before') : '', bar.endsAfter ? t('activities.after') : ''].filter(Boolean).join(', ');
                return (
                  <li key={bar.id} className="timeline-row" style={columns}>
                    <span className="timeline-label">
                      {a.title}
                      {bar.late && <span className="late-flag"> ({t('activities.late')})</span>}
                    </span>
                    {todayIndex >= 0 && <span className="timeline-today" style={{ gridColumn: `${todayIndex + 2}` }} aria-hidden="true" />}
                    <span
                      className={`timeline-bar work-status-${a.status}${bar.late ? ' is-late' : ''}${bar.startsBefore ? ' starts-before' : ''}${bar.endsAfter ? ' ends-after' : ''}`}
                      style={{ gridColumn: `${bar.first + 2} / ${bar.last + 3}` }}
                    >
                      <span className="timeline-progress" style={{ width: `${a.progress}%` }} />
                      <span className="visually-hidden">
                        {t('activities.barLabel', {
                          title: a.title,
                          dates,
                          status: WORK_STATUS_LABELS[a.status][lang],
                          progress: t('activities.progress', { percent: a.progress }),
                        })}
                        {extent && `, ${extent}`}
                      </span>
                    </span>
                  </li>
                );
              })}
            </ol>
          </div>
        </ScrollRegion>
      )}
    </figure>
  );
}
