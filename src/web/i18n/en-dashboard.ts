import type { Messages } from './types';

/** English texts for the dashboard and the chart/table switch. Part of en.ts. */
export const enDashboard = {
  dashboard: {
    title: 'Dashboard',
    link: 'Dashboard',
    intro: 'Goal fulfilment for {period}, the trend over the plan’s periods and the measures whose status changed.',
    period: 'Period',
    byNode: {
      heading: 'Goal fulfilment per {first} and {second}',
      caption: 'Judged measures per status for {period}',
      summary: '{period}: {counts}.',
      nodeSummary: '{title}: {counts}',
      col: {
        node: 'Part of the plan',
        status: 'Rolled-up status',
      },
    },
    trend: {
      heading: 'Trend over periods',
      byNodeHeading: 'Status per {level} and period',
      byNodeCaption: 'Rolled-up status per {level} and period',
      caption: 'Measures per status and period',
      summary: 'The trend over {count} periods.',
      col: {
        period: 'Period',
      },
    },
    changes: {
      heading: 'Measures whose status changed since {period}',
      headingFirst: 'Measures whose status changed',
      none: 'No measure has changed status since {period}.',
      first: 'This is the plan’s first period, so there is no earlier period to compare with.',
      caption: 'Measures whose status changed from {from} to {to}',
      col: {
        measure: 'Measure',
        from: 'Before',
        to: 'Now',
        change: 'Change',
      },
      better: 'Better',
      worse: 'Worse',
      other: 'Changed',
    },
    regions: {
      heading: 'Comparison with other regions',
      intro: 'Measures linked to a Kolada KPI can be compared with all 21 Swedish regions and the country as a whole.',
      kpi: 'Kolada {kpi}',
      link: 'Compare with other regions',
      none: 'None of the plan’s measures is linked to a Kolada KPI yet. Link a measure on the measure’s page.',
    },
    areas: {
      heading: 'Comparison across areas',
      intro: 'One measure’s values per area (org unit or municipality) for a period, ranked, with the value for the whole region.',
      measure: 'Measure',
      period: 'Period',
      sex: 'Sex',
      none: 'No measure has values by area yet. Enter a value with an area on the measure’s page.',
      whole: 'Whole region',
      wholeValue: 'Whole region: {value}',
      wholeMissing: 'No value for the whole region in the period.',
      orderBest: 'Ranked best value first.',
      orderHighest: 'Ranked highest value first: the measure’s better direction is not set.',
      spread: 'Gap between lowest and highest: {value}.',
      caption: '{name}, {period}, by area',
      summary: '{name}, {period}: {areas}.',
      col: {
        rank: 'Rank',
        area: 'Area',
        value: 'Value',
        fromWhole: 'Difference from the whole region',
      },
    },
  },
  charts: {
    view: 'Show as',
    chart: 'Chart',
    table: 'Table',
    legend: 'Legend',
  },
} as const satisfies Pick<Messages, 'dashboard' | 'charts'>;
