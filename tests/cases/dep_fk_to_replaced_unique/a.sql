CREATE SCHEMA app;

CREATE TABLE app.parent (
    parent_id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    code text,
    CONSTRAINT parent_pkey PRIMARY KEY (parent_id),
    CONSTRAINT parent_code_key UNIQUE (code)
);

CREATE TABLE app.child (
    child_id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    parent_code text NOT NULL,
    CONSTRAINT child_pkey PRIMARY KEY (child_id),
    CONSTRAINT child_parent_code_fkey FOREIGN KEY (parent_code) REFERENCES app.parent (code)
);
