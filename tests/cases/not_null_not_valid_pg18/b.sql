CREATE SCHEMA app;
CREATE TABLE app.contacts (contact_id uuid PRIMARY KEY, email text);
-- PG18: a NOT NULL that is enforced for new rows but not yet checked on old ones
ALTER TABLE app.contacts ADD CONSTRAINT contacts_email_not_null NOT NULL email NOT VALID;
