-- Keys widened from bigint to bigint on both sides of a foreign key (and back): the referenced
-- and referencing columns change type in one plan; the FK is PostgreSQL's to re-check.
CREATE SCHEMA app;
CREATE TABLE app.ticket_priorities (priority_id bigint PRIMARY KEY, label text NOT NULL UNIQUE);
CREATE TABLE app.tickets (ticket_id bigint PRIMARY KEY, priority_id bigint REFERENCES app.ticket_priorities (priority_id));
CREATE TABLE app.ticket_events (ticket_id bigint NOT NULL REFERENCES app.tickets (ticket_id) ON DELETE CASCADE, at timestamptz NOT NULL);
CREATE VIEW app.ticket_labels AS SELECT t.ticket_id, p.label FROM app.tickets t JOIN app.ticket_priorities p USING (priority_id);
