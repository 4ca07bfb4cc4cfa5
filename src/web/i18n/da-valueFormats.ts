import type { Messages } from './types';

/** Danish texts for value files in the formats regions get them. Part of da.ts. */
export const daValueFormats = {
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
      'kolada-csv': 'Kolada-fil',
      'stratsys-tsv': 'Stratsys-eksport (tabulatorsepareret)',
    },
    system: {
      kolada: 'Kolada',
      dhis2: 'DHIS2',
      scb: 'SCB',
      name: 'Navn',
    },
    codesStep: '2. Tilknyt filens koder',
    allMapped: 'Alle koder i filen er tilknyttet planens mål og organisationens områder.',
    unmappedIntro: 'Filen har koder, der endnu ikke er tilknyttet. Tilknyt dem én gang; tilknytningen gemmes for organisationen og bruges til kommende filer.',
    measureCodes: 'Mål',
    areaCodes: 'Enheder',
    measureFor: '{system} {code}',
    rows: '{count} rækker',
    chooseMeasure: '– vælg mål –',
    areaFor: 'Område for {system} {code}',
    areaHint: 'Lad feltet stå tomt for hele organisationen.',
    save: 'Gem tilknytningerne',
    saving: 'Gemmer …',
    nothingChosen: 'Vælg et mål for mindst én kode.',
    interrupted: 'Importen blev afbrudt {count} gang(e) af en genstart og er startet forfra.',
  },
} as const satisfies Pick<Messages, 'valueFormats'>;
