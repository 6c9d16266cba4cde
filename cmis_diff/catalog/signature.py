"""A cheap proof that a database's catalog is unchanged since an earlier fingerprint read.

Every change PostgreSQL makes to a catalog row that the fingerprint reads is transactional: it
writes a row version whose xmin is a newer transaction id than any already there (CREATE INDEX
CONCURRENTLY flips indisvalid with such an update too; the in-place updates, such as relpages or
relfrozenxid, touch nothing the fingerprint reads). So per catalog, the number of rows and the sum
of their xmins cannot come back to an earlier pair with other rows: deleting rows lowers the count,
and replacing n rows by n others raises the sum (short of 2^32 transactions later, when ids wrap
around). Within one running server, that is: a restart (a restored backup, a promoted replica that
diverged) starts another series, so the postmaster's start time is part of the signature, with the
database, the server version and the user (what a user may see of user mappings depends on who it
is). Of the catalogs shared by all databases, only the rows of this one count: other databases come
and go beside it (scratch databases). The three catalogs an ordinary user may not read (roles,
subscriptions, user mappings) count by what the fingerprint reads of them. A signature is read in a
few milliseconds where the fingerprint takes hundreds (issue 16); cache.py keeps fingerprints by
signature.
"""

from __future__ import annotations

# pg_catalog's tables on PostgreSQL 15 to 18, but statistics (ANALYZE rewrites them) and large
# objects' data. On a server without one of them the signature cannot be read: no caching there.
CATALOGS = (
    "pg_aggregate", "pg_am", "pg_amop", "pg_amproc", "pg_attrdef", "pg_attribute", "pg_auth_members",
    "pg_authid", "pg_cast", "pg_class", "pg_collation", "pg_constraint", "pg_conversion", "pg_database",
    "pg_db_role_setting", "pg_default_acl", "pg_depend", "pg_description", "pg_enum", "pg_event_trigger",
    "pg_extension", "pg_foreign_data_wrapper", "pg_foreign_server", "pg_foreign_table", "pg_index",
    "pg_inherits", "pg_init_privs", "pg_language", "pg_largeobject_metadata", "pg_namespace", "pg_opclass",
    "pg_operator", "pg_opfamily", "pg_parameter_acl", "pg_partitioned_table", "pg_policy", "pg_proc",
    "pg_publication", "pg_publication_namespace", "pg_publication_rel", "pg_range", "pg_replication_origin",
    "pg_rewrite", "pg_seclabel", "pg_sequence", "pg_shdepend", "pg_shdescription", "pg_shseclabel",
    "pg_statistic_ext", "pg_subscription", "pg_subscription_rel", "pg_tablespace", "pg_transform",
    "pg_trigger", "pg_ts_config", "pg_ts_config_map", "pg_ts_dict", "pg_ts_parser", "pg_ts_template",
    "pg_type", "pg_user_mapping")
NOT_COVERED = ("pg_statistic", "pg_statistic_ext_data", "pg_largeobject")

_THIS_DATABASE = "(SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())"
# shared catalogs' rows of other databases, which come and go (scratch databases beside live), are
# no part of what the fingerprint reads
_ONLY_OURS = {"pg_database": " WHERE datname = current_database()",
              "pg_db_role_setting": f" WHERE setdatabase IN (0, {_THIS_DATABASE})",
              "pg_shdepend": f" WHERE dbid IN (0, {_THIS_DATABASE})"}

# catalogs an ordinary user may not read whole: what the fingerprint reads of them, through the
# views everyone may read (role names, this database's subscriptions' names, user mappings)
_BY_CONTENT = {
    "pg_authid": "(SELECT md5(string_agg(oid || ' ' || rolname || ' ' || rolsuper, ',' ORDER BY oid)) "
                 "FROM pg_catalog.pg_roles)",
    "pg_subscription": "(SELECT md5(string_agg(oid || ' ' || subname || ' ' || subowner, ',' ORDER BY oid)) "
                       f"FROM pg_catalog.pg_subscription WHERE subdbid = {_THIS_DATABASE})",
    "pg_user_mapping": "(SELECT md5(string_agg(umid || ' ' || srvid || ' ' || umuser || ' ' || "
                       "coalesce(umoptions::text, '-'), ',' ORDER BY umid)) FROM pg_catalog.pg_user_mappings)"}


def _parts(catalogs: tuple[str, ...]) -> str:
    return ", ".join(_BY_CONTENT.get(c) or f"(SELECT count(*) || ':' || coalesce(sum(xmin::text::int8), 0) "
                     f"FROM pg_catalog.{c}{_ONLY_OURS.get(c, '')})" for c in catalogs)


# one text value: md5 of who and where, then count and xmin sum per catalog
SQL = ("SELECT md5(concat_ws(',', pg_catalog.pg_postmaster_start_time(), current_setting('server_version_num'), "
       f"{_THIS_DATABASE}, current_user, {_parts(CATALOGS)}))")

# The catalogs but the database's own row (a kept copy of live is renamed once restored): a kept
# copy (copies.py) is unchanged since it was restored while this is the same (xids keep growing
# across restarts; the copy is ours, nobody else connects to it)
LOCAL_SQL = f"SELECT md5(concat_ws(',', {_parts(tuple(c for c in CATALOGS if c != 'pg_database'))}))"
