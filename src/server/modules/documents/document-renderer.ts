import { createHash } from 'node:crypto';
import type { Lang } from '../../../domain/i18n/lang';
import type { DocumentModel } from '../../../reports/document-model';
import { renderDocx } from '../../../reports/docx/render-docx';
import { renderPdf } from '../../../reports/pdf/render-pdf';
import { renderMeasuresXlsx } from '../../../reports/xlsx/render-measures-xlsx';
import type { MeasuresWorkbook } from '../../../reports/xlsx/types';
import { renderScorecardPptx } from '../../../reports/scorecard-export/render-scorecard-pptx';
import { renderScorecardXlsx } from '../../../reports/scorecard-export/render-scorecard-xlsx';
import type { ScorecardExport } from '../../../reports/scorecard-export/types';
import type { WorkerPool } from '../../workers/pool';
import { Lru } from '../plans/lru';
import { CoalescedReads } from './coalesced-reads';

export type DocumentInput =
  | { kind: 'docx' | 'pdf'; model: DocumentModel }
  | { kind: 'xlsx'; book: MeasuresWorkbook; lang: Lang }
  | { kind: 'scorecard-xlsx' | 'scorecard-pptx'; scorecard: ScorecardExport };

/** What writes a document: the server's DocumentRenderer, or `inThread` for the CLI (a process of its own). */
export interface DocumentWriter {
  render(input: DocumentInput, owner: number): Promise<Buffer>;
  /** Runs `read` of a document's data (`key`: which document, in which language), shared with identical requests at the same time. */
  read<T>(key: string, read: () => Promise<T>): Promise<T>;
}

/** Writes in the calling thread: for the CLI, where nobody else waits. */
export const inThread: DocumentWriter = {
  read: (_key, read) => read(),
  render: (input) => {
    switch (input.kind) {
      case 'xlsx':
        return renderMeasuresXlsx(input.book, input.lang);
      case 'scorecard-xlsx':
        return renderScorecardXlsx(input.scorecard);
      case 'scorecard-pptx':
        return renderScorecardPptx(input.scorecard);
      case 'docx':
        return renderDocx(input.model);
      default:
        return renderPdf(input.model);
    }
  },
};

/** What a document is made from: the object its cache key hashes. */
function keyData(input: DocumentInput): object {
  switch (input.kind) {
    case 'xlsx':
      return input.book;
    case 'scorecard-xlsx':
    case 'scorecard-pptx':
      return input.scorecard;
    default:
      return input.model;
  }
}

/**
 * Writes documents in the worker pool and keeps the result until the data behind it changes: the
 * key is a hash of the whole document model, which is read from the plan's current data (the
 * judged trees are themselves kept per `data_version`), so a kept document is never older than
 * its data and a change anywhere in it — values, texts, judgements — writes a new one. Requests
 * for the same document while it is being written wait for that one writing; requests for the
 * same document's data while it is being read share the next read (`CoalescedReads`: none
 * older than the request), since on PGlite every read holds the
 * request thread and six identical reads made everyone else wait for all six.
 */
export class DocumentRenderer implements DocumentWriter {
  private readonly kept = new Lru<Buffer>(24);
  private readonly writing = new Map<string, Promise<Buffer>>();
  private readonly reads = new CoalescedReads();
  /** Each document data object's hash, made once: requests that shared a read share the object, and hashing a plan's model took 15–25 ms each. */
  private readonly hashes = new WeakMap<object, string>();
  /** Documents written (not served from the cache), for tests and the bench. */
  written = 0;

  constructor(private readonly workers: WorkerPool) {}

  read<T>(key: string, read: () => Promise<T>): Promise<T> {
    return this.reads.run(key, read);
  }

  /** Reads of documents' data started (not shared), for tests and the bench. */
  get dataReads(): number {
    return this.reads.started;
  }

  async render(input: DocumentInput, owner: number): Promise<Buffer> {
    const key = `${input.kind}:${input.kind === 'xlsx' ? input.lang : ''}:${this.hashOf(keyData(input))}`;
    const hit = this.kept.get(key);
    if (hit) return hit;
    const pending = this.writing.get(key);
    if (pending) return pending;
    const job = this.write(input, owner).then((bytes) => {
      this.kept.set(key, bytes);
      return bytes;
    });
    this.writing.set(key, job);
    try {
      return await job;
    } finally {
      this.writing.delete(key);
    }
  }

  private hashOf(data: object): string {
    let hash = this.hashes.get(data);
    if (hash === undefined) this.hashes.set(data, (hash = createHash('sha256').update(JSON.stringify(data)).digest('hex')));
    return hash;
  }

  private async write(input: DocumentInput, owner: number): Promise<Buffer> {
    const bytes = await this.run(input, owner);
    this.written += 1;
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private run(input: DocumentInput, owner: number): Promise<Uint8Array> {
    switch (input.kind) {
      case 'xlsx':
        return this.workers.run('renderMeasuresXlsx', [input.book, input.lang], owner);
      case 'scorecard-xlsx':
        return this.workers.run('renderScorecardXlsx', [input.scorecard], owner);
      case 'scorecard-pptx':
        return this.workers.run('renderScorecardPptx', [input.scorecard], owner);
      case 'docx':
        return this.workers.run('renderDocx', [input.model], owner);
      default:
        return this.workers.run('renderPdf', [input.model], owner);
    }
  }
}
