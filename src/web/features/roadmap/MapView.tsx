import { type PointerEvent as ReactPointerEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { LAYOUT, layoutMap } from '../../../domain/roadmap/layout';
import type { RoadmapMilestone, RoadmapVersionView } from '../../../shared/roadmap-types';
import { useT } from '../../i18n';
import { edgeLit, type Highlight, isLit } from './selection';

interface View {
  scale: number;
  x: number;
  y: number;
}

const MIN_SCALE = 0.3;
const MAX_SCALE = 2.5;
const PAN_STEP = 120;
const clamp = (s: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));

/**
 * The strategic map: focus areas as rows under their group headings, years as columns, milestones
 * as buttons (Tab and Enter select; Escape clears), arrows solid (enables) or dashed (leads to).
 * A selection lights up the way to the milestone and what it enables and fades the rest.
 * Zoom with buttons or the wheel, pan by dragging, with buttons or the arrow keys.
 */
export function MapView({ view, milestones, highlight, onSelect }: { view: RoadmapVersionView; milestones: RoadmapMilestone[]; highlight: Highlight | null; onSelect: (key: string | null) => void }) {
  const { t } = useT();
  const shownKeys = useMemo(() => new Set(milestones.map((m) => m.key)), [milestones]);
  const areaKeys = useMemo(() => new Set(milestones.map((m) => m.focusAreaKey)), [milestones]);
  const allAreas = useMemo(() => view.groups.flatMap((g) => g.focusAreas.map((a) => ({ key: a.key, name: a.name, groupName: g.name }))), [view.groups]);
  const layout = useMemo(
    () =>
      layoutMap({
        // A focus-area filter leaves one row; other filters keep every row so that the map keeps its shape.
        focusAreas: milestones.length > 0 && areaKeys.size === 1 && milestones.length < view.milestones.length ? allAreas.filter((a) => areaKeys.has(a.key)) : allAreas,
        milestones,
        goals: view.goals,
        edges: view.edges.filter((e) => shownKeys.has(e.from) && (e.toGoal || shownKeys.has(e.to))),
        fromYear: view.version.startYear,
        toYear: view.version.endYear,
      }),
    [view, milestones, shownKeys, areaKeys, allAreas],
  );
  const viewport = useRef<HTMLDivElement>(null);
  const [vp, setVp] = useState<View>({ scale: 1, x: 0, y: 0 });
  const drag = useRef<{ x: number; y: number; startX: number; startY: number } | null>(null);

  // Until the user zooms or pans, the map follows the viewport's width.
  const moved = useRef(false);
  const [fitScale, setFitScale] = useState(1);
  const fitToWidth = useCallback(() => {
    moved.current = false;
    const width = viewport.current?.clientWidth ?? layout.width;
    const scale = clamp(Math.min(1, (width - 8) / layout.width));
    setFitScale(scale);
    setVp({ scale, x: 0, y: 0 });
  }, [layout.width]);
  useEffect(() => {
    fitToWidth();
    const el = viewport.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (!moved.current) fitToWidth();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [fitToWidth]);

  const zoomAt = useCallback((factor: number, cx?: number, cy?: number) => {
    moved.current = true;
    setVp((v) => {
      const scale = clamp(v.scale * factor);
      const rect = viewport.current?.getBoundingClientRect();
      const px = cx ?? (rect ? rect.width / 2 : 0);
      const py = cy ?? (rect ? rect.height / 2 : 0);
      // Keep the point under the pointer where it is.
      return { scale, x: px - ((px - v.x) * scale) / v.scale, y: py - ((py - v.y) * scale) / v.scale };
    });
  }, []);
  const pan = (dx: number, dy: number) => {
    moved.current = true;
    setVp((v) => ({ ...v, x: v.x + dx, y: v.y + dy }));
  };

  useEffect(() => {
    const el = viewport.current;
    if (!el) return;
    // React's wheel listener is passive; the map's zoom must keep the page from scrolling.
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const rect = el.getBoundingClientRect();
      zoomAt(e.deltaY < 0 ? 1.1 : 1 / 1.1, e.clientX - rect.left, e.clientY - rect.top);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [zoomAt]);

  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>) => {
    if ((e.target as HTMLElement).closest('button')) return;
    drag.current = { x: e.clientX, y: e.clientY, startX: vp.x, startY: vp.y };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: ReactPointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    moved.current = true;
    setVp((v) => ({ ...v, x: d.startX + e.clientX - d.x, y: d.startY + e.clientY - d.y }));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      onSelect(null);
      return;
    }
    if (e.target !== e.currentTarget) return;
    const moves: Record<string, [number, number]> = { ArrowLeft: [PAN_STEP, 0], ArrowRight: [-PAN_STEP, 0], ArrowUp: [0, PAN_STEP], ArrowDown: [0, -PAN_STEP] };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      pan(...move);
    } else if (e.key === '+' || e.key === '-') {
      e.preventDefault();
      zoomAt(e.key === '+' ? 1.2 : 1 / 1.2);
    }
  };

  // A card reached by Tab may lie outside the viewport: pan it into view (the viewport itself never scrolls).
  const reveal = (c: { x: number; y: number; width: number; height: number }) => {
    const el = viewport.current;
    if (!el) return;
    el.scrollLeft = 0;
    el.scrollTop = 0;
    setVp((v) => {
      const left = v.x + c.x * v.scale;
      const top = v.y + c.y * v.scale;
      const right = left + c.width * v.scale;
      const bottom = top + c.height * v.scale;
      let { x, y } = v;
      if (left < 8) x += 8 - left;
      else if (right > el.clientWidth - 8) x -= right - el.clientWidth + 8;
      if (top < 8) y += 8 - top;
      else if (bottom > el.clientHeight - 8) y -= bottom - el.clientHeight + 8;
      return x === v.x && y === v.y ? v : { ...v, x, y };
    });
  };
  const byKey = new Map(milestones.map((m) => [m.key, m]));
  const when = (m: RoadmapMilestone) => (m.year === null ? t('roadmap.unscheduled') : String(m.year));
  const columnLabel = (key: string, year: number | null) => (key === 'goals' ? t('roadmap.goals') : year === null ? t('roadmap.unscheduled') : String(year));
  // Tall enough for the whole map at the fitted zoom; zooming in does not grow the page.
  const viewportHeight = Math.max(320, layout.height * fitScale + 12);

  return (
    <div className="roadmap-map">
      <div className="roadmap-map-tools" role="toolbar" aria-label={t('roadmap.map.label')}>
        <button type="button" className="button button-secondary button-small" onClick={() => zoomAt(1.2)} aria-label={t('roadmap.map.zoomIn')} title={t('roadmap.map.zoomIn')}>
          +
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => zoomAt(1 / 1.2)} aria-label={t('roadmap.map.zoomOut')} title={t('roadmap.map.zoomOut')}>
          −
        </button>
        <button type="button" className="button button-secondary button-small" onClick={fitToWidth}>
          {t('roadmap.map.zoomReset')}
        </button>
        {(
          [
            ['panLeft', '←', PAN_STEP, 0],
            ['panUp', '↑', 0, PAN_STEP],
            ['panDown', '↓', 0, -PAN_STEP],
            ['panRight', '→', -PAN_STEP, 0],
          ] as const
        ).map(([key, arrow, dx, dy]) => (
          <button key={key} type="button" className="button button-secondary button-small" onClick={() => pan(dx, dy)} aria-label={t(`roadmap.map.${key}`)} title={t(`roadmap.map.${key}`)}>
            {arrow}
          </button>
        ))}
        <span className="meta roadmap-zoom" aria-live="polite">
          {t('roadmap.map.zoomLevel', { percent: Math.round(vp.scale * 100) })}
        </span>
      </div>
      <p className="meta roadmap-map-help" id="roadmap-map-help">
        {t('roadmap.map.help')}
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: the map's viewport, not a document section */}
      <div
        ref={viewport}
        className="roadmap-viewport"
        style={{ height: viewportHeight }}
        role="region"
        aria-label={t('roadmap.map.label')}
        aria-describedby="roadmap-map-help"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: it takes focus so that keyboard users can pan and zoom the map (WCAG 2.1.1)
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onKeyDown={onKeyDown}
      >
        <div className="roadmap-canvas" style={{ width: layout.width, height: layout.height, transform: `translate(${vp.x}px, ${vp.y}px) scale(${vp.scale})` }}>
          <svg width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} aria-hidden="true" focusable="false">
            <defs>
              <marker id="rm-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M 0 0 L 10 5 L 0 10 z" className="rm-arrowhead" />
              </marker>
              <marker id="rm-arrow-lit" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M 0 0 L 10 5 L 0 10 z" className="rm-arrowhead-lit" />
              </marker>
            </defs>
            {layout.rows.map((r, i) => (
              <g key={r.focusAreaKey}>
                <rect x={LAYOUT.groupLabelWidth} y={r.y} width={layout.width - LAYOUT.groupLabelWidth} height={r.height} className={i % 2 ? 'rm-row rm-row-alt' : 'rm-row'} />
                <foreignObject x={LAYOUT.groupLabelWidth + 6} y={r.y + 6} width={LAYOUT.rowLabelWidth - 12} height={r.height - 12}>
                  <p className="rm-row-label">{r.name}</p>
                </foreignObject>
              </g>
            ))}
            {layout.groups.map((g) => (
              <g key={g.name}>
                <rect x={0} y={g.y} width={LAYOUT.groupLabelWidth} height={g.height} className="rm-group" />
                <text x={LAYOUT.groupLabelWidth / 2} y={g.y + g.height / 2} className="rm-group-label" transform={`rotate(-90 ${LAYOUT.groupLabelWidth / 2} ${g.y + g.height / 2})`}>
                  {g.name}
                </text>
              </g>
            ))}
            {layout.columns.map((c) => (
              <g key={c.key}>
                <text x={c.x + c.width / 2} y={LAYOUT.headerHeight - 16} className="rm-column-label">
                  {columnLabel(c.key, c.year)}
                </text>
                <line x1={c.x} y1={LAYOUT.headerHeight} x2={c.x} y2={layout.height} className="rm-column-line" />
              </g>
            ))}
            {layout.edges.map((e) => {
              const lit = highlight ? edgeLit(highlight, e) : false;
              return (
                <path
                  key={`${e.from}>${e.to}`}
                  d={e.path}
                  className={`rm-edge ${e.kind === 'leads-to' ? 'rm-edge-dashed' : ''} ${highlight ? (lit ? 'rm-edge-lit' : 'rm-faded') : ''}`}
                  markerEnd={lit ? 'url(#rm-arrow-lit)' : 'url(#rm-arrow)'}
                />
              );
            })}
            {layout.goals.map((g) => (
              <g key={g.key} className={highlight && !highlight.goals.has(g.key) ? 'rm-faded' : undefined}>
                <rect x={g.x} y={g.y} width={g.width} height={g.height} rx={18} className="rm-goal" />
                {g.lines.map((line, i) => (
                  <text key={i} x={g.x + g.width / 2} y={g.y + LAYOUT.cardPadding + 11 + i * LAYOUT.lineHeight} className="rm-goal-label">
                    {line}
                  </text>
                ))}
              </g>
            ))}
          </svg>
          {layout.cards.map((c) => {
            const m = byKey.get(c.key)!;
            const lit = isLit(highlight, c.key);
            const role = !highlight ? '' : c.key === highlight.selected ? 'rm-selected' : highlight.before.has(c.key) ? 'rm-before' : highlight.after.has(c.key) ? 'rm-after' : 'rm-faded';
            return (
              <button
                key={c.key}
                type="button"
                data-key={c.key}
                className={`rm-card rm-status-${m.status} ${role} ${lit ? '' : 'rm-faded'}`}
                style={{ left: c.x, top: c.y, width: c.width, height: c.height }}
                aria-pressed={highlight?.selected === c.key}
                aria-label={t('roadmap.map.card', { title: m.title, when: when(m), status: t(`roadmap.statusName.${m.status}`) })}
                onClick={() => onSelect(highlight?.selected === c.key ? null : c.key)}
                onFocus={() => reveal(c)}
              >
                {c.lines.map((line, i) => (
                  <span key={i} className="rm-card-line">
                    {line}
                  </span>
                ))}
                {m.status !== 'planned' && <span className={`rm-card-badge rm-badge-${m.status}`}>{t(`roadmap.statusName.${m.status}`)}</span>}
              </button>
            );
          })}
        </div>
      </div>
    </div>
  );
}
