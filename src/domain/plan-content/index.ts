/** The plan's content besides its measures: statuses, Agenda 2030, validation, timeline, overview, safe rich text. */
export * from './agenda2030';
export * from './assignment-overview';
export * from './rich-text';
export * from './timeline';
export * from './validation';
export * from './work-status';
