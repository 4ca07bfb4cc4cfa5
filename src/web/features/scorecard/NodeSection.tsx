import { memo } from 'react';
import type { GovernanceModel } from '../../../domain/model/governance';
import type { ScorecardNode } from '../../../shared/api-types';
import { StatusBadge, StatusCounts } from '../../components/StatusBadge';
import { useT } from '../../i18n';
import { MeasureTable } from './MeasureTable';

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

interface NodeSectionProps {
  node: ScorecardNode;
  depth: number;
  model: GovernanceModel;
  isOpen: (id: number) => boolean;
  toggle: (id: number) => void;
}

/** One node of the plan (perspective, goal, success factor, … as the model names them) with its children. */
export const NodeSection = memo(function NodeSection({ node, depth, model, isOpen, toggle }: NodeSectionProps) {
  const { t, lang } = useT();
  const Heading = `h${Math.min(depth + 2, 6)}` as HeadingTag;
  const level = model.levels.find((l) => l.key === node.levelKey);
  const levelName = level?.name[lang] ?? node.levelKey;
  const open = isOpen(node.id);
  const headingId = `node-${node.id}-heading`;
  const contentId = `node-${node.id}-content`;
  const bodies = node.bodies.map((code) => {
    const body = model.bodies.find((b) => b.code === code);
    return body ? `${body.name[lang]} (${code})` : code;
  });
  const hasContent = node.children.length > 0 || node.measures.length > 0;

  return (
    <section id={`node-${node.id}`} className={`node node-depth-${Math.min(depth, 3)}`} aria-labelledby={headingId}>
      <Heading id={headingId} className="node-heading">
        {hasContent ? (
          <button type="button" aria-expanded={open} aria-controls={contentId} onClick={() => toggle(node.id)}>
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
            <span className="node-title">{node.title}</span>
          </span>
        )}
      </Heading>
      <div className="node-status">
        <StatusBadge status={node.fulfilment.status} />
        <StatusCounts counts={node.fulfilment.counts} label={t('scorecard.countsOf', { title: node.title })} />
      </div>
      <p className="reason">{node.fulfilment.explanation[lang]}</p>
      {bodies.length > 0 && <p className="meta">{t('scorecard.bodies', { bodies: bodies.join(', ') })}</p>}
      {hasContent && (
        <div id={contentId} className="node-content" hidden={!open}>
          {node.measures.length > 0 && <MeasureTable node={node} model={model} />}
          {node.children.map((child) => (
            <NodeSection key={child.id} node={child} depth={depth + 1} model={model} isOpen={isOpen} toggle={toggle} />
          ))}
        </div>
      )}
    </section>
  );
});
