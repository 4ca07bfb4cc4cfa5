import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkZipArchive, FILE_LIMITS, FileLimitError, TextTableGuard } from './limits';

const small = { ...FILE_LIMITS, maxColumns: 5, maxCellChars: 10, maxRowChars: 30, maxInflatedBytes: 100_000, maxZipEntries: 3 };

describe('TextTableGuard', () => {
  it('lets an ordinary table through, with separators and line breaks inside quotes', () => {
    const guard = new TextTableGuard(';', small);
    expect(() => guard.push('a;b;c\r\n"x;y;z;w";2;3\n"rad\nrad";1')).not.toThrow();
  });
  it('refuses a row with too many columns, naming its line', () => {
    const guard = new TextTableGuard(',', small);
    guard.push('a,b\n1,2\n');
    expect(() => guard.push('1,2,3,4,5,6')).toThrow(new FileLimitError('Rad 3 har fler än 5 kolumner. Kontrollera avgränsaren, eller dela upp filen.'));
  });
  it('counts only the file’s own separator', () => {
    expect(() => new TextTableGuard(';', small).push('1,5;2,5;3,5;4,5;5,5')).not.toThrow();
  });
  it('refuses a cell that is too long, and says when a quote was left open', () => {
    expect(() => new TextTableGuard(';', small).push('a;bbbbbbbbbbb')).toThrow(/cell med fler än 10 tecken/);
    const guard = new TextTableGuard(';', small);
    guard.push('a;b\n1;"öppen\n');
    expect(() => guard.push('fortsätter och fortsätter')).toThrow(/rad 2 .*Troligen öppnas ett citattecken som aldrig stängs/);
  });
  it('refuses a row that is too long though every cell is short, across chunks', () => {
    const guard = new TextTableGuard(';', { ...small, maxColumns: 100 });
    guard.push('aaaaaaaaa;aaaaaaaaa;');
    expect(() => guard.push('aaaaaaaaa;aaaaaaaaa')).toThrow(/fler än 30 tecken/);
  });
  it('stops a million columns within the first thousand', () => {
    const line = ','.repeat(1_000_000);
    const guard = new TextTableGuard(',');
    expect(() => guard.push(line)).toThrow(/fler än 1[\s\u00a0]000 kolumner/);
  });
});

describe('checkZipArchive', () => {
  const zip = async (files: Record<string, string | Uint8Array>) => {
    const z = new JSZip();
    for (const [name, content] of Object.entries(files)) z.file(name, content);
    return new Uint8Array(await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  };
  it('passes an archive within the limits', async () => {
    const bytes = await zip({ 'a.xml': 'x'.repeat(50_000) });
    expect(() => checkZipArchive(bytes, small)).not.toThrow();
  });
  it('refuses one that inflates beyond the limit', async () => {
    expect(() => checkZipArchive(new Uint8Array(0), small)).not.toThrow();
    const bytes = await zip({ 'a.xml': 'x'.repeat(60_000), 'b.xml': 'y'.repeat(60_000) });
    expect(bytes.length).toBeLessThan(2_000);
    expect(() => checkZipArchive(bytes, small)).toThrow(/packas upp till mer än/);
  });
  it('refuses too many entries', async () => {
    const bytes = await zip({ a: '1', b: '2', c: '3', d: '4' });
    expect(() => checkZipArchive(bytes, small)).toThrow(/4 delar/);
  });
  it('is not fooled by an archive that declares less than it holds', async () => {
    const bytes = await zip({ 'a.xml': 'x'.repeat(500_000) });
    // Rewrite the declared uncompressed size (central directory and local header) to 10 bytes.
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < bytes.length - 4; i++) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 10, true);
      if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, 10, true);
    }
    expect(() => checkZipArchive(bytes, small)).toThrow(/packas upp till mer än/);
  });
});
