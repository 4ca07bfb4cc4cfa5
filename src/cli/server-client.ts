import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Lang } from '../domain/i18n/lang';
import { translateMessage } from '../server/http/messages';
import type { ValueImportJob, ValueMapping } from '../shared/value-import-types';

/** The one error shape the server answers with. */
interface ErrorBody {
  error?: { code?: string; message?: string; details?: { path: string; message: string }[] };
}

/** A failure the server reported (or the server could not be reached), worded for the command line. */
export class ServerCallError extends Error {}

/**
 * Talks to a running Ledstjärna server over its API, for commands that must not open the
 * database themselves while the server owns it (PGlite: one process per data folder).
 */
export class ServerClient {
  private cookie = '';
  /** `lang` is the reader's: the server is asked to answer in it (Accept-Language), and this client's own texts are in it. */
  constructor(
    private readonly base: string,
    private readonly lang: Lang = 'sv',
  ) {}

  private async call<T>(method: string, path: string, body?: FormData | object): Promise<T> {
    const isForm = body instanceof FormData;
    let res: Response;
    try {
      res = await fetch(new URL(`/api${path}`, this.base), {
        method,
        headers: { 'accept-language': this.lang, ...(this.cookie ? { cookie: this.cookie } : {}), ...(body && !isForm ? { 'content-type': 'application/json' } : {}) },
        body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
      });
    } catch (err) {
      throw new ServerCallError(translateMessage(`Servern ${this.base} svarar inte (${err instanceof Error ? err.message : String(err)}).`, this.lang));
    }
    const setCookie = res.headers.get('set-cookie');
    const session = setCookie && /ls_session=([^;]+)/.exec(setCookie);
    if (session) this.cookie = `ls_session=${session[1]}`;
    const text = await res.text();
    if (!res.ok) {
      let parsed: ErrorBody = {};
      try {
        parsed = JSON.parse(text) as ErrorBody;
      } catch {
        // not the error shape: the status says enough
      }
      const details = (parsed.error?.details ?? []).map((d) => `\n  ${d.path}: ${d.message}`).join('');
      throw new ServerCallError(`${parsed.error?.message ?? translateMessage(`Servern svarade ${res.status}.`, this.lang)}${details}`);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }

  signIn(email: string, password: string): Promise<unknown> {
    return this.call('POST', '/auth/login', { email, password });
  }

  /** Uploads a values file, starts its import and waits for the outcome, reporting progress. */
  async importValues(planId: number, path: string, mapping: ValueMapping, onProgress: (job: ValueImportJob) => void): Promise<ValueImportJob> {
    const form = new FormData();
    form.append('file', new Blob([readFileSync(path)]), basename(path));
    const upload = await this.call<{ id: number }>('POST', `/plans/${planId}/value-imports`, form);
    let job = await this.call<ValueImportJob>('POST', `/value-imports/${upload.id}/run`, { mapping });
    while (job.status === 'running' || job.status === 'previewed' || job.status === 'uploaded') {
      onProgress(job);
      await new Promise((resolve) => setTimeout(resolve, 250));
      job = await this.call<ValueImportJob>('GET', `/value-imports/${upload.id}`);
    }
    return job;
  }
}
