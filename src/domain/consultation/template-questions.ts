/**
 * The questions a governance model's consultation round starts from. Region Midtjylland's are
 * seed 003's ("Strategispor …", Klyngerne juni 2016, under "Spørgsmål"), word for word: three
 * questions, the first with three sub-questions. (Issue 16 speaks of "the four questions"; the
 * seed has three, and the seed is the spec.)
 */

/** A question as the consultation API takes it. */
export interface TemplateQuestion {
  text: string;
  subQuestions: string[];
}

export const STRATEGISPOR_QUESTIONS: readonly TemplateQuestion[] = [
  {
    text: 'Hvordan ser I den fremadrettede opgaveløsning i det nære sundhedsvæsen?',
    subQuestions: ['I hvor høj grad er den fælles?', 'Hvilken rolle/opgaver varetager regionen?', 'Hvilken rolle/opgaver varetager kommunen?'],
  },
  { text: 'Konkrete input til strategien?', subQuestions: [] },
  { text: 'Hvilke udfordringer er I optaget af, og hvilke løsninger peger det på?', subQuestions: [] },
];

const BY_MODEL: Readonly<Record<string, readonly TemplateQuestion[]>> = { midtjylland: STRATEGISPOR_QUESTIONS };

/** The questions a round of an organisation with this governance model starts from (none for most models). */
export function templateQuestions(modelKey: string | undefined): readonly TemplateQuestion[] {
  return (modelKey && BY_MODEL[modelKey]) || [];
}

/** Questions as the new-round form writes them: one a line, a sub-question on a line starting with "- ". */
export function questionsAsText(questions: readonly TemplateQuestion[]): string {
  return questions.map((q) => [q.text, ...q.subQuestions.map((s) => `- ${s}`)].join('\n')).join('\n');
}
