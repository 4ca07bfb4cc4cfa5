import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeRichText, isSafeHref, parseRichText, richTextToPlain } from './rich-text';

describe('parseRichText', () => {
  it('reads paragraphs, headings, bullet lists, bold, italic and links', () => {
    const { doc, issues } = parseRichText(
      '## Målbild\n\nEn gemensam **målbild** för *nära vård*,\nse [strategin](https://www.norrbotten.se/strategi).\n\n- Min egen kraft\n- Nära mig\n\n### Delområden',
    );
    expect(issues).toEqual([]);
    expect(doc.blocks).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Målbild' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'En gemensam ' },
          { type: 'bold', children: [{ type: 'text', text: 'målbild' }] },
          { type: 'text', text: ' för ' },
          { type: 'italic', children: [{ type: 'text', text: 'nära vård' }] },
          { type: 'text', text: ', se ' },
          { type: 'link', href: 'https://www.norrbotten.se/strategi', children: [{ type: 'text', text: 'strategin' }] },
          { type: 'text', text: '.' },
        ],
      },
      { type: 'list', items: [[{ type: 'text', text: 'Min egen kraft' }], [{ type: 'text', text: 'Nära mig' }]] },
      { type: 'heading', level: 3, children: [{ type: 'text', text: 'Delområden' }] },
    ]);
  });

  it('nests italic inside bold and ends a list at a paragraph line', () => {
    const { doc } = parseRichText('- ett\nText efter');
    expect(doc.blocks.map((b) => b.type)).toEqual(['list', 'paragraph']);
    expect(parseRichText('**fet *och kursiv* text**').doc.blocks[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'bold', children: [{ type: 'text', text: 'fet ' }, { type: 'italic', children: [{ type: 'text', text: 'och kursiv' }] }, { type: 'text', text: ' text' }] },
      ],
    });
  });

  it('keeps an unclosed marker as text', () => {
    expect(richTextToPlain(parseRichText('5 * 3 och [inte en länk').doc)).toBe('5 * 3 och [inte en länk');
  });

  it('shows javascript:, data: and other unsafe links as text and reports them', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>x</script>', 'vbscript:x', '//evil.example/x', '#']) {
      const { doc, issues } = parseRichText(`Klicka [här](${href}) nu`);
      expect(JSON.stringify(doc)).not.toContain('"link"');
      expect(richTextToPlain(doc)).toContain("här");
      expect(issues.filter((i) => /Länken .* visas som text/.test(i.message))).toHaveLength(1);
    }
  });

  it('never turns HTML into markup: scripts and event handlers stay literal text and are reported', () => {
    const source = 'Hej <script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<a href="javascript:x">länk</a>';
    const { doc, issues } = parseRichText(source);
    expect(richTextToPlain(doc)).toBe('Hej <script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<a href="javascript:x">länk</a>');
    expect(JSON.stringify(doc)).not.toContain('"link"');
    expect(issues.map((i) => i.line)).toEqual([1, 3, 5]);
    expect(issues[0]!.message).toMatch(/HTML är inte tillåtet/);
  });

  it('allows only https, mailto and site paths as link targets', () => {
    expect(['https://a.se', 'HTTPS://a.se/x?y=1', 'mailto:a@b.se', '/plans/1/chapters', '/'].every(isSafeHref)).toBe(true);
    for (const unsafe of ['javascript:x', 'java\tscript:x', ' https://a.se', 'ftp://a.se', '//a.se', 'https://a.se/"onmouseover="x', 'http://a.se/x']) {
      expect(isSafeHref(unsafe), unsafe).toBe(false);
    }
  });

  it('refuses paths that a browser reads as another site', () => {
    // `/\evil.example/x` and `/\/evil.example` go to evil.example in every browser.
    for (const unsafe of ['/\\evil.example/x', '/\\/evil.example', '\\\\evil.example', '///evil.example', '/\t/evil.example', '/plans\\..\\x', '/a\u0000b']) {
      expect(isSafeHref(unsafe), JSON.stringify(unsafe)).toBe(false);
    }
    const { doc, issues } = parseRichText('[klick](/\\evil.example/x)');
    expect(JSON.stringify(doc)).not.toContain('"link"');
    expect(issues).toHaveLength(1);
  });

  it('reads back any escaped line as the same text (property)', () => {
    const line = fc.string({ unit: fc.constantFrom('a', 'ö', ' ', '*', '**', '[', ']', '(', ')', '#', '-', '\\', '<', '>', '_', '•', 'x:'), maxLength: 30 })
      .filter((s) => s.trim() !== '' && s === s.trim());
    fc.assert(
      fc.property(line, (text) => {
        const { doc } = parseRichText(escapeRichText(text));
        expect(doc.blocks).toHaveLength(1);
        expect(richTextToPlain(doc)).toBe(text);
      }),
    );
  });

  it('never throws and never yields a link with an unsafe target (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const { doc } = parseRichText(text);
        const hrefs = JSON.stringify(doc).match(/"href":"[^"]*"/g) ?? [];
        for (const h of hrefs) expect(isSafeHref(JSON.parse(`{${h}}`).href)).toBe(true);
      }),
    );
  });
});
