import type { KoladaMunicipality } from '../../shared/kolada-types';
import { parseCsvRecords } from './csv';

/** Kolada's id for the whole country. */
export const RIKET_ID = '0000';

/** Parses Kolada's municipality list (`/municipality` as CSV: id,title,type). Ids stay strings ("0025"). */
export function parseMunicipalities(csv: string): KoladaMunicipality[] {
  return parseCsvRecords(csv, ['id', 'title', 'type']).map((r, index) => {
    if (r.type !== 'K' && r.type !== 'L') throw new Error(`Kommunlistan rad ${index + 2}: okänd typ "${r.type}"`);
    if (!/^\d{4}$/.test(r.id!)) throw new Error(`Kommunlistan rad ${index + 2}: id "${r.id}" är inte fyra siffror`);
    return { id: r.id!, title: r.title!, type: r.type };
  });
}

/** The 21 regions (type L, without Riket), in Kolada's id order. */
export function regionsOf(list: readonly KoladaMunicipality[]): KoladaMunicipality[] {
  return list.filter((m) => m.type === 'L' && m.id !== RIKET_ID);
}
