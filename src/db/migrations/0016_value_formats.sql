-- Values in the formats regions get them (DHIS2, SCB PxWebApi, Kolada files, Stratsys exports):
-- the detected format is recorded on the import, and external codes mapped by hand are
-- remembered per organisation, so that next month's file of the same source maps itself.
ALTER TABLE value_imports DROP CONSTRAINT IF EXISTS value_imports_format_check;
ALTER TABLE value_imports ADD CONSTRAINT value_imports_format_check CHECK (format IN (
  'csv', 'xlsx', 'dhis2-json', 'dhis2-csv', 'pxweb-json', 'json-stat2', 'kolada-json', 'kolada-csv', 'stratsys-tsv'));

-- `kind = 'measure'`: an external measure code (a DHIS2 data element, an SCB table:content code,
-- a Kolada KPI not linked on the measure) -> a measure. `kind = 'area'`: an organisation-unit
-- code -> one of the organisation's areas ('' = the whole organisation).
CREATE TABLE value_code_mappings (
  organisation_id integer NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('measure', 'area')),
  system text NOT NULL CHECK (system IN ('kolada', 'dhis2', 'scb', 'name')),
  code text NOT NULL CHECK (length(code) BETWEEN 1 AND 200),
  measure_id integer REFERENCES measures(id) ON DELETE CASCADE,
  area text CHECK (length(area) <= 120),
  created_by integer REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, kind, system, code),
  CHECK ((kind = 'measure') = (measure_id IS NOT NULL) AND (kind = 'area') = (area IS NOT NULL))
);

-- The value import runs as a pg-boss job. `attempts` counts the runs of an import: more than one
-- means a run was interrupted (a restart) and the job was taken up again, from the start.
ALTER TABLE value_imports ADD COLUMN attempts integer NOT NULL DEFAULT 0;
