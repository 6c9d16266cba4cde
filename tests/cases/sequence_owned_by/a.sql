CREATE SCHEMA app;

CREATE SEQUENCE app.support_tickets_ticket_no_seq AS integer;

CREATE TABLE app.support_tickets (
    ticket_no integer DEFAULT nextval('app.support_tickets_ticket_no_seq') NOT NULL,
    org_id uuid NOT NULL,
    subject text NOT NULL,
    CONSTRAINT support_tickets_pkey PRIMARY KEY (ticket_no)
);
