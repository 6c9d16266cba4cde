-- A user mapping and a server holding passwords: no plan, output or error ever shows one. The
-- plan creates them without the secret options and reports them as not converged, to be set
-- by hand; dropping them (reverse) converges.
CREATE SCHEMA app;
CREATE FOREIGN DATA WRAPPER archive_fdw;
