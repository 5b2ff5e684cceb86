-- 0299: no SECURITY DEFINER function runs code its caller wrote (issue 8, finding 1), part 2:
-- what 0008 cannot do because a new database reaches 0008 before 0103 and 0201 exist. Kept last
-- (0299) so that it follows every workspace migration on a new database as well.
--
-- The CSV import's readers (console.import_check, import_preview, and import_apply through
-- import_check) read pg_temp.qm_import and pg_temp.qm_import_category. Each of them starts with
-- qm.import_categories(), which now checks both tables with qm.own_temp_table (0008): they must
-- be the plain tables qm_contract created in this session (import_begin; the categories here),
-- or the call is refused with QM403 before anything reads them. import_apply reads the tables
-- only after its import_check, and nothing of the caller's runs in between.

SET LOCAL ROLE qm_contract;

-- Category cells name a category by slug, or by its name when that is unique (case-insensitive).
-- The first thing every import reader does: verifies the staging table, rebuilds and verifies
-- the category table.
CREATE OR REPLACE FUNCTION qm.import_categories() RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp SET client_min_messages = warning AS $$
BEGIN
    PERFORM qm.own_temp_table('qm_import');
    DROP TABLE IF EXISTS pg_temp.qm_import_category;
    CREATE TEMP TABLE qm_import_category ON COMMIT DROP AS
    SELECT d.category,
           coalesce((SELECT c.id FROM shop.categories c WHERE c.slug = d.category),
                    (SELECT min(c.id) FROM shop.categories c
                      WHERE lower(c.name) = lower(d.category)
                     HAVING count(*) = 1)) AS category_id,
           (SELECT count(*) FROM shop.categories c
             WHERE lower(c.name) = lower(d.category)) AS by_name
    FROM (SELECT DISTINCT i.category FROM pg_temp.qm_import i
          WHERE i.category IS NOT NULL AND i.category <> '') d;
    PERFORM qm.own_temp_table('qm_import_category');
END
$$;

-- 0103 re-created the doorbell with search_path = pg_catalog only.
ALTER FUNCTION shop.orders_notify() SET search_path = pg_catalog, pg_temp;

-- Checked once the whole contract exists: every SECURITY DEFINER function and every function
-- qm_contract owns pins search_path with pg_temp explicitly last. Not checked: the sandbox seed's
-- inlinable helpers in qm_sandbox (server/seed; no relations, EXECUTE for qm_contract only; a SET
-- clause would stop inlining and make seeding about 10 times slower).
DO $$
DECLARE
    v_bad text;
BEGIN
    SELECT string_agg(p.oid::regprocedure::text, ', ' ORDER BY p.oid::regprocedure::text)
      INTO v_bad
      FROM pg_proc p
     WHERE (p.prosecdef
            OR (p.proowner = 'qm_contract'::regrole AND p.pronamespace <> 'qm_sandbox'::regnamespace))
       AND NOT coalesce((SELECT trim(both ' "' from
                                     (regexp_split_to_array(substr(c, 13), ','))[
                                         cardinality(regexp_split_to_array(substr(c, 13), ','))])
                                 = 'pg_temp'
                           FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=%'), false);
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION 'functions without search_path ending in pg_temp: %', v_bad;
    END IF;
END
$$;

RESET ROLE;
