import { describe, expect, it } from 'vitest';
import { resolveAnswers } from './answers';

const Q = [11, 12, 13, 14];
const P = [21, 22];

describe('resolveAnswers', () => {
  it('reads a question and part by place (0 first) or by id', () => {
    const r = resolveAnswers(
      [
        { question: 0, text: 'Fælles ansvar' },
        { question: '13', part: 1, stance: 'opposes', text: 'Nej' },
        { question: 'id:14', part: '21', text: 'Input' },
      ],
      Q,
      P,
    );
    expect(r).toEqual({
      ok: true,
      answers: [
        { questionId: 11, partId: null, stance: null, text: 'Fælles ansvar' },
        { questionId: 13, partId: 22, stance: 'opposes', text: 'Nej' },
        { questionId: 14, partId: 21, stance: null, text: 'Input' },
      ],
    });
  });
  it('names every unknown question or part, a point answered twice and an empty answer', () => {
    const r = resolveAnswers(
      [
        { question: 4, text: 'x' },
        { question: 0, part: 5, text: 'x' },
        { question: 1, text: 'a' },
        { question: '12', text: 'b' },
        { question: 2, text: '  ' },
        { question: -1, text: 'x' },
        { question: '99', text: 'x' },
      ],
      Q,
      P,
    );
    expect(r).toEqual({
      ok: false,
      problems: [
        { path: 'answers.0.question', problem: 'unknown-question' },
        { path: 'answers.1.part', problem: 'unknown-part' },
        { path: 'answers.3', problem: 'duplicate' },
        { path: 'answers.4.text', problem: 'empty' },
        { path: 'answers.5.question', problem: 'unknown-question' },
        { path: 'answers.6.question', problem: 'unknown-question' },
      ],
    });
  });
  it('accepts a stance without text', () => {
    expect(resolveAnswers([{ question: 1, stance: 'no-comment', text: '' }], Q, P).ok).toBe(true);
  });
});
