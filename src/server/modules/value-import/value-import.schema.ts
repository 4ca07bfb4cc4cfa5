/** The request schemas of the value import, from its contract (the CLI checks a --mapping with the same schema). */
export { codeMappingsSchema, mappingSchema } from '../../../shared/contracts/value-import';
