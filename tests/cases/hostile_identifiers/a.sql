CREATE SCHEMA app;

-- Mixed case, spaces, reserved words, an embedded double quote, non-ASCII.
CREATE TABLE app."Campaign Stats" (
    "OrgID" uuid NOT NULL,
    "order" integer NOT NULL,
    "select" text,
    "user""s note" text,
    "Kampagnen_Übersicht_名前" text,
    CONSTRAINT "Campaign Stats_pkey" PRIMARY KEY ("OrgID", "order")
);
