/** The formats the documents API writes (their addresses and content types: src/shared/contracts/documents.ts). */
export type DocumentFormat = 'docx' | 'pdf' | 'xlsx' | 'pptx';
