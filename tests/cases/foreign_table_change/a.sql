-- A foreign table whose columns and options change is re-created (a foreign table holds no rows
-- here), keeping its grants, owner and comments; the view over it is rebuilt around it.
CREATE SCHEMA app;
CREATE FOREIGN DATA WRAPPER archive_fdw;
CREATE SERVER archive FOREIGN DATA WRAPPER archive_fdw;
CREATE FOREIGN TABLE app.old_readings (id integer NOT NULL, value numeric) SERVER archive OPTIONS (table_name 'readings_2019');
COMMENT ON FOREIGN TABLE app.old_readings IS 'Readings before 2020.';
COMMENT ON COLUMN app.old_readings.value IS 'Measured value.';
GRANT SELECT ON app.old_readings TO cmis_readonly;
ALTER FOREIGN TABLE app.old_readings OWNER TO cmis_app;
CREATE VIEW app.old_values AS SELECT id, value FROM app.old_readings;
