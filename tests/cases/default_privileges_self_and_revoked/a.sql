-- Default privileges as real databases hold them: EXECUTE revoked from PUBLIC by default, and
-- a role's own privileges on its future objects spelled out (ALTER DEFAULT PRIVILEGES FOR ROLE
-- x ... TO x / FROM x is stored explicitly and must be re-created like any other entry).
CREATE SCHEMA app;
