CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;
CREATE SCHEMA app;
CREATE TABLE app.plans (plan_code text, valid_during daterange,
    CONSTRAINT plans_pkey PRIMARY KEY (plan_code, valid_during WITHOUT OVERLAPS));
CREATE TABLE app.subscriptions (subscription_id uuid, plan_code text, active_during daterange,
    CONSTRAINT subscriptions_pkey PRIMARY KEY (subscription_id),
    CONSTRAINT subscriptions_plan_fkey FOREIGN KEY (plan_code, PERIOD active_during)
        REFERENCES app.plans (plan_code, PERIOD valid_during));
