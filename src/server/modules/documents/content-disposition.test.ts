import { describe, expect, it } from 'vitest';
import { contentDisposition } from './documents.routes';

describe('contentDisposition', () => {
  it('gives the Swedish name per RFC 5987 and an ASCII fallback without quotes', () => {
    expect(contentDisposition('Uppföljning Regionstyrelsens plan 2022-2024 DÅ 08 2022.pdf')).toBe(
      'attachment; filename="Uppfoljning Regionstyrelsens plan 2022-2024 DA 08 2022.pdf"; ' +
        "filename*=UTF-8''Uppf%C3%B6ljning%20Regionstyrelsens%20plan%202022-2024%20D%C3%85%2008%202022.pdf",
    );
    expect(contentDisposition('"x" – y.docx')).toMatch(/^attachment; filename="x _ y.docx"; filename\*=/);
  });
});
