CREATE EXTENSION IF NOT EXISTS vector WITH SCHEMA public;
CREATE SCHEMA app;

CREATE TABLE app.content_embeddings (
    content_id uuid NOT NULL,
    org_id uuid NOT NULL,
    model text NOT NULL,
    embedding public.vector(384) NOT NULL,
    CONSTRAINT content_embeddings_pkey PRIMARY KEY (content_id, model)
);
