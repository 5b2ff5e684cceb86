-- 0201: what the Catalog workspace needs beyond 0002-0006: a page sample for the scrollbar that
-- jumps anywhere, the bulk price preview's formula, the lookup of a request's stored result,
-- and CSV import (stage through COPY, check, upsert by SKU all-or-nothing).
--
-- Same rules as 0003: SECURITY DEFINER as qm_contract, pinned search_path, request ids, QM
-- SQLSTATEs, one audit row per applied import.

SET LOCAL ROLE qm_contract;

-- ---------------------------------------------------------------------------------------------
-- Scrollbar jumps. A page-level sample (TABLESAMPLE SYSTEM reads only p_percent of the table's
-- pages) of console.products rows: the console filters and sorts it like the full query and
-- takes the i-th sampled key as the position i/n of the whole result. At 10M rows a 0.2 %
-- sample reads ~0.2 % of the pages; REPEATABLE keeps it stable while a person scrolls.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION console.products_sample(p_percent real, p_seed int DEFAULT 1)
RETURNS SETOF console.products
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT v.* FROM console.products v
    WHERE v.id IN (SELECT s.id FROM shop.products s
                   TABLESAMPLE SYSTEM (least(greatest(p_percent, 0.0001), 100))
                   REPEATABLE (p_seed));
$$;

-- How many rows shop.products holds, from the planner's statistics (pg_class.reltuples; -1
-- before the first ANALYZE, then the console counts).
CREATE FUNCTION console.products_estimate() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN c.reltuples < 0 THEN -1
                ELSE greatest(c.reltuples, 0)::bigint END
    FROM pg_class c WHERE c.oid = 'shop.products'::regclass;
$$;

-- ---------------------------------------------------------------------------------------------
-- Bulk price preview: the same formula console.bulk_price_change applies, so the preview's
-- "before -> after" and total are what the change will write.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION console.price_after(p_price numeric, p_mode text, p_value numeric,
                                    p_rounding text DEFAULT 'cents') RETURNS numeric
LANGUAGE sql IMMUTABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT qm.round_price(CASE p_mode WHEN 'percent' THEN p_price * (1 + p_value / 100)
                                      ELSE p_price + p_value END, p_rounding);
$$;

-- The stored result of one of the caller's own requests (NULL when it never committed): after a
-- crash or a dropped connection the console asks before re-sending a large request.
CREATE FUNCTION console.request_result(p_request uuid) RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(r.result, 'null'::jsonb) FROM qm.requests r
    WHERE r.request_id = p_request AND r.actor = session_user;
$$;

-- ---------------------------------------------------------------------------------------------
-- CSV import. In one transaction the console:
--   1. SELECT console.import_begin()            -- creates pg_temp.qm_import, INSERT for the caller
--   2. COPY pg_temp.qm_import (line, sku, ...) FROM STDIN   -- rows the console's parser accepted
--   3. SELECT * FROM console.import_check()     -- errors only the database can see, with lines
--   4. SELECT console.import_preview(columns)   -- what would change (dry run: roll back here)
--   5. SELECT console.import_apply(request, columns, source)   -- upsert by SKU, then COMMIT
-- Nothing is applied unless step 5 commits; a repeated request id returns the first result.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION console.import_begin() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
SET client_min_messages = warning AS $$
BEGIN
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
    EXECUTE format('GRANT INSERT, SELECT ON pg_temp.qm_import TO %I', session_user);
END
$$;

-- Category cells name a category by slug, or by its name when that is unique (case-insensitive).
CREATE FUNCTION qm.import_categories() RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp SET client_min_messages = warning AS $$
BEGIN
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
END
$$;

-- Every problem the console's own parser cannot see: duplicate SKUs in the file, unknown or
-- ambiguous categories, new products without a name or price. Ordered by line.
CREATE FUNCTION console.import_check(p_max int DEFAULT 100000)
RETURNS TABLE (line bigint, field text, message text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
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

-- The SET list and change test for the columns the file has (sku is the key, never set).
CREATE FUNCTION qm.import_assignments(p_columns text[], OUT sets text, OUT olds text,
                                      OUT news text)
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_col text;
    v_expr text;
    v_sets text[] := '{}';
    v_olds text[] := '{}';
    v_news text[] := '{}';
BEGIN
    FOREACH v_col IN ARRAY p_columns LOOP
        v_expr := CASE v_col
            WHEN 'sku' THEN NULL
            WHEN 'name' THEN 'coalesce(s.name, p.name)'
            WHEN 'description' THEN 'coalesce(s.description, p.description)'
            WHEN 'status' THEN 'coalesce(s.status, p.status)'
            WHEN 'price' THEN 'coalesce(s.price, p.price)'
            WHEN 'currency' THEN 'coalesce(s.currency, p.currency)::char(3)'
            WHEN 'category' THEN 's.category_id'
            WHEN 'tags' THEN 'coalesce(s.tags, p.tags)'
            WHEN 'attributes' THEN 'coalesce(s.attributes, p.attributes)'
            ELSE '?' END;
        IF v_expr = '?' THEN
            PERFORM qm.bad_input('columns', format('unknown import column %s', v_col));
        END IF;
        CONTINUE WHEN v_expr IS NULL;
        v_col := CASE v_col WHEN 'category' THEN 'category_id' ELSE v_col END;
        v_sets := v_sets || format('%I = %s', v_col, v_expr);
        v_olds := v_olds || format('p.%I', v_col);
        v_news := v_news || v_expr;
    END LOOP;
    IF NOT ('sku' = ANY (p_columns)) THEN
        PERFORM qm.bad_input('columns', 'the file needs a sku column');
    END IF;
    IF cardinality(v_sets) = 0 THEN
        sets := NULL;
        RETURN;
    END IF;
    sets := array_to_string(v_sets, ', ');
    olds := 'ROW(' || array_to_string(v_olds, ', ') || ')';
    news := 'ROW(' || array_to_string(v_news, ', ') || ')';
END
$$;

-- The staged rows joined to their category and current product (for preview and apply).
CREATE FUNCTION qm.import_resolved_sql() RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT 'SELECT i.*, c.category_id, p0.id AS product_id, p0.price AS old_price '
           'FROM pg_temp.qm_import i '
           'LEFT JOIN pg_temp.qm_import_category c ON c.category = i.category '
           'LEFT JOIN shop.products p0 ON p0.sku = i.sku';
$$;

-- {rows, new, changed, unchanged, price_changes}: what import_apply would do (nothing written).
CREATE FUNCTION console.import_preview(p_columns text[]) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    a record;
    v_result jsonb;
BEGIN
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

-- Upserts the staged rows by SKU: existing products get the file's columns (unchanged rows are
-- not touched, so their version stays), new products are inserted with defaults for the
-- columns the file lacks. Refuses (QM400) while import_check reports anything. Price changes go
-- to price_history. One audit row. {status, rows, inserted, updated, unchanged}.
CREATE FUNCTION console.import_apply(p_request uuid, p_columns text[], p_source text DEFAULT '')
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
    SELECT * INTO a FROM qm.import_assignments(p_columns);
    SELECT * INTO v_first FROM console.import_check(1);
    IF FOUND THEN
        RAISE EXCEPTION 'the file has errors (first on line %: %): nothing was imported',
                        v_first.line, v_first.message
            USING ERRCODE = 'QM400', COLUMN = v_first.field;
    END IF;
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

-- ---------------------------------------------------------------------------------------------
-- Grants (0006 revoked EXECUTE from PUBLIC on everything in these schemas).
-- ---------------------------------------------------------------------------------------------
REVOKE EXECUTE ON FUNCTION console.products_sample(real, int), console.products_estimate(),
    console.price_after(numeric, text, numeric, text), console.request_result(uuid),
    console.import_begin(), console.import_check(int), console.import_preview(text[]),
    console.import_apply(uuid, text[], text), qm.import_categories(),
    qm.import_assignments(text[]), qm.import_resolved_sql()
FROM PUBLIC;

GRANT EXECUTE ON FUNCTION console.products_sample(real, int), console.products_estimate(),
    console.request_result(uuid)
TO qm_merchandiser, qm_store_manager, qm_oncall;

GRANT EXECUTE ON FUNCTION console.price_after(numeric, text, numeric, text),
    console.import_begin(), console.import_check(int), console.import_preview(text[]),
    console.import_apply(uuid, text[], text)
TO qm_merchandiser;

RESET ROLE;
