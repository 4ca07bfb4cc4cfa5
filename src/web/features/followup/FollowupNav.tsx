import type { FollowupView } from '../../../shared/followup-types';
import { StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../i18n';

/** The goals and success factors of the period as a list to choose from, each with its proposal and where its judgement is. */
export function FollowupNav({ groups, selected, onSelect, levelName }: { groups: FollowupView['groups']; selected: number | null; onSelect: (id: number) => void; levelName: (key: string) => string }) {
  const { t } = useT();
  return (
    <nav className="followup-nav" aria-label={t('followupNav.label')}>
      {groups.map((g) => (
        <div key={g.id} className="followup-nav-group">
          <h2 id={`followup-group-${g.id}`}>
            <span className="level-name">
              {levelName(g.levelKey)}
              <span className="visually-hidden">: </span>
            </span>{' '}
            {g.title}
          </h2>
          <ul aria-labelledby={`followup-group-${g.id}`}>
            {g.nodes.map((n) => (
              <li key={n.id} className={`followup-nav-depth-${Math.min(n.depth, 2)}`}>
                <button type="button" className="followup-nav-item" aria-current={n.id === selected ? 'true' : undefined} onClick={() => onSelect(n.id)}>
                  <span className="followup-nav-title">{n.title}</span>
                  <span className="followup-nav-state">
                    <StatusBadge status={n.proposal.status} /> {t(`followup.status.${n.judgement?.status ?? 'none'}`)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
