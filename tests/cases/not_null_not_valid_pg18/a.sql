CREATE SCHEMA app;
CREATE TABLE app.contacts (contact_id uuid PRIMARY KEY, email text);
