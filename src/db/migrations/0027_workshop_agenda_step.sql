-- Agenda navigation (issue 15): the work package the room is on, chosen by the facilitator and
-- highlighted on every participant's screen through the live channel. NULL: not started.
ALTER TABLE workshops ADD COLUMN current_agenda_id integer REFERENCES workshop_agenda(id) ON DELETE SET NULL;
