import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
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

  it('gives the first readers a quick encoding and, once the answer has stood a while, everyone after a smaller one', async () => {
    // Text of the kind the scorecard holds, large enough that brotli's qualities differ.
    const json = JSON.stringify({
      nodes: Array.from({ length: 3000 }, (_, i) => ({ id: i, title: `Andel patienter som fått vård inom ${i % 90} dagar`, status: ['green', 'yellow', 'red'][i % 3], value: (i * 7.3) % 100 })),
    });
    for (const coding of ['br', 'gzip'] as const) {
      const decode = coding === 'br' ? brotliDecompressSync : gunzipSync;
      let clock = 0;
      const answer = new KeptAnswer(Buffer.from(json), 1000, () => clock);
      const first = await answer.bytes(coding);
      expect(decode(first).toString()).toBe(json);
      // Read again before it has stood a second (a busy deadline day): it is not encoded again.
      clock = 999;
      for (let i = 0; i < 3; i++) expect(await answer.bytes(coding)).toBe(first);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await answer.bytes(coding)).toBe(first);
      // A reader a second after it was made: still the quick one, the small one under way.
      clock = 1000;
      expect(await answer.bytes(coding)).toBe(first);
      await vi.waitFor(async () => expect(await answer.bytes(coding)).not.toBe(first));
      const later = await answer.bytes(coding);
      expect(decode(later).toString()).toBe(json);
      expect(later.length).toBeLessThan(first.length);
      expect(await answer.bytes(coding)).toBe(later);
    }
  });
});
