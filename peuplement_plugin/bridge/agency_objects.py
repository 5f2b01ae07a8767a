"""What an agency built on the published tables, kept across a republication.

A shared schema outlives the plugin's tables: views, materialised views, foreign keys,
indexes, triggers, rules, column defaults, grants and comments are the agency's work.
``AgencyObjects.read`` reads them from the catalogue (``pg_depend``, ``pg_rewrite``,
``pg_constraint``, ``pg_index``, ``pg_trigger``, ``aclexplode``) before anything is
written; ``publish_gpkg`` then, in its one transaction, drops them one by one (never
``CASCADE``), replaces the tables and recreates them from the definitions the server
itself gave (``pg_get_viewdef``, ``pg_get_constraintdef``…). An object that fails to come
back makes the whole transaction fail, with every such object named.

Objects the plugin made itself (the key and geometry index GDAL gives each new table)
are told apart by name: the new table in the staging schema has them too."""

import re
import uuid

_TARGETS = """
targets AS (
  SELECT c.oid, c.reltype FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = {schema} AND c.relname = ANY({names}::text[]) AND c.relkind IN ('r', 'p')
), views(oid, depth) AS (
  SELECT r.ev_class, 1 FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid
  WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass
    AND d.refobjid IN (SELECT oid FROM targets) AND r.rulename = '_RETURN' AND r.ev_class <> d.refobjid
  UNION
  SELECT r.ev_class, v.depth + 1 FROM views v
  JOIN pg_depend d ON d.refobjid = v.oid AND d.refclassid = 'pg_class'::regclass
                  AND d.classid = 'pg_rewrite'::regclass
  JOIN pg_rewrite r ON r.oid = d.objid
  WHERE r.rulename = '_RETURN' AND r.ev_class <> d.refobjid
), watched AS (
  SELECT oid, reltype FROM targets
  UNION SELECT c.oid, c.reltype FROM pg_class c WHERE c.oid IN (SELECT oid FROM views)
), dependents AS (
  SELECT d.classid::regclass::text AS catalog, d.objid::bigint AS objid, d.refobjid::bigint AS refobjid,
         d.deptype::text AS deptype, pg_describe_object(d.classid, d.objid, d.objsubid) AS label,
         CASE WHEN d.classid = 'pg_class'::regclass
              THEN (SELECT relkind::text FROM pg_class WHERE oid = d.objid) END AS relkind,
         CASE WHEN d.classid = 'pg_rewrite'::regclass
              THEN (SELECT rulename::text FROM pg_rewrite WHERE oid = d.objid) END AS rulename,
         CASE WHEN d.classid = 'pg_rewrite'::regclass
              THEN (SELECT ev_class::bigint FROM pg_rewrite WHERE oid = d.objid) END AS rule_relation
  FROM pg_depend d
  WHERE d.deptype IN ('n', 'a')
    AND ((d.refclassid = 'pg_class'::regclass AND d.refobjid IN (SELECT oid FROM watched))
      OR (d.refclassid = 'pg_type'::regclass AND d.refobjid IN (SELECT reltype FROM watched)))
)"""


_QUALIFIED = re.compile(r"qualified\(([a-z_.]+)\)")


def _expand(sql):
    """``qualified(x.oid)`` in the queries below: the schema-qualified, quoted name of a
    relation (``regclass`` leaves the name bare when its schema is on the search path,
    and the object would come back in another schema)."""
    return _QUALIFIED.sub(r"(SELECT quote_ident(s.nspname) || '.' || quote_ident(k.relname) FROM pg_class k "
                          r"JOIN pg_namespace s ON s.oid = k.relnamespace WHERE k.oid = \1)", sql)


def sql_literal(text):
    """A PostgreSQL string literal (standard_conforming_strings, the default since 9.1)."""
    return "'{}'".format(str(text).replace("'", "''"))


def _oids(values):
    return "ARRAY[{}]::oid[]".format(", ".join(str(int(v)) for v in values) or "")


def _kind_word(relkind):
    return "MATERIALIZED VIEW" if relkind == "m" else "VIEW"


class AgencyObjects:
    MARKER = "[peuplement-objets]"

    def __init__(self, schema, tables):
        self.schema, self.tables = schema, list(tables)
        self.targets = {}        # oid -> table name, the published tables that exist already
        self.views = []          # dicts, in creation order
        self.impossible = []     # labels of objects that cannot be kept
        self.fingerprint = ""
        self.indexes, self.constraints, self.triggers, self.rules = [], [], [], []
        self.defaults, self.grants, self.column_grants, self.comments = [], [], [], []
        self.plugin_names = {}   # table name -> names of what the plugin's new table has itself

    # -- reading -----------------------------------------------------------------------

    def _with(self, select):
        names = "ARRAY[{}]".format(", ".join(sql_literal(t) for t in self.tables)) if self.tables else "ARRAY[]"
        return "WITH RECURSIVE " + _TARGETS.format(schema=sql_literal(self.schema), names=names) + " " + select

    def _fingerprint_sql(self):
        return self._with("SELECT md5(coalesce(string_agg(DISTINCT label, '|' ORDER BY label), '')) AS sum "
                          "FROM dependents")

    @classmethod
    def read(cls, run, schema, tables):
        """``run(sql)`` gives the rows of a query as dicts."""
        query = run
        run = lambda sql: query(_expand(sql))  # noqa: E731
        kept = cls(schema, tables)
        kept.targets = {row["oid"]: row["relname"] for row in run(kept._with(
            "SELECT c.oid::bigint AS oid, c.relname::text AS relname FROM pg_class c "
            "WHERE c.oid IN (SELECT oid FROM targets)"))}
        if not kept.targets:
            return kept
        kept.views = run(kept._with(
            "SELECT c.oid::bigint AS oid, qualified(c.oid) AS relation, c.relkind::text AS relkind, "
            "pg_get_viewdef(c.oid) AS definition, array_to_string(c.reloptions, ', ') AS options, "
            "quote_ident(pg_get_userbyid(c.relowner)) AS owner, c.relispopulated AS populated, "
            "(SELECT quote_ident(spcname) FROM pg_tablespace WHERE oid = c.reltablespace) AS tablespace, "
            "v.depth FROM (SELECT oid, max(depth) AS depth FROM views GROUP BY oid) v "
            "JOIN pg_class c ON c.oid = v.oid ORDER BY v.depth, c.oid"))
        view_oids = {view["oid"] for view in kept.views}
        watched = set(kept.targets) | view_oids
        kept._classify(run(kept._with("SELECT * FROM dependents")), view_oids)
        kept.fingerprint = run(kept._fingerprint_sql())[0]["sum"]
        targets, everything = _oids(kept.targets), _oids(watched)
        kept.indexes = run(
            "SELECT ic.relname::text AS name, i.indrelid::bigint AS rel, pg_get_indexdef(i.indexrelid) AS definition "
            "FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid WHERE i.indrelid = ANY({0}) "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid "
            "AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x')) ORDER BY ic.relname".format(everything))
        kept.constraints = run(
            "SELECT conname::text AS name, quote_ident(conname) AS quoted, conrelid::bigint AS rel, "
            "qualified(conrelid) AS relation, contype::text AS kind, pg_get_constraintdef(oid) AS definition, "
            "confrelid::bigint AS referenced FROM pg_constraint "
            "WHERE (conrelid = ANY({0}) AND contype IN ('p', 'u', 'c', 'x', 'f')) "
            "OR (confrelid = ANY({0}) AND contype = 'f') ORDER BY conname".format(targets))
        kept.triggers = run(
            "SELECT t.tgname::text AS name, t.tgrelid::bigint AS rel, pg_get_triggerdef(t.oid) AS definition, "
            "quote_ident(t.tgname) AS quoted, qualified(t.tgrelid) AS relation, t.tgenabled::text AS enabled "
            "FROM pg_trigger t WHERE t.tgrelid = ANY({0}) AND NOT t.tgisinternal ORDER BY t.tgname".format(everything))
        kept.rules = run(
            "SELECT r.rulename::text AS name, quote_ident(r.rulename) AS quoted, r.ev_class::bigint AS rel, "
            "qualified(r.ev_class) AS relation, pg_get_ruledef(r.oid) AS definition FROM pg_rewrite r "
            "WHERE r.rulename <> '_RETURN' AND (r.ev_class = ANY({0}) OR r.oid IN (SELECT objid FROM pg_depend "
            "WHERE classid = 'pg_rewrite'::regclass AND refclassid = 'pg_class'::regclass "
            "AND refobjid = ANY({0}))) ORDER BY r.rulename".format(everything))
        kept.defaults = run(
            "SELECT a.attname::text AS name, quote_ident(a.attname) AS quoted, d.adrelid::bigint AS rel, "
            "qualified(d.adrelid) AS relation, pg_get_expr(d.adbin, d.adrelid) AS expression "
            "FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum "
            "WHERE d.adrelid = ANY({0})".format(targets))
        kept.grants = run(
            "SELECT c.oid::bigint AS rel, qualified(c.oid) AS relation, a.privilege_type AS privilege, "
            "a.is_grantable AS grantable, CASE WHEN a.grantee = 0 THEN 'PUBLIC' "
            "ELSE quote_ident(pg_get_userbyid(a.grantee)) END AS grantee "
            "FROM pg_class c, aclexplode(c.relacl) a WHERE c.oid = ANY({0}) "
            "ORDER BY 2, 5, 3".format(everything))
        kept.column_grants = run(
            "SELECT att.attrelid::bigint AS rel, qualified(att.attrelid) AS relation, "
            "quote_ident(att.attname) AS quoted, a.privilege_type AS privilege, a.is_grantable AS grantable, "
            "CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END AS grantee "
            "FROM pg_attribute att, aclexplode(att.attacl) a WHERE att.attrelid = ANY({0}) "
            "AND att.attacl IS NOT NULL AND NOT att.attisdropped ORDER BY 2, 3, 6, 4".format(everything))
        kept.comments = run(
            "SELECT c.oid::bigint AS rel, qualified(c.oid) AS relation, NULL::text AS quoted, "
            "obj_description(c.oid, 'pg_class') AS comment FROM pg_class c "
            "WHERE c.oid = ANY({0}) AND obj_description(c.oid, 'pg_class') IS NOT NULL "
            "UNION ALL SELECT att.attrelid::bigint, qualified(att.attrelid), quote_ident(att.attname), "
            "col_description(att.attrelid, att.attnum) FROM pg_attribute att WHERE att.attrelid = ANY({0}) "
            "AND att.attnum > 0 AND NOT att.attisdropped AND col_description(att.attrelid, att.attnum) "
            "IS NOT NULL".format(everything))
        return kept

    def _classify(self, dependents, view_oids):
        """The objects that depend on the tables or their views and that this module does
        not recreate go to ``impossible``, by the server's own description."""
        targets = set(self.targets)
        for row in dependents:
            catalog = row["catalog"]
            if catalog == "pg_rewrite":
                continue  # a view (recreated) or a rule (recreated)
            if catalog in ("pg_constraint", "pg_trigger"):
                continue
            if catalog == "pg_class" and row["relkind"] == "i":
                continue  # an index of a table or a materialised view
            if catalog == "pg_class" and row["relkind"] == "S" and row["deptype"] == "a":
                continue  # a table's own sequence (its key's), replaced with it
            if catalog == "pg_attrdef" and row["refobjid"] in targets:
                continue  # a column default of a published table
            self.impossible.append(row["label"])
        self.impossible = sorted(set(self.impossible))

    def note_plugin_names(self, run, staging):
        """Names of what the new tables in ``staging`` have of themselves (GDAL's key and
        geometry index, the key's default): the old tables' objects of the same names are
        the plugin's, replaced with them, not recreated."""
        if not self.targets:
            return
        rows = run(
            "SELECT c.relname::text AS tablename, x.name FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace, LATERAL ("
            "SELECT relname::text AS name FROM pg_class WHERE oid IN "
            "(SELECT indexrelid FROM pg_index WHERE indrelid = c.oid) "
            "UNION ALL SELECT conname::text FROM pg_constraint WHERE conrelid = c.oid "
            "UNION ALL SELECT tgname::text FROM pg_trigger WHERE tgrelid = c.oid "
            "UNION ALL SELECT 'default:' || a.attname FROM pg_attrdef d JOIN pg_attribute a "
            "ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE d.adrelid = c.oid) x "
            "WHERE n.nspname = {}".format(sql_literal(staging)))
        for row in rows:
            self.plugin_names.setdefault(row["tablename"], set()).add(row["name"])

    def _agency(self, rows, prefix=""):
        """``rows`` less what the plugin's new table has of itself."""
        kept = []
        for row in rows:
            table = self.targets.get(row["rel"])
            if table is not None and prefix + row["name"] in self.plugin_names.get(table, ()):
                continue
            kept.append(row)
        return kept

    # -- the transaction ---------------------------------------------------------------

    def lock_and_check(self):
        """Statements that lock the published tables and stop if what depends on them
        changed since it was read."""
        if not self.targets:
            return []
        tables = ", ".join("{}.{}".format(_ident(self.schema), _ident(name)) for name in self.targets.values())
        return ["LOCK TABLE {} IN ACCESS EXCLUSIVE MODE".format(tables),
                "DO {tag} BEGIN IF ({check}) IS DISTINCT FROM {expected} THEN RAISE EXCEPTION {message}; "
                "END IF; END {tag}".format(
                    tag=self._tag(), check=self._fingerprint_sql(), expected=sql_literal(self.fingerprint),
                    message=sql_literal("objects built on the published tables changed during the publication; "
                                        "publish again"))]

    def _foreign_keys(self):
        return [row for row in self._agency(self.constraints) if row["kind"] == "f"]

    def drops(self):
        """What must go before the tables can be dropped without ``CASCADE``, in order."""
        if not self.targets:
            return []
        watched = set(self.targets) | {view["oid"] for view in self.views}
        statements = ["DROP RULE {} ON {}".format(rule["quoted"], rule["relation"])
                      for rule in self.rules if rule["rel"] not in watched]
        statements += ["ALTER TABLE {} DROP CONSTRAINT {}".format(key["relation"], key["quoted"])
                       for key in self._foreign_keys() if key["referenced"] in self.targets]
        statements += ["DROP {} {}".format(_kind_word(view["relkind"]), view["relation"])
                       for view in reversed(self.views)]
        return statements

    def _items(self):
        """``(label, statements)`` to recreate, in order: each table's objects, the foreign
        keys, the views (each with its own objects), the rules on other tables."""
        items = []
        for oid in self.targets:
            items += self._objects_of(oid, tables=True)
        for key in self._foreign_keys():
            items.append(("clé étrangère {} de {}".format(key["name"], key["relation"]),
                          ["ALTER TABLE {} ADD CONSTRAINT {} {}".format(key["relation"], key["quoted"],
                                                                        key["definition"])]))
        for view in self.views:
            create = "CREATE {} {}{}{} AS {}".format(
                _kind_word(view["relkind"]), view["relation"],
                " WITH ({})".format(view["options"]) if view["options"] else "",
                " TABLESPACE {}".format(view["tablespace"]) if view["relkind"] == "m" and view["tablespace"] else "",
                view["definition"].rstrip().rstrip(";"))
            if view["relkind"] == "m":
                create += " WITH DATA" if view["populated"] else " WITH NO DATA"
            label = "{} {}".format("vue matérialisée" if view["relkind"] == "m" else "vue", view["relation"])
            statements = [create, "ALTER {} {} OWNER TO {}".format(_kind_word(view["relkind"]), view["relation"],
                                                                   view["owner"])]
            items.append((label, statements))
            items += self._objects_of(view["oid"], tables=False)
        watched = set(self.targets) | {view["oid"] for view in self.views}
        for rule in self.rules:
            if rule["rel"] not in watched:
                items.append(("règle {} de {}".format(rule["name"], rule["relation"]), [rule["definition"]]))
        return items

    def _objects_of(self, oid, tables):
        items = []
        agency = self._agency if tables else (lambda rows, prefix="": rows)
        for default in agency([d for d in self.defaults if d["rel"] == oid], "default:"):
            items.append(("valeur par défaut de {}.{}".format(default["relation"], default["name"]),
                          ["ALTER TABLE {} ALTER COLUMN {} SET DEFAULT {}".format(
                              default["relation"], default["quoted"], default["expression"])]))
        for constraint in agency([c for c in self.constraints if c["rel"] == oid and c["kind"] != "f"]):
            items.append(("contrainte {} de {}".format(constraint["name"], constraint["relation"]),
                          ["ALTER TABLE {} ADD CONSTRAINT {} {}".format(
                              constraint["relation"], constraint["quoted"], constraint["definition"])]))
        for index in agency([i for i in self.indexes if i["rel"] == oid]):
            items.append(("index {}".format(index["name"]), [index["definition"]]))
        for trigger in agency([t for t in self.triggers if t["rel"] == oid]):
            statements = [trigger["definition"]]
            if trigger["enabled"] == "D":
                statements.append("ALTER TABLE {} DISABLE TRIGGER {}".format(trigger["relation"], trigger["quoted"]))
            items.append(("déclencheur {} de {}".format(trigger["name"], trigger["relation"]), statements))
        for rule in (r for r in self.rules if r["rel"] == oid):
            items.append(("règle {} de {}".format(rule["name"], rule["relation"]), [rule["definition"]]))
        grants = ["GRANT {} ON TABLE {} TO {}{}".format(g["privilege"], g["relation"], g["grantee"],
                                                        " WITH GRANT OPTION" if g["grantable"] else "")
                  for g in self.grants if g["rel"] == oid]
        grants += ["GRANT {} ({}) ON TABLE {} TO {}{}".format(g["privilege"], g["quoted"], g["relation"],
                                                              g["grantee"], " WITH GRANT OPTION" if g["grantable"]
                                                              else "")
                   for g in self.column_grants if g["rel"] == oid]
        relation = next((g["relation"] for g in self.grants + self.column_grants if g["rel"] == oid), None)
        if grants:
            items.append(("droits sur {}".format(relation), grants))
        for comment in (c for c in self.comments if c["rel"] == oid):
            target = comment["relation"] if comment["quoted"] is None else "{}.{}".format(comment["relation"],
                                                                                          comment["quoted"])
            kind = "COLUMN" if comment["quoted"] is not None else ("TABLE" if tables else self._view_kind(oid))
            items.append(("commentaire de {}".format(target),
                          ["COMMENT ON {} {} IS {}".format(kind, target, sql_literal(comment["comment"]))]))
        return items

    def _view_kind(self, oid):
        return next(_kind_word(v["relkind"]) for v in self.views if v["oid"] == oid)

    def recreations(self):
        """One ``DO`` block that recreates every object, each in its own sub-transaction,
        and fails, naming all that did not come back, if any did not."""
        items = self._items() if self.targets else []
        if not items:
            return []
        body = []
        for label, statements in items:
            body.append("BEGIN {} EXCEPTION WHEN others THEN failures := failures || ({} || ' : ' || SQLERRM); "
                        "END;".format(" ".join("EXECUTE {};".format(sql_literal(s)) for s in statements),
                                      sql_literal(label)))
        tag = self._tag()
        return ["DO {tag} DECLARE failures text[] := ARRAY[]::text[]; BEGIN {body} "
                "IF cardinality(failures) > 0 THEN RAISE EXCEPTION '{marker}%{marker}', "
                "array_to_string(failures, ' ; '); END IF; END {tag}".format(
                    tag=tag, body=" ".join(body), marker=self.MARKER)]

    @staticmethod
    def _tag():
        return "$peuplement_{}$".format(uuid.uuid4().hex[:12])

    @classmethod
    def failures(cls, message):
        """The objects named in the error ``recreations`` raised."""
        parts = message.split(cls.MARKER)
        return parts[1] if len(parts) >= 3 else message


def _ident(name):
    return '"{}"'.format(name.replace('"', '""'))
