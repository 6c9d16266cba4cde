-- A sequence owned by a column of a table the plan drops goes with the table: it is not
-- altered (or dropped) after the table drop took it.
CREATE SCHEMA app;
CREATE TABLE app.tickets (ticket_no serial PRIMARY KEY, subject text NOT NULL);
CREATE SEQUENCE app.invoice_no_seq AS integer CACHE 5;
CREATE TABLE app.invoices (invoice_no integer DEFAULT nextval('app.invoice_no_seq') PRIMARY KEY);
ALTER SEQUENCE app.invoice_no_seq OWNED BY app.invoices.invoice_no;
