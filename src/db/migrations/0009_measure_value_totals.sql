-- Statuses are judged on whole-population values (no age band, no area). A national-scale
-- plan holds ~10 million values per region, 14 area rows for every total one: this index
-- lets the scorecard find the few total values it needs per measure without reading the rest.
CREATE INDEX measure_values_totals_idx ON measure_values (measure_id, period) WHERE age_band = '' AND area = '';
