import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, FaultsError, registerErrorHandler } from './errors';
import { registerLanguage } from './language';

/** Issue 16: the one error shape in the reader's language, a message joined from its details too. */
describe('the error handler', () => {
  let app: FastifyInstance;
  const choose = 'Välj en bedömning: uppfyllt, delvis uppfyllt, ej uppfyllt eller ej bedömt.';
  const analyse = 'Skriv en analys: måttet "Andel vårdskador" är inte uppfyllt.';

  beforeAll(async () => {
    app = Fastify();
    registerLanguage(app);
    registerErrorHandler(app);
    // As a refused submit throws it (followup.service.ts).
    app.post('/submit', async () => {
      throw new FaultsError('validation', [
        { path: 'judgement', message: choose },
        { path: 'analysis', message: analyse },
      ]);
    });
    app.post('/one', async () => {
      throw new AppError('validation', choose, [{ path: 'judgement', message: choose }]);
    });
    await app.ready();
  });
  afterAll(() => app.close());

  const error = async (url: string, lang: string) => (await app.inject({ method: 'POST', url, headers: { 'accept-language': lang } })).json().error;

  it('words a message joined from two faults in English and Danish, fault by fault', async () => {
    const en = await error('/submit', 'en');
    expect(en.details.map((d: { message: string }) => d.message)).toEqual(['Choose a judgement: met, partly met, not met or not assessed.', expect.stringMatching(/^Write an analysis: /)]);
    expect(en.message).toBe(en.details.map((d: { message: string }) => d.message).join(' '));
    const da = await error('/submit', 'da');
    expect(da.message).toMatch(/^Vælg en vurdering: .* Skriv en analyse: /);
    expect(da.message).not.toMatch(/Välj|bedömning/);
  });

  it('keeps Swedish as written, and a single fault as its own message', async () => {
    expect((await error('/submit', 'sv')).message).toBe(`${choose} ${analyse}`);
    expect((await error('/one', 'en')).message).toBe('Choose a judgement: met, partly met, not met or not assessed.');
  });
});
