import type { Messages } from './types';

/** English texts for value files in the formats regions get them. Part of en.ts. */
export const enValueFormats = {
  valueFormats: {
    detected: 'Format: {format}',
    format: {
      csv: 'CSV',
      xlsx: 'XLSX (Excel)',
      'dhis2-json': 'DHIS2 dataValueSets (JSON)',
      'dhis2-csv': 'DHIS2 dataValueSets (CSV)',
      'pxweb-json': 'SCB PxWebApi (PX-Web JSON)',
      'json-stat2': 'SCB PxWebApi (JSON-stat 2.0)',
      'kolada-json': 'Kolada (JSON)',
      'kolada-csv': 'Kolada file',
      'stratsys-tsv': 'Stratsys export (tab-separated)',
    },
    system: {
      kolada: 'Kolada',
      dhis2: 'DHIS2',
      scb: 'SCB',
      name: 'Name',
    },
    codesStep: '2. Map the file’s codes',
    allMapped: 'Every code in the file is mapped to the plan’s measures and the organisation’s areas.',
    unmappedIntro: 'The file has codes that are not mapped yet. Map them once; the mapping is kept for the organisation and used for later files.',
    measureCodes: 'Measures',
    areaCodes: 'Units',
    measureFor: '{system} {code}',
    rows: '{count} rows',
    chooseMeasure: '– choose a measure –',
    areaFor: 'Area for {system} {code}',
    areaHint: 'Leave empty for the whole organisation.',
    save: 'Save the mappings',
    saving: 'Saving …',
    nothingChosen: 'Choose a measure for at least one code.',
    interrupted: 'The import was interrupted {count} time(s) by a restart and started over.',
  },
} as const satisfies Pick<Messages, 'valueFormats'>;
