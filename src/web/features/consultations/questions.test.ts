import { describe, expect, it } from 'vitest';
import { questionsAsText, STRATEGISPOR_QUESTIONS } from '../../../domain/consultation/template-questions';
import { parseQuestions } from './ConsultationsPage';

describe('the new-round form’s questions', () => {
  it('reads back seed 003’s questions as the form starts from them, sub-questions under the first', () => {
    expect(parseQuestions(questionsAsText(STRATEGISPOR_QUESTIONS))).toEqual(STRATEGISPOR_QUESTIONS);
  });
});
