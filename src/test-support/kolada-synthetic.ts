import type { KoladaDataPoint } from '../importers/kolada/v3-response';

/**
 * SYNTHETIC values, invented for tests: Kolada's recorded responses hold no region values,
 * so the stand-in serves these in the real v3 shape, for real region ids of the municipality
 * list. They are not Kolada's figures and must never be shown as such outside tests.
 */
export const REGION_IDS = ['0001', '0003', '0004', '0005', '0006', '0007', '0008', '0009', '0010', '0012', '0013', '0014', '0017', '0018', '0019', '0020', '0021', '0022', '0023', '0024', '0025'];

/**
 * Synthetic antibiotic-prescription-like values (recept/1000 inv) for every region and Riket,
 * 2018–2022, T/K/M. Norrbotten (0025) 2022: T 281, K 330, M 231; its K value for 2019 is null
 * (missing). Region Skåne (0012) has no value at all for 2022.
 */
export function syntheticRegionValues(kpi: string): KoladaDataPoint[] {
  const points: KoladaDataPoint[] = [];
  for (const [index, id] of [...REGION_IDS, '0000'].entries()) {
    for (let year = 2018; year <= 2022; year++) {
      if (id === '0012' && year === 2022) continue;
      const total = id === '0025' && year === 2022 ? 281 : id === '0000' ? 290 - (2022 - year) : 250 + index * 4 + (2022 - year) * 3;
      for (const [gender, value] of [['T', total], ['K', id === '0025' && year === 2022 ? 330 : total + 45], ['M', id === '0025' && year === 2022 ? 231 : total - 45]] as const) {
        const missing = id === '0025' && year === 2019 && gender === 'K';
        points.push({ kpi, municipalityId: id, year, gender, value: missing ? null : value, count: 1, status: '' });
      }
    }
  }
  return points;
}
