import fc from 'fast-check';

/** The part of an OpenAPI 3.0 schema (as @fastify/swagger writes zod's) that requests are made from. */
export interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  pattern?: string;
  additionalProperties?: boolean | Schema;
}

/** Texts people and attackers type: ordinary words, Nordic letters, markup, control characters, huge numbers. */
const nastyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '', ' ', 'Region Norrbotten', 'Åsa Öberg-Ærø', '2022', '2022-DÅ08', '2022-DÅ04', '2022-T1', '2022-Q1', '2022-03', '<script>alert(1)</script>',
    "'; DROP TABLE plans; --", '\u0000', '\u202e', '🙂', '../../etc/passwd', '1e309', '-0', 'NaN', '%00', '[klick](/\\evil.example/x)',
    'https://example.se', 'mailto:a@b.se', 'a@b.se', 'x'.repeat(5000),
  ),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

const nastyNumber = fc.oneof(
  fc.integer({ min: -3, max: 60 }),
  fc.constantFrom(0, -1, 2 ** 31, 2 ** 53, 1e308, -1e308, 0.5),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any JSON value: for fields sent with the wrong type. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(nastyString, nastyNumber, fc.boolean(), fc.constant(null), fc.json().map((s) => JSON.parse(s) as unknown));

/**
 * Values for a schema: mostly what it asks for (so requests get past validation and reach the
 * services), sometimes the wrong type, a missing required field or an extra one.
 */
export function fromSchema(schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 5) return anyJson;
  const typed = valid(schema, depth);
  return fc.oneof({ arbitrary: typed, weight: 8 }, { arbitrary: anyJson, weight: 1 });
}

function valid(schema: Schema, depth: number): fc.Arbitrary<unknown> {
  const alternatives = schema.anyOf ?? schema.oneOf;
  let arb: fc.Arbitrary<unknown>;
  if (schema.enum) arb = fc.constantFrom(...schema.enum);
  else if (alternatives) arb = fc.oneof(...alternatives.map((s) => fromSchema(s, depth + 1)));
  else if (schema.allOf) arb = fromSchema(Object.assign({}, ...schema.allOf) as Schema, depth + 1);
  else {
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    switch (type) {
      case 'string':
        arb =
          schema.format === 'email'
            ? fc.oneof(fc.emailAddress(), nastyString)
            : schema.format === 'date' || schema.format === 'date-time'
              ? fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, schema.format === 'date' ? 10 : 24)), nastyString)
              : fc.oneof(nastyString, fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 60, 60) }));
        break;
      case 'integer':
      {
        const min = Math.max(schema.minimum ?? -5, -5);
        arb = fc.oneof(fc.integer({ min, max: Math.max(min, Math.min(schema.maximum ?? 60, 60)) }), nastyNumber);
      }
        break;
      case 'number':
        arb = nastyNumber;
        break;
      case 'boolean':
        arb = fc.boolean();
        break;
      case 'array':
        arb = fc.array(fromSchema(schema.items, depth + 1), { maxLength: Math.min(schema.maxItems ?? 4, 4) });
        break;
      case 'object': {
        const props = Object.entries(schema.properties ?? {});
        const required = new Set(schema.required ?? []);
        const record: Record<string, fc.Arbitrary<unknown>> = Object.fromEntries(props.map(([k, s]) => [k, fromSchema(s, depth + 1)]));
        arb = fc.record(record, { requiredKeys: props.map(([k]) => k).filter((k) => required.has(k)) }).chain((o) =>
          fc.oneof(
            { arbitrary: fc.constant(o), weight: 6 },
            { arbitrary: fc.constant(dropOne(o)), weight: 1 },
            { arbitrary: fc.tuple(nastyString, anyJson).map(([k, v]) => ({ ...o, [k]: v })), weight: 1 },
          ),
        );
        break;
      }
      default:
        arb = anyJson;
    }
  }
  return schema.nullable ? fc.oneof({ arbitrary: arb, weight: 5 }, { arbitrary: fc.constant(null), weight: 1 }) : arb;
}

function dropOne(o: Record<string, unknown>): Record<string, unknown> {
  const [first] = Object.keys(o);
  if (first === undefined) return o;
  const { [first]: _dropped, ...rest } = o;
  return rest;
}

/** A path parameter: mostly ids that exist in a seeded database, sometimes anything. */
export function pathValue(schema: Schema | undefined): fc.Arbitrary<string> {
  const type = schema?.type;
  const plausible = type === 'integer' || type === 'number' ? fc.integer({ min: 1, max: 40 }).map(String) : fromSchema(schema).map((v) => String(v));
  return fc.oneof({ arbitrary: plausible, weight: 6 }, { arbitrary: nastyString, weight: 1 }, { arbitrary: nastyNumber.map(String), weight: 1 });
}
