CREATE SCHEMA app;
CREATE TABLE app.role_permissions (role_id uuid NOT NULL, permission_id uuid NOT NULL, PRIMARY KEY (role_id, permission_id));
CREATE TABLE app.user_roles (user_id uuid NOT NULL, role_id uuid NOT NULL, PRIMARY KEY (user_id, role_id));
CREATE VIEW app.user_permissions AS
SELECT ur.user_id, rp.permission_id, true AS is_granted
  FROM app.user_roles ur JOIN app.role_permissions rp ON rp.role_id = ur.role_id;
COMMENT ON VIEW app.user_permissions IS 'Permissions each user holds through its roles.';
ALTER VIEW app.user_permissions OWNER TO cmis_app;
GRANT SELECT ON app.user_permissions TO cmis_readonly;
CREATE VIEW app.granted AS SELECT user_id, permission_id FROM app.user_permissions WHERE is_granted;
