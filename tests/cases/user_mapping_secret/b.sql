CREATE SCHEMA app;
CREATE FOREIGN DATA WRAPPER archive_fdw;
CREATE SERVER archive FOREIGN DATA WRAPPER archive_fdw OPTIONS (host 'archive.internal', password 'hunter2-server');
CREATE USER MAPPING FOR cmis_app SERVER archive OPTIONS (user 'reader', password 'hunter2-mapping');
CREATE USER MAPPING FOR PUBLIC SERVER archive OPTIONS (user 'guest');
