CREATE SCHEMA app;

CREATE SEQUENCE app.ticket_number_seq;
