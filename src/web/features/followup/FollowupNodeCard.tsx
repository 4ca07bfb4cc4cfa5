import type { OrganisationUser } from '../../../shared/api-types';
import type { FollowupNode } from '../../../shared/followup-types';
import { StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../i18n';
import { JudgementForm } from './JudgementForm';
import { byLine } from './labels';
import { NodeOwner } from './NodeOwner';

type HeadingTag = 'h3' | 'h4' | 'h5' | 'h6';

interface Props {
  node: FollowupNode;
  levelName: string;
  planId: number;
  period: string;
  people: OrganisationUser[] | undefined;
  canAssignOwners: boolean;
}

/** One goal or success factor in follow-up: the proposal and its sentence, the responsible person, status and who/when, the judgement. */
export function FollowupNodeCard({ node, levelName, planId, period, people, canAssignOwners }: Props) {
  const T = useT();
  const { t, lang } = T;
  const Heading = `h${Math.min(3 + node.depth, 6)}` as HeadingTag;
  const headingId = `judgement-${node.id}-heading`;
  const j = node.judgement;
  const stamps = j
    ? [
        byLine(T, t('followup.event.save'), j.updatedBy, j.updatedAt),
        j.submittedAt ? byLine(T, t('followup.event.submit'), j.submittedBy, j.submittedAt) : null,
        j.approvedAt ? byLine(T, t('followup.event.approve'), j.approvedBy, j.approvedAt) : null,
      ].filter((s): s is string => s !== null)
    : [];
  return (
    <section id={`judgement-${node.id}`} className={`followup-node followup-depth-${Math.min(node.depth, 2)}`} aria-labelledby={headingId}>
      <Heading id={headingId} className="followup-node-heading">
        <span className="level-name">
          {levelName}
          <span className="visually-hidden">: </span>
        </span>{' '}
        {node.title}
      </Heading>
      <div className="followup-facts">
        <div className="proposal">
          <span className="label">{t('followup.proposal')}:</span> <StatusBadge status={node.proposal.status} />
          <p className="reason">{node.proposal.explanation[lang]}</p>
          {node.notMetMeasures.length > 0 && <p className="meta">{t('followup.notMetMeasures', { measures: node.notMetMeasures.join(', ') })}</p>}
        </div>
        <NodeOwner node={node} people={people} canAssign={canAssignOwners} />
        <p className={`judgement-status judgement-status-${j?.status ?? 'none'}`}>
          <span className="label">{t('followup.judgementLegend')}:</span> {t(`followup.status.${j?.status ?? 'none'}`)}
          {j?.judgement && <> – {t(`followup.judgement.${j.judgement}`)}</>}
        </p>
        {stamps.length > 0 && (
          <ul className="stamps meta">
            {stamps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        )}
      </div>
      <JudgementForm key={`${period}-${node.id}`} node={node} planId={planId} period={period} />
      {j && j.history.length > 0 && (
        <details className="judgement-history">
          <summary>
            {t('followup.history')}
            <span className="visually-hidden"> – {node.title}</span>
          </summary>
          <ol>
            {j.history.map((e, i) => (
              <li key={i}>
                {byLine(T, t(`followup.event.${e.action}`), e.by, e.at)}
                {e.comment && <>: ”{e.comment}”</>}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
