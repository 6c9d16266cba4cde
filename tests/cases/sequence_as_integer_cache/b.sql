CREATE SCHEMA app;

CREATE SEQUENCE app.ticket_number_seq AS integer CACHE 20;
