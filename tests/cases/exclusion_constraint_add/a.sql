CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;
CREATE SCHEMA app;

CREATE TABLE app.campaign_flights (
    flight_id uuid DEFAULT uuidv7() NOT NULL,
    campaign_id uuid NOT NULL,
    channel text NOT NULL,
    active_during daterange NOT NULL,
    CONSTRAINT campaign_flights_pkey PRIMARY KEY (flight_id)
);
