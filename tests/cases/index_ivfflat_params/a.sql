CREATE EXTENSION IF NOT EXISTS vector WITH SCHEMA public;
CREATE SCHEMA app;

CREATE TABLE app.content_embeddings (
    content_id bigint NOT NULL,
    embedding public.vector(384) NOT NULL,
    CONSTRAINT content_embeddings_pkey PRIMARY KEY (content_id)
);

CREATE INDEX content_embeddings_embedding_ivfflat_idx ON app.content_embeddings
    USING ivfflat (embedding public.vector_l2_ops) WITH (lists = 100);
