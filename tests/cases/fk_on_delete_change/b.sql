CREATE SCHEMA app;

CREATE TABLE app.users (
    user_id uuid DEFAULT uuidv7() NOT NULL,
    email text NOT NULL,
    CONSTRAINT users_pkey PRIMARY KEY (user_id)
);

CREATE TABLE app.campaigns (
    campaign_id uuid DEFAULT uuidv7() NOT NULL,
    name text NOT NULL,
    owner_user_id uuid,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id),
    CONSTRAINT campaigns_owner_user_id_fkey FOREIGN KEY (owner_user_id) REFERENCES app.users (user_id) ON DELETE SET NULL
);
