CREATE SCHEMA app;

CREATE TABLE app.contacts (
    contact_id bigint NOT NULL,
    email text NOT NULL,
    phone varchar(32),
    CONSTRAINT contacts_pkey PRIMARY KEY (contact_id)
);

CREATE INDEX contacts_email_idx ON app.contacts (email);
CREATE INDEX contacts_phone_idx ON app.contacts (phone);
