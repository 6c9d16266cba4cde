CREATE SCHEMA app;

CREATE TABLE app.user_sessions (
    session_id uuid DEFAULT uuidv7() NOT NULL,
    user_id uuid NOT NULL,
    expires_at timestamptz NOT NULL,
    CONSTRAINT user_sessions_pkey PRIMARY KEY (session_id)
);
