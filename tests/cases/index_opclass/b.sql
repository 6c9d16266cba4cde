-- Index operator class: same-named btree indexes switch to text_pattern_ops / varchar_pattern_ops.
CREATE SCHEMA app;

CREATE TABLE app.contacts (
    contact_id bigint NOT NULL,
    email text NOT NULL,
    phone varchar(32),
    CONSTRAINT contacts_pkey PRIMARY KEY (contact_id)
);

CREATE INDEX contacts_email_idx ON app.contacts (email text_pattern_ops);
CREATE INDEX contacts_phone_idx ON app.contacts (phone varchar_pattern_ops);
