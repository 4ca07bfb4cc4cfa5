/**
 * The work done off the request thread, in the worker pool (pool.ts): reading uploaded files
 * and writing documents. Each task takes and returns plain data (structured-cloneable).
 */
import { describeValueFile } from '../../importers/values/describe-file';
import type { CodeBookInput } from '../../importers/values/formats/code-book';
import { readDocument } from '../../importers/documents/read-document';
import type { Lang } from '../../domain/i18n/lang';
import type { DocumentModel } from '../../reports/document-model';
import { renderDocx } from '../../reports/docx/render-docx';
import { renderPdf } from '../../reports/pdf/render-pdf';
import type { MeasuresWorkbook } from '../../reports/xlsx/types';
import { renderMeasuresXlsx } from '../../reports/xlsx/render-measures-xlsx';
import type { ScorecardExport } from '../../reports/scorecard-export/types';
import { renderScorecardPptx } from '../../reports/scorecard-export/render-scorecard-pptx';
import { renderScorecardXlsx } from '../../reports/scorecard-export/render-scorecard-xlsx';
import { threadPriority } from './thread-priority';

export const TASKS = {
  /** A plan document (up to 25 MB) read into blocks: PDF.js, the DOCX's XML and exceljs are CPU-bound. */
  readDocument: (bytes: Uint8Array, fileName: string) => readDocument(bytes, fileName),
  describeValueFile: (bytes: Uint8Array, codeBook: CodeBookInput, sampleSize: number, numberStyle: 'sv' | 'en') =>
    describeValueFile(bytes, codeBook, sampleSize, numberStyle),
  renderDocx: async (model: DocumentModel) => new Uint8Array(await renderDocx(model)),
  renderPdf: async (model: DocumentModel) => new Uint8Array(await renderPdf(model)),
  renderMeasuresXlsx: async (book: MeasuresWorkbook, lang: Lang) => new Uint8Array(await renderMeasuresXlsx(book, lang)),
  renderScorecardXlsx: async (book: ScorecardExport) => new Uint8Array(await renderScorecardXlsx(book)),
  renderScorecardPptx: async (book: ScorecardExport) => new Uint8Array(await renderScorecardPptx(book)),
  /** For tests of the pool itself: keeps a worker busy for `ms`. */
  busy: async (ms: number) => {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      /* spin: a CPU-bound task, like a render */
    }
    return ms;
  },
  /** For tests of the pool: the worker thread's nice value (null where a thread has none of its own). */
  priority: async () => threadPriority(),
};

export type TaskName = keyof typeof TASKS;
export type TaskArgs<N extends TaskName> = Parameters<(typeof TASKS)[N]>;
export type TaskResult<N extends TaskName> = Awaited<ReturnType<(typeof TASKS)[N]>>;

export { KNOWN_ERRORS } from './known-errors';
