CREATE SCHEMA app;

CREATE TABLE app.documents (
    document_id bigint NOT NULL,
    body text,
    payload jsonb,
    raw bytea,
    CONSTRAINT documents_pkey PRIMARY KEY (document_id)
);
