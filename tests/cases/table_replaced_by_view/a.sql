-- A table replaced by a view of the same name (and back): the relation is dropped and created
-- again, with the grants, owner and comment desired gives the new one; a view over it follows.
CREATE SCHEMA app;
CREATE TABLE app.role_permissions (role_id uuid NOT NULL, permission_id uuid NOT NULL, PRIMARY KEY (role_id, permission_id));
CREATE TABLE app.user_roles (user_id uuid NOT NULL, role_id uuid NOT NULL, PRIMARY KEY (user_id, role_id));
CREATE TABLE app.user_permissions (
    user_id uuid NOT NULL,
    permission_id uuid NOT NULL,
    is_granted boolean DEFAULT true NOT NULL,
    PRIMARY KEY (user_id, permission_id)
);
COMMENT ON TABLE app.user_permissions IS 'Per-user overrides.';
GRANT SELECT, INSERT ON app.user_permissions TO cmis_app;
GRANT SELECT ON app.user_permissions TO cmis_readonly;
CREATE VIEW app.granted AS SELECT user_id, permission_id FROM app.user_permissions WHERE is_granted;
