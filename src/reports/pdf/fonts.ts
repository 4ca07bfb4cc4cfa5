import { createRequire } from 'node:module';
import type { TFontDictionary } from 'pdfmake/interfaces';

const require = createRequire(import.meta.url);

/**
 * Roboto as pdfmake ships it (build/vfs_fonts.js): embedded in every PDF, so å ä ö Å Ä Ö, the
 * Swedish minus sign −, – and … print the same on every machine, whatever fonts it has.
 */
export function robotoFonts(): TFontDictionary {
  const vfs = require('pdfmake/build/vfs_fonts.js') as Record<string, string> & { pdfMake?: { vfs: Record<string, string> } };
  const files = vfs.pdfMake?.vfs ?? vfs;
  const font = (name: string) => Buffer.from(files[name]!, 'base64');
  return {
    Roboto: {
      normal: font('Roboto-Regular.ttf'),
      bold: font('Roboto-Medium.ttf'),
      italics: font('Roboto-Italic.ttf'),
      bolditalics: font('Roboto-MediumItalic.ttf'),
    },
  };
}
