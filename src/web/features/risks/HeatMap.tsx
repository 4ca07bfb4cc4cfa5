import { useRef, type KeyboardEvent } from 'react';
import type { HeatMapCell } from '../../../shared/risks-types';
import { useT } from '../../i18n';

export interface CellFilter {
  consequence: number;
  probability: number;
}

interface Props {
  year: number;
  cells: HeatMapCell[][];
  filter: CellFilter | null;
  onFilter: (filter: CellFilter | null) => void;
}

const MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/**
 * The 4×4 risk matrix as a real table: consequence down the side (4 on top), probability along
 * the top, each cell a button with its count that filters the list below. Colour marks the
 * class, and the same information is in the text, so nothing depends on seeing colour.
 */
export function HeatMap({ year, cells, filter, onFilter }: Props) {
  const { t } = useT();
  const tableRef = useRef<HTMLTableElement>(null);
  const probabilities = cells[0]?.map((c) => c.probability) ?? [];

  // Arrow keys move between cells as in a grid; Tab still reaches every button in order.
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, row: number, col: number) => {
    const move = MOVES[event.key];
    if (!move) return;
    const next = tableRef.current?.querySelector<HTMLButtonElement>(`button[data-cell="${row + move[0]}-${col + move[1]}"]`);
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  return (
    <div className="heat-map">
      <table ref={tableRef} className="heat-map-table">
        <caption>{t('risks.heatMap.caption', { year })}</caption>
        <thead>
          <tr>
            <td className="heat-map-corner" />
            <th scope="colgroup" colSpan={probabilities.length}>
              {t('risks.heatMap.probability')}
            </th>
          </tr>
          <tr>
            <th scope="col">{t('risks.heatMap.consequence')}</th>
            {probabilities.map((p) => (
              <th key={p} scope="col" className="num">
                {p}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cells.map((row, r) => (
            <tr key={row[0]?.consequence ?? r}>
              <th scope="row" className="num">
                {row[0]?.consequence}
              </th>
              {row.map((cell, c) => {
                const active = filter?.consequence === cell.consequence && filter.probability === cell.probability;
                return (
                  <td key={cell.probability}>
                    <button
                      type="button"
                      data-cell={`${r}-${c}`}
                      className={`heat-cell heat-${cell.riskClass}${cell.count === 0 ? ' heat-empty' : ''}`}
                      aria-pressed={active}
                      aria-label={t('risks.heatMap.cell', {
                        consequence: cell.consequence,
                        probability: cell.probability,
                        risk: cell.risk,
                        class: t(`risks.class.${cell.riskClass}`),
                        count: cell.count,
                      })}
                      onClick={() => onFilter(active ? null : { consequence: cell.consequence, probability: cell.probability })}
                      onKeyDown={(e) => onKeyDown(e, r, c)}
                    >
                      <span className="heat-count">{cell.count}</span>
                      <span className="heat-risk">{t('risks.heatMap.riskValue', { risk: cell.risk })}</span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="meta">{t('risks.heatMap.keyboard')}</p>
    </div>
  );
}
