/** Sweden's 21 regions with their Kolada ids (from the municipality list in shared/data/kolada). */
export const REGIONS: readonly { koladaId: string; name: string }[] = [
  ['0001', 'Region Stockholm'], ['0003', 'Region Uppsala'], ['0004', 'Region Sörmland'], ['0005', 'Region Östergötland'],
  ['0006', 'Region Jönköpings län'], ['0007', 'Region Kronoberg'], ['0008', 'Region Kalmar'], ['0009', 'Region Gotland'],
  ['0010', 'Region Blekinge'], ['0012', 'Region Skåne'], ['0013', 'Region Halland'], ['0014', 'Västra Götalandsregionen'],
  ['0017', 'Region Värmland'], ['0018', 'Region Örebro län'], ['0019', 'Region Västmanland'], ['0020', 'Region Dalarna'],
  ['0021', 'Region Gävleborg'], ['0022', 'Region Västernorrland'], ['0023', 'Region Jämtland Härjedalen'],
  ['0024', 'Region Västerbotten'], ['0025', 'Region Norrbotten'],
].map(([koladaId, name]) => ({ koladaId: koladaId!, name: name! }));

/** Norrbotten's municipalities: the area breakdown of the generated values (the whole region is area ''). */
export const AREAS: readonly string[] = [
  'Arjeplog', 'Arvidsjaur', 'Boden', 'Gällivare', 'Haparanda', 'Jokkmokk', 'Kalix', 'Kiruna', 'Luleå', 'Pajala',
  'Piteå', 'Älvsbyn', 'Överkalix', 'Övertorneå',
];
