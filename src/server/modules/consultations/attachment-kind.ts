import JSZip from 'jszip';
import { checkZipArchive } from '../../../importers/limits';

/**
 * What a file is by its content, not its name: a PDF starts with `%PDF-`; a Word document (DOCX) is
 * a zip with `[Content_Types].xml` naming the word-processing main part and `word/document.xml`.
 * Anything else — an executable renamed to .pdf, a zip that is not Word, an old binary .doc — is null.
 */
export async function attachmentKind(data: Buffer): Promise<'pdf' | 'docx' | null> {
  if (data.length >= 5 && data.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (data.length < 4 || data.readUInt32LE(0) !== 0x04034b50) return null;
  try {
    // Within the archive limits (entries, inflated size) before anything is inflated: a zip bomb is no Word file.
    checkZipArchive(data);
    const zip = await JSZip.loadAsync(data, { checkCRC32: false });
    const types = await zip.file('[Content_Types].xml')?.async('string');
    if (!types || !zip.file('word/document.xml')) return null;
    return /wordprocessingml\.document\.main\+xml/.test(types) ? 'docx' : null;
  } catch {
    return null;
  }
}

/** The extension a file of `kind` must carry, so that the name a reader sees says what it is. */
export function nameFits(fileName: string, kind: 'pdf' | 'docx'): boolean {
  return fileName.toLowerCase().endsWith(`.${kind}`);
}
