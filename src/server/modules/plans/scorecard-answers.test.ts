import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, KeptAnswer } from './scorecard-answers';

describe('chooseEncoding', () => {
  it('prefers brotli, then gzip, and honours q=0 and *', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*, br;q=0')).toBe('gzip');
    expect(chooseEncoding('identity')).toBe('identity');
    expect(chooseEncoding(undefined)).toBe('identity');
  });
});

describe('KeptAnswer', () => {
  it('encodes its text once per encoding, and the encodings decode to the text', async () => {
    const json = JSON.stringify({ nodes: Array.from({ length: 200 }, (_, i) => ({ id: i, title: `Nod ${i} – målet uppnått` })) });
    const answer = new KeptAnswer(Buffer.from(json));
    expect((await answer.bytes('identity')).toString()).toBe(json);
    expect(await answer.bytes('identity')).toBe(await answer.bytes('identity'));
    const br = await answer.bytes('br');
    expect(await answer.bytes('br')).toBe(br);
    expect(brotliDecompressSync(br).toString()).toBe(json);
    expect(gunzipSync(await answer.bytes('gzip')).toString()).toBe(json);
  });
});
