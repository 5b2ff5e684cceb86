-- 0299: no SECURITY DEFINER function runs code its caller wrote (issue 8, finding 1), part 2:
-- what 0008 cannot do because a new database reaches 0008 before 0103 and 0201 exist. Kept last
-- (0299) so that it follows every workspace migration on a new database as well.
--
-- The CSV import's readers (console.import_check, import_preview, import_apply) read
-- pg_temp.qm_import and pg_temp.qm_import_category. Each now checks them with qm.own_temp_table
-- (0008) before reading: they must be the plain tables qm_contract created in this session
-- (import_begin; qm.import_categories), or the call is refused with QM403. Signatures, owners
-- and grants are unchanged (CREATE OR REPLACE).

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

-- Each reader also checks the staging table itself first (not only through the helper above),
-- so that no later edit of a reader can read it unchecked. Bodies otherwise as in 0201.
CREATE OR REPLACE FUNCTION console.import_begin() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
SET client_min_messages = warning AS $$
BEGIN
    -- A caller's object of either name makes these fail (qm_contract owns neither): never reused.
    DROP TABLE IF EXISTS pg_temp.qm_import;
    DROP TABLE IF EXISTS pg_temp.qm_import_category;
    -- Typed columns: the console validated every value before sending it, so a COPY that
    -- still fails is a bug, not a user error. NULL means "not given" (keep / default).
    CREATE TEMP TABLE qm_import (
        line        bigint NOT NULL,
        sku         text NOT NULL,
        name        text,
        description text,
        status      text,
        price       numeric(12, 2),
        currency    text,
        category    text,
        tags        text[],
        attributes  jsonb
    ) ON COMMIT DROP;
    PERFORM qm.own_temp_table('qm_import');
    EXECUTE format('GRANT INSERT, SELECT ON pg_temp.qm_import TO %I', session_user);
END
$$;

CREATE OR REPLACE FUNCTION console.import_check(p_max int DEFAULT 100000)
RETURNS TABLE (line bigint, field text, message text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM qm.own_temp_table('qm_import');
    PERFORM qm.import_categories();
    RETURN QUERY
    SELECT e.line, e.field, e.message FROM (
        SELECT i.line, 'sku'::text AS field,
               format('duplicate SKU "%s" (first on line %s)', i.sku, d.first_line) AS message
          FROM pg_temp.qm_import i
          JOIN (SELECT s.sku, min(s.line) AS first_line FROM pg_temp.qm_import s
                 GROUP BY s.sku HAVING count(*) > 1) d ON d.sku = i.sku
         WHERE i.line <> d.first_line
        UNION ALL
        SELECT i.line, 'category',
               CASE WHEN c.by_name > 1
                    THEN format('category "%s" is ambiguous: %s categories have that name; use '
                                'the slug', i.category, c.by_name)
                    ELSE format('unknown category "%s"', i.category) END
          FROM pg_temp.qm_import i
          JOIN pg_temp.qm_import_category c ON c.category = i.category
         WHERE c.category_id IS NULL
        UNION ALL
        SELECT i.line, CASE WHEN i.name IS NULL THEN 'name' ELSE 'price' END,
               format('new product "%s" needs a %s', i.sku,
                      CASE WHEN i.name IS NULL THEN 'name' ELSE 'price' END)
          FROM pg_temp.qm_import i
         WHERE (i.name IS NULL OR i.price IS NULL)
           AND NOT EXISTS (SELECT FROM shop.products p WHERE p.sku = i.sku)
    ) e
    ORDER BY e.line, e.field
    LIMIT greatest(p_max, 1);
END
$$;

CREATE OR REPLACE FUNCTION console.import_preview(p_columns text[]) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    a record;
    v_result jsonb;
BEGIN
    PERFORM qm.own_temp_table('qm_import');
    PERFORM qm.import_categories();
    SELECT * INTO a FROM qm.import_assignments(p_columns);
    EXECUTE format(
        'SELECT jsonb_build_object(''rows'', count(*), '
        '''new'', count(*) FILTER (WHERE s.product_id IS NULL), '
        '''changed'', count(*) FILTER (WHERE s.product_id IS NOT NULL AND %1$s), '
        '''unchanged'', count(*) FILTER (WHERE s.product_id IS NOT NULL AND NOT %1$s), '
        '''price_changes'', count(*) FILTER (WHERE s.product_id IS NOT NULL '
        '   AND s.price IS NOT NULL AND s.price <> s.old_price)) '
        'FROM (%2$s) s LEFT JOIN shop.products p ON p.id = s.product_id',
        CASE WHEN a.sets IS NULL THEN 'false'
             ELSE format('(%s IS DISTINCT FROM %s)', a.olds, a.news) END,
        qm.import_resolved_sql())
    INTO v_result;
    RETURN v_result;
END
$$;

CREATE OR REPLACE FUNCTION console.import_apply(p_request uuid, p_columns text[],
                                                p_source text DEFAULT '')
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    a record;
    v_rows bigint;
    v_updated bigint := 0;
    v_inserted bigint;
    v_first record;
    v_result jsonb;
BEGIN
    v_prev := qm.begin_request(p_request, 'console.import_apply');
    IF v_prev IS NOT NULL THEN
        RETURN v_prev;
    END IF;
    PERFORM qm.own_temp_table('qm_import');
    SELECT * INTO a FROM qm.import_assignments(p_columns);
    SELECT * INTO v_first FROM console.import_check(1);
    IF FOUND THEN
        RAISE EXCEPTION 'the file has errors (first on line %: %): nothing was imported',
                        v_first.line, v_first.message
            USING ERRCODE = 'QM400', COLUMN = v_first.field;
    END IF;
    -- import_check rebuilt the category table as qm_contract; both checked again before writing.
    PERFORM qm.own_temp_table('qm_import');
    PERFORM qm.own_temp_table('qm_import_category');
    -- One import at a time: two files touching the same SKUs must not interleave.
    PERFORM pg_advisory_xact_lock(hashtext('console.import_apply'));
    SELECT count(*) INTO v_rows FROM pg_temp.qm_import;

    IF a.sets IS NOT NULL THEN
        EXECUTE format(
            'WITH s AS MATERIALIZED (%1$s), upd AS ('
            '  UPDATE shop.products p SET %2$s FROM s'
            '   WHERE p.id = s.product_id AND %3$s IS DISTINCT FROM %4$s'
            '  RETURNING p.id, s.old_price, p.price, p.currency), '
            'hist AS (INSERT INTO shop.price_history '
            '           (product_id, old_price, new_price, currency, request_id) '
            '         SELECT id, old_price, price, currency, $1 FROM upd '
            '          WHERE price <> old_price) '
            'SELECT count(*) FROM upd',
            qm.import_resolved_sql(), a.sets, a.olds, a.news)
        INTO v_updated USING p_request;
    END IF;

    INSERT INTO shop.products (sku, name, description, status, price, currency, category_id,
                               tags, attributes)
    SELECT i.sku, i.name, coalesce(i.description, ''), coalesce(i.status, 'draft'), i.price,
           coalesce(i.currency, 'EUR'), c.category_id, coalesce(i.tags, '{}'),
           coalesce(i.attributes, '{}')
      FROM pg_temp.qm_import i
      LEFT JOIN pg_temp.qm_import_category c ON c.category = i.category
     WHERE NOT EXISTS (SELECT FROM shop.products p WHERE p.sku = i.sku)
     ORDER BY i.line;
    GET DIAGNOSTICS v_inserted = ROW_COUNT;

    v_result := jsonb_build_object('status', 'applied', 'rows', v_rows,
                                   'inserted', v_inserted, 'updated', v_updated,
                                   'unchanged', v_rows - v_inserted - v_updated);
    PERFORM qm.audit('catalog.import', coalesce(nullif(p_source, ''), 'csv'), p_request,
        jsonb_build_object('columns', to_jsonb(p_columns), 'rows', v_rows,
                           'sample', (SELECT jsonb_agg(x.sku) FROM
                                      (SELECT i.sku FROM pg_temp.qm_import i
                                        ORDER BY i.line LIMIT 20) x)),
        v_result);
    RETURN qm.finish_request(p_request, v_result);
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
            OR (p.proowner = 'qm_contract'::regrole
                AND p.pronamespace <> 'qm_sandbox'::regnamespace))
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
