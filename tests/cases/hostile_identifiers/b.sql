CREATE SCHEMA app;

-- Mixed case, spaces, reserved words, an embedded double quote, non-ASCII.
CREATE TABLE app."Campaign Stats" (
    "OrgID" uuid NOT NULL,
    "order" integer NOT NULL,
    "select" text,
    "user""s note" text,
    "Kampagnen_Übersicht_名前" text,
    "group" text DEFAULT 'Default "Group"' NOT NULL,
    CONSTRAINT "Campaign Stats_pkey" PRIMARY KEY ("OrgID", "order"),
    CONSTRAINT "check ""order"" positive" CHECK ("order" > 0)
);

-- Exactly 63 bytes (NAMEDATALEN - 1), so no truncation.
CREATE INDEX campaign_stats_org_id_select_users_note_lookup_idx_for_reportin
    ON app."Campaign Stats" ("select", "user""s note");

CREATE INDEX "Índice_Übersicht" ON app."Campaign Stats" ("Kampagnen_Übersicht_名前");

CREATE TABLE app."TABLE" (
    "from" date NOT NULL,
    "to" date NOT NULL,
    "Where.Dot" text
);

COMMENT ON COLUMN app."Campaign Stats"."user""s note" IS 'Free text; it''s "quoted" everywhere.';
