import { memo } from 'react';
import type { GovernanceModel } from '../../../domain/model/governance';
import type { ScorecardNode } from '../../../shared/api-types';
import { StatusBadge, StatusCounts } from '../../components/StatusBadge';
import { Loading } from '../../components/States';
import { measureCount } from '../../../domain/scorecard/first-view';
import { useT } from '../../i18n';
import { MeasureTable } from './MeasureTable';
import { ApprovedJudgementNote } from '../followup/ApprovedJudgement';
import { AgendaChips } from '../plan-content/AgendaChips';
import { NodeEditTools } from '../plan-editor/NodeEditTools';
import { useDropTarget } from '../plan-editor/dropTarget';
import { PlanText, TermsOfTitle } from '../../components/PlanGlossary';

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

interface NodeSectionProps {
  node: ScorecardNode;
  depth: number;
  model: GovernanceModel;
  /** The scorecard's period, carried to the measures' pages for value entry. */
  period: string;
  /** Whether the node at `depth` is open: its measures and children are rendered only then. */
  isOpen: (id: number, depth: number) => boolean;
  toggle: (id: number, depth: number) => void;
}

/** The plan's text about a node (paragraphs separated by blank lines), closed until asked for. */
function NodeDescription({ node }: { node: ScorecardNode }) {
  const { t } = useT();
  const paragraphs = node.description.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  if (paragraphs.length === 0) return null;
  return (
    <details className="node-description">
      <summary>
        {t('node.description')}
        <span className="visually-hidden"> {t('node.descriptionOf', { title: node.title })}</span>
      </summary>
      {paragraphs.map((text, i) => (
        <p key={i}>
          <PlanText text={text} />
        </p>
      ))}
    </details>
  );
}

/** One node of the plan (perspective, goal, success factor, … as the model names them) with its children. */
export const NodeSection = memo(function NodeSection({ node, depth, model, period, isOpen, toggle }: NodeSectionProps) {
  const { t, lang } = useT();
  const Heading = `h${Math.min(depth + 2, 6)}` as HeadingTag;
  const level = model.levels.find((l) => l.key === node.levelKey);
  const levelName = level?.name[lang] ?? node.levelKey;
  const open = isOpen(node.id, depth);
  const headingId = `node-${node.id}-heading`;
  const contentId = `node-${node.id}-content`;
  const bodies = node.bodies.map((code) => {
    const body = model.bodies.find((b) => b.code === code);
    return body ? `${body.name[lang]} (${code})` : code;
  });
  const hasContent = node.children.length > 0 || measureCount(node) > 0;
  // Left out of the first view's form: on their way with the whole scorecard.
  const measuresComing = node.measuresLeftOut !== undefined;
  const drop = useDropTarget(node);

  return (
    <section id={`node-${node.id}`} className={`node node-depth-${Math.min(depth, 3)}${drop.className}`} aria-labelledby={headingId} {...drop.props}>
      <Heading id={headingId} className="node-heading">
        {hasContent ? (
          <button type="button" aria-expanded={open} aria-controls={contentId} onClick={() => toggle(node.id, depth)}>
            <span className="chevron" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            <span className="level-name">
              {levelName}
              <span className="visually-hidden">: </span>
            </span>
            <span className="node-title">{node.title}</span>
          </button>
        ) : (
          <span className="node-heading-static">
            <span className="level-name">
              {levelName}
              <span className="visually-hidden">: </span>
            </span>
            <span className="node-title">
              <PlanText text={node.title} />
            </span>
          </span>
        )}
      </Heading>
      {/* A title inside the open/close button cannot hold the terms' own buttons: they are explained beside it. */}
      {hasContent && <TermsOfTitle title={node.title} />}
      <NodeEditTools node={node} />
      {node.longTermGoals.trim() && (
        <p className="long-term-goals">
          <PlanText text={node.longTermGoals} />
        </p>
      )}
      <div className="node-status">
        <StatusBadge status={node.fulfilment.status} />
        <StatusCounts counts={node.fulfilment.counts} label={t('scorecard.countsOf', { title: node.title })} />
      </div>
      <p className="reason">{node.fulfilment.explanation[lang]}</p>
      <ApprovedJudgementNote nodeId={node.id} />
      {bodies.length > 0 && <p className="meta">{t('scorecard.bodies', { bodies: bodies.join(', ') })}</p>}
      <AgendaChips nodeId={node.id} title={node.title} />
      <NodeDescription node={node} />
      {hasContent && (
        <div id={contentId} className="node-content" hidden={!open}>
          {open && node.measures.length > 0 && <MeasureTable node={node} model={model} period={period} />}
          {open && measuresComing && <Loading />}
          {open && node.children.map((child) => (
            <NodeSection
              key={child.id}
              node={child}
              depth={depth + 1}
              model={model}
              period={period}
              isOpen={isOpen}
              toggle={toggle}
            />
          ))}
        </div>
      )}
    </section>
  );
});
