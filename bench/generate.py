"""Generate a synthetic CMIS-like desired schema at any scale, for the scale benchmarks.

The output is a desired directory in the seed's layout: roles.sql, manifest.toml (five phases),
extensions_and_schemas.sql, one domain_<name>.sql per ~10 tables, and the all_sequences /
all_constraints / all_indexes / all_functions / all_triggers files with one section per domain.
Proportions per table follow full CMIS (189 tables, measured from its catalog): 14 schemas (scaled),
the same 8 extensions, ~12 columns, 2.2 CHECKs, 2.4 FKs, 0.84 UNIQUE and 0.08 EXCLUDE constraints,
2.6 indexes (partial btree, GIN on tsvector/jsonb/arrays/trigram, GiST, BRIN, HNSW on vectors, the
odd hash index), 0.2 sequences, 1.04 functions (SQL and PL/pgSQL, some SECURITY DEFINER),
0.94 triggers, 78% of tables under RLS by org_id, 0.07 views and 0.01 materialized views,
0.13 enums and 0.08 domains, comments and grants to cmis_app / cmis_readonly. At 189 tables it
writes ~2,900 statements (CMIS: 2,879), at 1,890 ~29,000. Same --seed, same bytes.

    python bench/generate.py --tables 1890 --seed 1 --out /tmp/cmis-1890
"""

from __future__ import annotations

import argparse
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pglast

EXTENSIONS = ("vector", "pg_trgm", "btree_gin", "btree_gist", "citext", "ltree", "unaccent", "pg_stat_statements")
CMIS_TABLES, CMIS_SCHEMAS = 189, 14
TABLES_PER_DOMAIN = 10
SCHEMA_WORDS = ("ai_analytics", "analytics", "audit", "dev", "knowledge", "marketing", "ops", "staging",
                "system_health", "lab", "operations", "archive", "billing", "media", "crm", "finance", "legal",
                "partner", "support", "growth")
DOMAIN_WORDS = ("campaign", "content", "creative", "adplat", "social", "field", "insight", "template", "workflow",
                "offering", "team", "compliance", "feature", "backup", "integration", "publish", "experiment",
                "knowledge", "billing", "support")
NOUNS = ("items", "runs", "events", "assets", "accounts", "links", "notes", "rules", "metrics", "batches",
         "versions", "requests", "entries", "targets", "slots", "reviews", "tags", "stages", "sources", "exports",
         "imports", "alerts", "quotas", "tokens", "groups", "members", "snapshots", "segments", "budgets",
         "tasks", "schedules", "channels", "reports", "feeds", "profiles", "orders", "lines", "votes")
STATUSES = ("draft", "active", "paused", "archived", "failed", "pending", "done", "cancelled")


@dataclass
class Table:
    schema: str
    name: str
    tenant: bool
    domain: Domain
    flags: set[str] = field(default_factory=set)
    status_enum: str | None = None
    money_domain: str | None = None
    fks: list[tuple[str, Table, str]] = field(default_factory=list)  # (column, parent, ON DELETE)

    @property
    def q(self) -> str:
        return f"{self.schema}.{self.name}"

    @property
    def pk(self) -> str:
        return f"{self.name}_id" if self.name not in ("orgs", "users") else self.name[:-1] + "_id"

    def has(self, flag: str) -> bool:
        return flag in self.flags


@dataclass
class Domain:
    index: int
    name: str
    schema: str
    tables: list[Table] = field(default_factory=list)
    enums: list[str] = field(default_factory=list)
    money: str | None = None
    composite: str | None = None


class Generator:
    def __init__(self, tables: int, seed: int) -> None:
        self.r = random.Random(seed)
        self.n_tables = tables
        scale = tables / CMIS_TABLES
        n_schemas = max(2, round(CMIS_SCHEMAS * scale))
        self.schemas = ["cmis"] + [self._schema_name(i) for i in range(n_schemas - 1)]
        self.domains: list[Domain] = []
        self.all_tables: list[Table] = []
        self._build()

    def _schema_name(self, i: int) -> str:
        word = SCHEMA_WORDS[i % len(SCHEMA_WORDS)]
        return f"cmis_{word}" if i < len(SCHEMA_WORDS) else f"cmis_{word}_{i // len(SCHEMA_WORDS) + 1}"

    # -- model -------------------------------------------------------------------------------------

    def _pick_schema(self) -> str:
        x = self.r.random()
        if x < 0.44:
            return "cmis"
        if x < 0.57:
            return "public"
        return self.r.choice(self.schemas[1:])

    def _build(self) -> None:
        n_domains = max(1, -(-self.n_tables // TABLES_PER_DOMAIN))
        left = self.n_tables
        for d in range(n_domains):
            word = DOMAIN_WORDS[d % len(DOMAIN_WORDS)] if d else "core"
            name = word if d < len(DOMAIN_WORDS) else f"{word}{d // len(DOMAIN_WORDS) + 1}"
            dom = Domain(d, name, self._pick_schema() if d else "cmis")
            self._types(dom, d)
            count = min(TABLES_PER_DOMAIN, left - (n_domains - d - 1)) if d < n_domains - 1 else left
            left -= count
            nouns = self.r.sample(NOUNS, k=min(count, len(NOUNS)))
            for i in range(count):
                if d == 0 and i < 2:
                    self._table(dom, "cmis", ("orgs", "users")[i], tenant=False)
                    continue
                schema = dom.schema if self.r.random() < 0.6 else self._pick_schema()
                self._table(dom, schema, f"{name}_{nouns[i % len(nouns)]}{'' if i < len(nouns) else i}",
                            tenant=schema != "public")
            self.domains.append(dom)

    def _types(self, dom: Domain, d: int) -> None:
        schema = "cmis" if dom.schema == "public" else dom.schema
        dom.enums.append(f"{schema}.{dom.name}_status")
        if self.r.random() < 0.3:
            dom.enums.append(f"{schema}.{dom.name}_kind")
        if self.r.random() < 0.8:
            dom.money = f"{schema}.{dom.name}_money"
        if d % 19 == 5:
            dom.composite = f"{schema}.{dom.name}_totals"

    def _table(self, dom: Domain, schema: str, name: str, tenant: bool) -> None:
        r = self.r
        t = Table(schema, name, tenant, dom)
        for flag, p in (("status", 0.6), ("deleted", 0.7), ("updated", 0.85), ("search", 0.25), ("meta", 0.7),
                        ("tags", 0.3), ("embedding", 0.1), ("period", 0.08), ("number", 0.2), ("amount", 0.4),
                        ("external", 0.5), ("window", 0.3), ("quantity", 0.4), ("url", 0.2), ("currency", 0.3),
                        ("name_len", 0.5), ("priority", 0.5), ("notes", 0.6), ("created_by", 0.4)):
            if r.random() < p:
                t.flags.add(flag)
        if t.has("status") and r.random() < 0.6:
            t.status_enum = r.choice(dom.enums)
        if t.has("amount"):
            t.money_domain = dom.money
        if name == "orgs":
            t.flags = {"updated", "deleted", "meta"}
        elif name == "users":
            t.flags = {"updated", "deleted", "search"}
        self._fks(t)
        dom.tables.append(t)
        self.all_tables.append(t)

    def _fks(self, t: Table) -> None:
        r, done = self.r, self.all_tables
        if t.tenant and done:
            t.fks.append(("org_id", done[0], "CASCADE"))
        if t.has("created_by") and len(done) > 1:
            t.fks.append(("created_by", done[1], "SET NULL"))
        local = [p for p in t.domain.tables if p.name not in ("orgs", "users")]
        for _ in range(r.choice((0, 1, 1, 1, 2, 2))):
            pool = local if local and r.random() < 0.7 else done[2:]
            if not pool:
                break
            parent = r.choice(pool)
            col = f"{parent.name}_id"
            if all(c != col for c, _, _ in t.fks):
                t.fks.append((col, parent, r.choice(("CASCADE", "SET NULL", "RESTRICT"))))

    # -- SQL ---------------------------------------------------------------------------------------

    def extensions_and_schemas(self) -> str:
        out = ["-- AI Agent Context",
               f"-- Purpose:   Phase 1 foundation: the 8 extensions and {len(self.schemas)} schemas (generated).", ""]
        out += [f"CREATE EXTENSION IF NOT EXISTS {e} WITH SCHEMA public;" for e in EXTENSIONS]
        out.append("")
        for s in self.schemas:
            out.append(f"CREATE SCHEMA {s};")
            out.append(f"COMMENT ON SCHEMA {s} IS 'Generated schema {s}.';")
        out.append(f"\nGRANT USAGE ON SCHEMA {', '.join(self.schemas)} TO cmis_app, cmis_readonly;")
        return "\n".join(out) + "\n"

    def domain_file(self, dom: Domain) -> str:
        out = [f"-- AI Agent Context\n-- Purpose:   generated domain {dom.name}.\n"
               f"-- Tables:    {', '.join(t.q for t in dom.tables)}.\n"]
        if dom.name == "core":
            out.append("CREATE FUNCTION cmis.current_org_id() RETURNS uuid\n    LANGUAGE sql STABLE PARALLEL SAFE\n"
                       "    AS $$ SELECT nullif(current_setting('app.current_org_id', true), '')::uuid $$;\n"
                       "COMMENT ON FUNCTION cmis.current_org_id() IS 'Tenant of the current session.';\n")
        for e in dom.enums:
            values = ", ".join(f"'{v}'" for v in STATUSES[: 4 + len(e) % 5])
            out.append(f"CREATE TYPE {e} AS ENUM ({values});\nCOMMENT ON TYPE {e} IS 'Generated enum.';\n")
        if dom.money:
            out.append(f"CREATE DOMAIN {dom.money} AS numeric(14,2)\n    CHECK (VALUE >= 0);\n"
                       f"COMMENT ON DOMAIN {dom.money} IS 'Non-negative money amount.';\n")
        if dom.composite:
            out.append(f"CREATE TYPE {dom.composite} AS (impressions bigint, clicks bigint, spend numeric(14,2));\n"
                       f"COMMENT ON TYPE {dom.composite} IS 'Generated composite of metric totals.';\n")
        for t in dom.tables:
            out.append(self._create_table(t))
        out += self._views(dom)
        rls = [t for t in dom.tables if t.tenant]
        if rls:
            out.append("-- Row-level security: tenant isolation by org_id.")
        for t in rls:
            out.append(f"ALTER TABLE {t.q} ENABLE ROW LEVEL SECURITY;\n"
                       f"CREATE POLICY {t.name}_tenant_isolation ON {t.q}\n"
                       "    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());")
            if hash_of(t.name) % 50 == 7 and t.has("deleted"):
                out.append(f"CREATE POLICY {t.name}_readonly_visible ON {t.q} AS RESTRICTIVE FOR SELECT "
                           "TO cmis_readonly\n    USING (deleted_at IS NULL);")
        names = ", ".join(t.q for t in dom.tables)
        readable = ", ".join(t.q for t in dom.tables if hash_of(t.name) % 10)
        out.append(f"\n-- Privileges.\nGRANT SELECT, INSERT, UPDATE, DELETE ON {names} TO cmis_app;")
        if readable:
            out.append(f"GRANT SELECT ON {readable} TO cmis_readonly;")
        return "\n".join(out) + "\n"

    def _columns(self, t: Table) -> tuple[list[str], list[str], list[str]]:
        """Column lines, inline CHECK constraint lines and column comments of a table."""
        cols = [f"{t.pk} uuid DEFAULT uuidv7() NOT NULL"]
        checks: list[str] = []
        comments: list[str] = []
        if t.tenant:
            cols.append("org_id uuid NOT NULL")
        cols += [f"{c} uuid{' NOT NULL' if d == 'CASCADE' else ''}" for c, _, d in t.fks if c != "org_id"]
        cols.append("name text NOT NULL")
        if t.has("number"):
            cols.append(f"{t.name}_number bigint NOT NULL")
            comments.append(f"{t.name}_number IS 'Human-readable number shown in the UI.'")
        if t.has("external"):
            cols.append("external_id text")
        if t.has("status"):
            if t.status_enum:
                cols.append(f"status {t.status_enum} DEFAULT 'draft' NOT NULL")
            else:
                cols.append("status text DEFAULT 'draft' NOT NULL")
                values = ", ".join(f"'{s}'" for s in STATUSES[:5])
                checks.append(f"CONSTRAINT {t.name}_status_check CHECK (status IN ({values}))")
            cols.append("status_changed_at timestamptz")
        if t.has("priority"):
            cols.append("priority smallint DEFAULT 0 NOT NULL")
            if hash_of(t.name) % 5 < 3:
                checks.append(f"CONSTRAINT {t.name}_priority_check CHECK (priority BETWEEN 0 AND 100)")
        if t.has("amount"):
            cols.append(f"amount {t.money_domain or 'numeric(14,2)'}")
            if not t.money_domain:
                checks.append(f"CONSTRAINT {t.name}_amount_check CHECK (amount IS NULL OR amount >= 0)")
        if t.has("currency"):
            cols.append("currency char(3) DEFAULT 'USD' NOT NULL")
            checks.append(f"CONSTRAINT {t.name}_currency_format CHECK (currency ~ '^[A-Z]{{3}}$')")
        if t.has("quantity"):
            cols.append("quantity integer DEFAULT 0 NOT NULL")
            checks.append(f"CONSTRAINT {t.name}_quantity_check CHECK (quantity >= 0)")
        if t.has("url"):
            cols.append("url text")
            checks.append(f"CONSTRAINT {t.name}_url_check CHECK (url IS NULL OR url ~ '^https?://')")
        if t.has("window"):
            cols += ["starts_at timestamptz", "ends_at timestamptz"]
            checks.append(f"CONSTRAINT {t.name}_window_order CHECK (starts_at IS NULL OR ends_at IS NULL "
                          "OR ends_at > starts_at)")
        if t.has("period"):
            cols.append("period tstzrange DEFAULT tstzrange(now(), NULL) NOT NULL")
        if t.has("meta"):
            cols.append("metadata jsonb DEFAULT '{}'::jsonb NOT NULL")
            if hash_of(t.name) % 3 == 0:
                checks.append(f"CONSTRAINT {t.name}_metadata_object CHECK (jsonb_typeof(metadata) = 'object')")
        if t.has("tags"):
            cols.append("tags text[] DEFAULT '{}'::text[] NOT NULL")
        if t.has("notes"):
            cols.append("notes text")
            if hash_of(t.name) % 2 == 0:
                comments.append("notes IS 'Free text for operators; never shown to customers.'")
        if t.has("embedding"):
            cols.append("embedding vector(384)")
            comments.append("embedding IS 'Sentence embedding of name and notes (384 dimensions).'")
        if t.has("search"):
            cols.append("search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "
                        "coalesce(name, ''))) STORED")
        if t.has("name_len"):
            checks.append(f"CONSTRAINT {t.name}_name_length CHECK (char_length(name) <= 255)")
        cols.append("created_at timestamptz DEFAULT now() NOT NULL")
        if t.has("updated"):
            cols.append("updated_at timestamptz DEFAULT now() NOT NULL")
        if t.has("deleted"):
            cols.append("deleted_at timestamptz")
        if t.tenant and hash_of(t.name) % 6 == 0:
            comments.append("org_id IS 'Tenant owning the row (RLS).'")
        return cols, checks, comments

    def _create_table(self, t: Table) -> str:
        cols, checks, comments = self._columns(t)
        body = [*cols, f"CONSTRAINT {t.name}_pkey PRIMARY KEY ({t.pk})", *checks]
        out = f"CREATE TABLE {t.q} (\n    " + ",\n    ".join(body) + "\n);\n"
        if hash_of(t.name) % 20:
            out += f"COMMENT ON TABLE {t.q} IS 'Generated table {t.name} of domain {t.domain.name}.';\n"
        out += "".join(f"COMMENT ON COLUMN {t.q}.{c};\n" for c in comments)
        return out

    def _views(self, dom: Domain) -> list[str]:
        out: list[str] = []
        tenants = [t for t in dom.tables if t.tenant]
        if tenants and hash_of(dom.name) % 4 != 0:
            t = tenants[0]
            live = " WHERE deleted_at IS NULL" if t.has("deleted") else ""
            v = f"{t.schema}.{dom.name}_summary_v"
            out.append(f"CREATE VIEW {v} WITH (security_invoker = true) AS\n"
                       f"    SELECT org_id, count(*) AS total, max(created_at) AS last_created_at\n"
                       f"      FROM {t.q}{live}\n     GROUP BY org_id;\n"
                       f"COMMENT ON VIEW {v} IS 'Rows per tenant in {t.q}.';\n"
                       f"GRANT SELECT ON {v} TO cmis_app, cmis_readonly;\n")
        if tenants and dom.index % 10 == 3:
            t = tenants[-1]
            mv = f"{t.schema}.{dom.name}_monthly_mv"
            out.append(f"CREATE MATERIALIZED VIEW {mv} AS\n"
                       f"    SELECT org_id, date_trunc('month', created_at) AS month, count(*) AS total\n"
                       f"      FROM {t.q}\n     GROUP BY org_id, date_trunc('month', created_at);\n"
                       f"COMMENT ON MATERIALIZED VIEW {mv} IS 'Monthly row counts per tenant of {t.q}.';\n"
                       f"GRANT SELECT ON {mv} TO cmis_readonly;\n")
        return out

    def sequences(self, dom: Domain) -> list[str]:
        out = []
        for t in dom.tables:
            if t.has("number"):
                seq = f"{t.q}_number_seq"
                out += [f"CREATE SEQUENCE {seq} AS bigint START WITH 1000 INCREMENT BY 1 MINVALUE 1000 "
                        f"NO MAXVALUE CACHE {1 + hash_of(t.name) % 20};",
                        f"ALTER TABLE {t.q} ALTER COLUMN {t.name}_number SET DEFAULT nextval('{seq}'::regclass);",
                        f"ALTER SEQUENCE {seq} OWNED BY {t.q}.{t.name}_number;",
                        f"GRANT USAGE ON SEQUENCE {seq} TO cmis_app;"]
        return out

    def constraints(self, dom: Domain) -> list[str]:
        out = []
        for t in dom.tables:
            for col, parent, on_delete in t.fks:
                out.append(f"ALTER TABLE {t.q} ADD CONSTRAINT {t.name}_{col}_fkey FOREIGN KEY ({col}) "
                           f"REFERENCES {parent.q} ({parent.pk}) ON DELETE {on_delete};")
            scope = "org_id, " if t.tenant else ""
            if hash_of(t.name) % 5 < 2:
                nulls = " NULLS NOT DISTINCT" if hash_of(t.name) % 7 == 1 else ""
                out.append(f"ALTER TABLE {t.q} ADD CONSTRAINT {t.name}_name_key UNIQUE{nulls} ({scope}name);")
            if t.has("external") and hash_of(t.name) % 2 == 0:
                out.append(f"ALTER TABLE {t.q} ADD CONSTRAINT {t.name}_external_key UNIQUE ({scope}external_id);")
            if t.has("number"):
                out.append(f"ALTER TABLE {t.q} ADD CONSTRAINT {t.name}_number_key UNIQUE ({t.name}_number);")
            if t.has("period"):
                key = "org_id WITH =" if t.tenant else "name WITH ="
                where = " WHERE (deleted_at IS NULL)" if t.has("deleted") else ""
                out.append(f"ALTER TABLE {t.q} ADD CONSTRAINT {t.name}_no_overlap EXCLUDE USING gist "
                           f"({key}, period WITH &&){where};")
        return out

    def indexes(self, dom: Domain) -> list[str]:
        out = []
        for t in dom.tables:
            live = " WHERE deleted_at IS NULL" if t.has("deleted") else ""
            h = hash_of(t.name)
            for col, _, _ in t.fks:
                if (col == "org_id" and h % 5 < 2) or (col == "created_by" and h % 4):
                    continue
                out.append(f"CREATE INDEX {t.name}_{col}_idx ON {t.q} ({col}){live};")
            if t.has("search"):
                out.append(f"CREATE INDEX {t.name}_search_idx ON {t.q} USING gin (search_vector);")
            if t.has("tags") and h % 5 == 0:
                out.append(f"CREATE INDEX {t.name}_tags_idx ON {t.q} USING gin (tags);")
            if t.has("meta") and h % 7 == 0:
                out.append(f"CREATE INDEX {t.name}_metadata_idx ON {t.q} USING gin (metadata jsonb_path_ops);")
            if h % 12 == 5:
                out.append(f"CREATE INDEX {t.name}_name_trgm_idx ON {t.q} USING gin (name gin_trgm_ops);")
            if h % 14 == 3:
                out.append(f"CREATE INDEX {t.name}_created_brin_idx ON {t.q} USING brin (created_at);")
            if t.has("embedding") and h % 2 == 0:
                out.append(f"CREATE INDEX {t.name}_embedding_hnsw_idx ON {t.q} USING hnsw "
                           "(embedding vector_cosine_ops) WITH (m = 16, ef_construction = 64);")
            if t.has("window") and h % 3 == 0:
                out.append(f"CREATE INDEX {t.name}_window_gist_idx ON {t.q} USING gist "
                           "(tstzrange(starts_at, ends_at));")
            if t.has("status") and h % 3 == 1:
                scope = "org_id, " if t.tenant else ""
                out.append(f"CREATE INDEX {t.name}_status_idx ON {t.q} ({scope}status, created_at DESC) "
                           f"INCLUDE (name){live};")
            if t.tenant and h % 11 == 4:
                out.append(f"CREATE UNIQUE INDEX {t.name}_lower_name_uidx ON {t.q} (org_id, lower(name)){live};")
            if t.has("external") and h % 150 == 9:
                out.append(f"CREATE INDEX {t.name}_external_hash_idx ON {t.q} USING hash (external_id);")
        if dom.index % 10 == 3 and any(t.tenant for t in dom.tables):
            t = [t for t in dom.tables if t.tenant][-1]
            out.append(f"CREATE UNIQUE INDEX {dom.name}_monthly_mv_key ON {t.schema}.{dom.name}_monthly_mv "
                       "(org_id, month);")
        return out

    def functions(self, dom: Domain) -> list[str]:
        out = []
        for t in dom.tables:
            h = hash_of(t.name)
            fn = f"{t.schema}.{t.name}"
            if t.has("status") and h % 3 == 0:
                out.append(f"CREATE FUNCTION {fn}_track_status() RETURNS trigger\n    LANGUAGE plpgsql\n    AS $$\n"
                           "BEGIN\n    IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status THEN\n"
                           "        NEW.status_changed_at := now();\n    END IF;\n    RETURN NEW;\nEND\n$$;")
                out.append(f"COMMENT ON FUNCTION {fn}_track_status() IS 'BEFORE trigger: stamps status_changed_at.';")
            if t.tenant and h % 5 < 2:
                live = " AND deleted_at IS NULL" if t.has("deleted") else ""
                out.append(f"CREATE FUNCTION {fn}_count(p_org_id uuid) RETURNS bigint\n"
                           f"    LANGUAGE sql STABLE\n    AS $$\n    SELECT count(*) FROM {t.q} "
                           f"WHERE org_id = p_org_id{live}\n$$;")
                out.append(f"COMMENT ON FUNCTION {fn}_count(uuid) IS 'Live rows of a tenant in {t.q}.';")
            if t.tenant and t.has("deleted") and h % 4 == 1:
                out.append(f"CREATE FUNCTION {fn}_soft_delete(p_id uuid) RETURNS boolean\n"
                           f"    LANGUAGE plpgsql SECURITY DEFINER\n    SET search_path = pg_catalog, {t.schema}\n"
                           "    AS $$\nBEGIN\n"
                           f"    UPDATE {t.q} SET deleted_at = now()\n"
                           f"     WHERE {t.pk} = p_id AND org_id = cmis.current_org_id() AND deleted_at IS NULL;\n"
                           "    RETURN FOUND;\nEND\n$$;")
                out.append(f"COMMENT ON FUNCTION {fn}_soft_delete(uuid) IS 'Soft-deletes one row of the "
                           "current tenant.';")
                out.append(f"REVOKE EXECUTE ON FUNCTION {fn}_soft_delete(uuid) FROM PUBLIC;")
                out.append(f"GRANT EXECUTE ON FUNCTION {fn}_soft_delete(uuid) TO cmis_app;")
            if h % 4 == 2:
                out.append(f"CREATE FUNCTION {fn}_name_of(p_id uuid) RETURNS text\n"
                           f"    LANGUAGE sql STABLE PARALLEL SAFE\n    AS $$\n"
                           f"    SELECT name FROM {t.q} WHERE {t.pk} = p_id\n$$;")
                if h % 4:
                    out.append(f"COMMENT ON FUNCTION {fn}_name_of(uuid) IS 'Name of one row of {t.q}.';")
        if dom.tables:
            t = dom.tables[-1]
            out.append(f"CREATE FUNCTION {t.schema}.{dom.name}_purge_before(p_before timestamptz) RETURNS integer\n"
                       "    LANGUAGE plpgsql\n    AS $$\nDECLARE\n    v_count integer;\nBEGIN\n"
                       f"    DELETE FROM {t.q} WHERE created_at < p_before;\n"
                       "    GET DIAGNOSTICS v_count = ROW_COUNT;\n    RETURN v_count;\nEND\n$$;")
            out.append(f"COMMENT ON FUNCTION {t.schema}.{dom.name}_purge_before(timestamptz) IS "
                       f"'Maintenance: deletes rows of {t.q} created before a time.';")
        return out

    def triggers(self, dom: Domain) -> list[str]:
        out = []
        for t in dom.tables:
            h = hash_of(t.name)
            if t.has("updated") and h % 10 < 9:
                out.append(f"CREATE TRIGGER {t.name}_set_updated_at BEFORE UPDATE ON {t.q}\n"
                           "    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();")
            if t.has("status") and h % 3 == 0:
                out.append(f"CREATE TRIGGER {t.name}_track_status BEFORE INSERT OR UPDATE OF status ON {t.q}\n"
                           f"    FOR EACH ROW EXECUTE FUNCTION {t.schema}.{t.name}_track_status();")
        return out

    def write(self, out: Path) -> int:
        """Write the desired directory; returns the number of statements (roles.sql aside)."""
        if out.exists():
            shutil.rmtree(out)
        out.mkdir(parents=True)
        files: dict[str, str] = {"roles.sql": ROLES, "extensions_and_schemas.sql": self.extensions_and_schemas()}
        for dom in self.domains:
            files[f"domain_{dom.name}.sql"] = self.domain_file(dom)
        shared = {"functions": [SET_UPDATED_AT]}
        for part in ("sequences", "constraints", "indexes", "functions", "triggers"):
            sections = [f"-- AI Agent Context\n-- Purpose:   generated {part} of every domain.\n"]
            sections += shared.get(part, [])
            for dom in self.domains:
                lines = getattr(self, part)(dom)
                if lines:
                    sections.append(f"-- {dom.name}\n" + "\n".join(lines) + "\n")
            files[f"all_{part}.sql"] = "\n".join(sections)
        domains = [f"domain_{d.name}.sql" for d in self.domains]
        files["manifest.toml"] = manifest(domains[:1], domains[1:])
        for name, text in files.items():
            (out / name).write_text(text)
        return sum(len(pglast.split(text)) for name, text in files.items()
                   if name.endswith(".sql") and name != "roles.sql")


def hash_of(name: str) -> int:
    """A stable small hash (Python's hash() is salted per process)."""
    h = 0
    for ch in name.encode():
        h = (h * 31 + ch) % 1_000_003
    return h


ROLES = """-- AI Agent Context
-- Purpose: cluster-wide roles the generated schema grants to (idempotent).
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cmis_app') THEN
        CREATE ROLE cmis_app NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cmis_readonly') THEN
        CREATE ROLE cmis_readonly NOLOGIN;
    END IF;
END
$$;
"""

SET_UPDATED_AT = """-- shared trigger functions
CREATE FUNCTION cmis.set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis.set_updated_at() IS 'BEFORE UPDATE trigger: stamps updated_at.';
"""


def manifest(independent: list[str], business: list[str]) -> str:
    def phase(name: str, files: list[str]) -> str:
        return f'[[phase]]\nname = "{name}"\nfiles = [\n' + "".join(f'    "{f}",\n' for f in files) + "]\n"

    return "\n".join([
        "# Load order of the generated CMIS-like schema, in the seed's 5 phases.\n",
        phase("foundation", ["extensions_and_schemas.sql"]),
        phase("independent_tables", independent),
        phase("business_domains", business),
        phase("database_constraints", ["all_sequences.sql", "all_constraints.sql", "all_indexes.sql"]),
        phase("business_logic", ["all_functions.sql", "all_triggers.sql"]),
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tables", type=int, default=1890)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True, help="desired directory to (re)create")
    args = parser.parse_args()
    if args.tables < 3:
        raise SystemExit("generate.py: --tables must be at least 3")
    statements = Generator(args.tables, args.seed).write(args.out)
    print(f"{args.out}: {args.tables} tables, {statements} statements")


if __name__ == "__main__":
    main()
