-- Column storage/compression: SET STORAGE EXTERNAL / MAIN instead of the type default (EXTENDED),
-- and an explicit COMPRESSION pglz (lz4 is not compiled into this server, so pglz vs default).
CREATE SCHEMA app;

CREATE TABLE app.documents (
    document_id bigint NOT NULL,
    body text STORAGE EXTERNAL,
    payload jsonb COMPRESSION pglz,
    raw bytea STORAGE MAIN,
    CONSTRAINT documents_pkey PRIMARY KEY (document_id)
);
