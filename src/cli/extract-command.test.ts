import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../test-support/fixtures/document-files.fixtures';
import { run } from './main';

/** `ledstjarna extract FILE --json`: exactly the proposal's shape, names and cells verbatim, nothing stored. */
describe('extract FILE --json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledstjarna-extract-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints title, nodes, measures, notFound and skipped for a Word plan', async () => {
    const file = join(dir, 'plan.docx');
    writeFileSync(
      file,
      await writeDocx({
        title: 'Regionplan 2024–2026',
        blocks: [
          { h: 1, text: 'Invånarnas tillgång till den vård de behöver ska öka' },
          { p: 'Väntetiderna ska kortas.' },
          { table: [['Indikator', 'Nuläge', 'Utfall 2023', 'Mål 2024', 'Källa'], ['Andel som väntat högst 90 dagar på första besök', '62 %', '66%', '75 %', 'Väntetider i vården']] },
        ],
      }),
    );
    const lines: string[] = [];
    expect(await run(['extract', file, '--json'], (l) => lines.push(l))).toBe(0);
    expect(JSON.parse(lines.join('\n'))).toEqual({
      title: 'Regionplan 2024–2026',
      nodes: [
        {
          level: 1,
          name: 'Invånarnas tillgång till den vård de behöver ska öka',
          description: 'Väntetiderna ska kortas.',
          children: [],
          measures: [
            { name: 'Andel som väntat högst 90 dagar på första besök', baseline: '62 %', targets: { '2024': '75 %' }, outcomes: { '2023': '66%' }, source: 'Väntetider i vården' },
          ],
        },
      ],
      measures: [],
      notFound: [],
      skipped: [],
    });
  });

  it('names the levels of a Danish plan by the shipped Midtjylland model, in Danish, without an organisation', async () => {
    const lines: string[] = [];
    expect(await run(['extract', '/work/shared/seeds/003_e6238e10dab3368d.txt', '--json'], (l) => lines.push(l))).toBe(0);
    const json = JSON.parse(lines.join('\n')) as { nodes: { level: string | number; name: string; children: { level: string | number; name: string }[] }[] };
    const spor = json.nodes.filter((n) => n.level === 'Spor');
    expect(spor.map((s) => [s.name, s.children.length])).toEqual([
      ['Fælles og integrerende samarbejdsformer', 3],
      ['Regional understøttelse af kommunale sundhedsløsninger tæt på borgerne', 3],
      ['Regionale sundhedsløsninger tæt på borgeren', 5],
      ['Proaktiv og differentieret indsats', 4],
      ['Fokus på strukturelle barrierer', 3],
    ]);
    expect(new Set(spor.flatMap((s) => s.children.map((c) => c.level)))).toEqual(new Set(['Indsats']));
    const national = json.nodes.find((n) => n.name === '8 nye nationale mål');
    expect(national?.children.map((c) => c.level)).toEqual(Array(8).fill('Overordnet mål'));
  });

  it('names the formats it reads when it cannot read a file, and shows how to call it', async () => {
    const file = join(dir, 'bild.png');
    writeFileSync(file, Buffer.from([137, 80, 78, 71]));
    const lines: string[] = [];
    expect(await run(['extract', file, '--json'], (l) => lines.push(l))).toBe(1);
    expect(lines.join('\n')).toContain('Läsbara format: DOCX, PDF (med text), XLSX, CSV, HTML och ren text');
    const usage: string[] = [];
    expect(await run(['extract', file], (l) => usage.push(l))).toBe(2);
    expect(usage.join('\n')).toContain('ledstjarna extract <fil> --json');
  });

  it('words what it did not find in the reader\'s language with --lang, the document\'s own words untouched', async () => {
    const file = join(dir, 'mal.txt');
    writeFileSync(file, 'Regionplan\n\nVi ska bli bättre.\n');
    const lines: string[] = [];
    expect(await run(['extract', file, '--json', '--lang', 'en'], (l) => lines.push(l))).toBe(0);
    const json = JSON.parse(lines.join('\n')) as { title: string | null; notFound: string[] };
    expect(json.notFound).toContain('Tables');
    expect(json.notFound.join(' ')).not.toMatch(/Tabeller|Rubriker/);
  });
});
