import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { questionsAsText, STRATEGISPOR_QUESTIONS, templateQuestions } from './template-questions';

/** Seed 003's "Spørgsmål" section as the seed writes it: "- " a question, " - " a sub-question. */
function seedQuestions(): { text: string; subQuestions: string[] }[] {
  const seed = readFileSync('/work/shared/seeds/003_e6238e10dab3368d.txt', 'utf8').split('\n');
  const from = seed.findIndex((l) => l.trim() === 'Spørgsmål');
  const out: { text: string; subQuestions: string[] }[] = [];
  for (const line of seed.slice(from + 1)) {
    if (/^- /.test(line)) out.push({ text: line.slice(2).trim(), subQuestions: [] });
    else if (/^\s+- /.test(line)) out.at(-1)!.subQuestions.push(line.trim().slice(2).trim());
  }
  return out;
}

describe("Region Midtjylland's consultation questions", () => {
  it('are seed 003’s questions word for word, with the sub-questions under the first', () => {
    expect(STRATEGISPOR_QUESTIONS).toEqual(seedQuestions());
    expect(STRATEGISPOR_QUESTIONS.map((q) => q.subQuestions.length)).toEqual([3, 0, 0]);
  });

  it('are what a round of the Midtjylland model starts from; other models start empty', () => {
    expect(templateQuestions('midtjylland')).toBe(STRATEGISPOR_QUESTIONS);
    expect(templateQuestions('norrbotten')).toEqual([]);
    expect(templateQuestions(undefined)).toEqual([]);
  });

  it('are written for the form one a line, sub-questions with "- "', () => {
    expect(questionsAsText(STRATEGISPOR_QUESTIONS).split('\n')).toEqual([
      'Hvordan ser I den fremadrettede opgaveløsning i det nære sundhedsvæsen?',
      '- I hvor høj grad er den fælles?',
      '- Hvilken rolle/opgaver varetager regionen?',
      '- Hvilken rolle/opgaver varetager kommunen?',
      'Konkrete input til strategien?',
      'Hvilke udfordringer er I optaget af, og hvilke løsninger peger det på?',
    ]);
  });
});
