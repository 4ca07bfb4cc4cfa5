import type { ReactNode } from 'react';
import { ScrollRegion } from './States';

/** One change between two versions: what kind of change, to what, and how it read before and after. */
export interface ChangeRow {
  key: string;
  change: string;
  what: ReactNode;
  before: ReactNode;
  after: ReactNode;
}

interface Props {
  caption: string;
  /** Shown to screen readers only, where a heading above already says it. */
  captionHidden?: boolean;
  className: string;
  /** Column heads: the change, what changed, the earlier version, the later one. */
  heads: [string, string, string, string];
  rows: ChangeRow[];
  rowClassName: (row: ChangeRow) => string;
}

/** The table of a version comparison, shared by the plan's versions and the strategic map's. */
export function ChangeTable({ caption, captionHidden, className, heads, rows, rowClassName }: Props) {
  return (
    <ScrollRegion label={caption}>
      <table className={`data-table ${className}`}>
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {heads.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={rowClassName(r)}>
              <td>
                <strong>{r.change}</strong>
              </td>
              <th scope="row">{r.what}</th>
              <td>{r.before}</td>
              <td>{r.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
