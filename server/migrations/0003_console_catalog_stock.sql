-- 0003: console writes for the catalog and stock.
--
-- Every function: SECURITY DEFINER (runs as qm_contract) with a pinned search_path, a request id
-- first (a repeated request id returns the first result, see qm.begin_request), and one audit
-- row appended in the same transaction. Errors use SQLSTATE class QM:
--   QM400 invalid input (COLUMN names the field)   QM404 not found
--   QM409 conflict with the current state           QM422 not enough stock
--   QM503 maintenance mode (storefront only)        QM403 append-only table
-- Permission errors are PostgreSQL's own (42501): EXECUTE is granted per role in 0006.

SET LOCAL ROLE qm_contract;

-- ---------------------------------------------------------------------------------------------
-- Field validation helpers: each returns the typed value or raises QM400 naming the field.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION qm.bad_input(p_field text, p_message text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'invalid %: %', p_field, p_message USING ERRCODE = 'QM400', COLUMN = p_field;
END
$$;

CREATE FUNCTION qm.json_text(p_field text, p_value jsonb, p_min int, p_max int) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v text;
BEGIN
    IF jsonb_typeof(p_value) IS DISTINCT FROM 'string' THEN
        PERFORM qm.bad_input(p_field, 'must be a string');
    END IF;
    v := p_value #>> '{}';
    IF length(btrim(v)) < p_min OR length(v) > p_max THEN
        PERFORM qm.bad_input(p_field, format('must be %s to %s characters', p_min, p_max));
    END IF;
    RETURN v;
END
$$;

CREATE FUNCTION qm.json_price(p_field text, p_value jsonb) RETURNS numeric
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v numeric;
BEGIN
    IF jsonb_typeof(p_value) NOT IN ('number', 'string') THEN
        PERFORM qm.bad_input(p_field, 'must be a number');
    END IF;
    BEGIN
        v := (p_value #>> '{}')::numeric;
    EXCEPTION WHEN invalid_text_representation THEN
        PERFORM qm.bad_input(p_field, format('"%s" is not a number', p_value #>> '{}'));
    END;
    IF v < 0 THEN
        PERFORM qm.bad_input(p_field, format('must be >= 0 (got %s)', v));
    ELSIF v >= 10000000000 THEN
        PERFORM qm.bad_input(p_field, format('must be below 10,000,000,000 (got %s)', v));
    ELSIF v <> round(v, 2) THEN
        PERFORM qm.bad_input(p_field, format('has more than 2 decimals (got %s)', v));
    END IF;
    RETURN v;
END
$$;

CREATE FUNCTION qm.json_currency(p_value jsonb) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF jsonb_typeof(p_value) IS DISTINCT FROM 'string' OR (p_value #>> '{}') !~ '^[A-Z]{3}$' THEN
        PERFORM qm.bad_input('currency', format('must be 3 upper-case letters (got %s)', p_value));
    END IF;
    RETURN p_value #>> '{}';
END
$$;

CREATE FUNCTION qm.json_status(p_value jsonb) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF jsonb_typeof(p_value) IS DISTINCT FROM 'string'
       OR (p_value #>> '{}') NOT IN ('draft', 'active', 'archived') THEN
        PERFORM qm.bad_input('status', format('must be draft, active or archived (got %s)',
                                              p_value));
    END IF;
    RETURN p_value #>> '{}';
END
$$;

CREATE FUNCTION qm.json_category(p_value jsonb) RETURNS int
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v int;
BEGIN
    IF p_value IS NULL OR jsonb_typeof(p_value) = 'null' THEN
        RETURN NULL;
    END IF;
    IF jsonb_typeof(p_value) <> 'number' THEN
        PERFORM qm.bad_input('category_id', 'must be a category id or null');
    END IF;
    v := (p_value #>> '{}')::int;
    IF NOT EXISTS (SELECT FROM shop.categories WHERE id = v) THEN
        PERFORM qm.bad_input('category_id', format('no category %s', v));
    END IF;
    RETURN v;
END
$$;

CREATE FUNCTION qm.json_tags(p_field text, p_value jsonb) RETURNS text[]
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF jsonb_typeof(p_value) = 'string' THEN
        p_value := jsonb_build_array(p_value);
    END IF;
    IF jsonb_typeof(p_value) IS DISTINCT FROM 'array'
       OR EXISTS (SELECT FROM jsonb_array_elements(p_value) e
                  WHERE jsonb_typeof(e) <> 'string' OR btrim(e #>> '{}') = '') THEN
        PERFORM qm.bad_input(p_field, 'must be an array of non-empty strings');
    END IF;
    RETURN ARRAY(SELECT DISTINCT e FROM jsonb_array_elements_text(p_value) e ORDER BY e);
END
$$;

-- Price rounding of bulk changes: 'none'/'cents' round to the cent; 'x.99'/'x.95' go to the
-- nearest price ending in .99/.95 (never below 0.99/0.95 for a positive price).
CREATE FUNCTION qm.round_price(p numeric, p_rounding text) RETURNS numeric
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE
        WHEN p <= 0 THEN round(p, 2)
        WHEN p_rounding = 'x.99' THEN greatest(round(p + 0.01) - 0.01, 0.99)
        WHEN p_rounding = 'x.95' THEN greatest(round(p + 0.05) - 0.05, 0.95)
        ELSE round(p, 2)
    END;
$$;

-- ---------------------------------------------------------------------------------------------
-- Catalog.
-- ---------------------------------------------------------------------------------------------

-- {"status":"applied"|"conflict","product":{...current row...}}. A stale expected_version
-- changes nothing (not even the audit log) and returns the current row so the console can show
-- the other person's change. Fields: sku name description status price currency category_id
-- attributes tags.
CREATE FUNCTION console.update_product(p_request uuid, p_product_id bigint,
                                       p_expected_version int, p_changes jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_old shop.products;
    v_new shop.products;
    v_key text;
    v_value jsonb;
    v_result jsonb;
BEGIN
    v_prev := qm.begin_request(p_request, 'console.update_product');
    IF v_prev IS NOT NULL THEN
        RETURN v_prev;
    END IF;
    IF p_changes IS NULL OR jsonb_typeof(p_changes) <> 'object' THEN
        PERFORM qm.bad_input('changes', 'must be a JSON object');
    END IF;
    SELECT * INTO v_old FROM shop.products WHERE id = p_product_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'product % not found', p_product_id USING ERRCODE = 'QM404';
    END IF;
    IF v_old.version IS DISTINCT FROM p_expected_version THEN
        PERFORM qm.drop_request(p_request);
        RETURN jsonb_build_object('status', 'conflict', 'product', to_jsonb(v_old));
    END IF;
    v_new := v_old;
    FOR v_key, v_value IN SELECT key, value FROM jsonb_each(p_changes) LOOP
        CASE v_key
        WHEN 'sku' THEN v_new.sku := qm.json_text('sku', v_value, 1, 64);
        WHEN 'name' THEN v_new.name := qm.json_text('name', v_value, 1, 300);
        WHEN 'description' THEN v_new.description := qm.json_text('description', v_value, 0, 20000);
        WHEN 'status' THEN v_new.status := qm.json_status(v_value);
        WHEN 'price' THEN v_new.price := qm.json_price('price', v_value);
        WHEN 'currency' THEN v_new.currency := qm.json_currency(v_value);
        WHEN 'category_id' THEN v_new.category_id := qm.json_category(v_value);
        WHEN 'tags' THEN v_new.tags := qm.json_tags('tags', v_value);
        WHEN 'attributes' THEN
            IF jsonb_typeof(v_value) <> 'object' THEN
                PERFORM qm.bad_input('attributes', 'must be a JSON object');
            END IF;
            v_new.attributes := v_value;
        ELSE
            RAISE EXCEPTION 'unknown field %: editable fields are sku, name, description, '
                            'status, price, currency, category_id, attributes, tags', v_key
                USING ERRCODE = 'QM400', COLUMN = v_key;
        END CASE;
    END LOOP;
    IF v_new.sku <> v_old.sku AND EXISTS (SELECT FROM shop.products WHERE sku = v_new.sku) THEN
        RAISE EXCEPTION 'sku % is already used by another product', v_new.sku
            USING ERRCODE = 'QM409', COLUMN = 'sku';
    END IF;
    UPDATE shop.products
       SET sku = v_new.sku, name = v_new.name, description = v_new.description,
           status = v_new.status, price = v_new.price, currency = v_new.currency,
           category_id = v_new.category_id, tags = v_new.tags, attributes = v_new.attributes
     WHERE id = p_product_id
    RETURNING * INTO v_new;
    IF v_new.price <> v_old.price OR v_new.currency <> v_old.currency THEN
        INSERT INTO shop.price_history (product_id, old_price, new_price, currency, request_id)
        VALUES (p_product_id, v_old.price, v_new.price, v_new.currency, p_request);
    END IF;
    v_result := jsonb_build_object('status', 'applied', 'product', to_jsonb(v_new));
    PERFORM qm.audit('catalog.update_product', 'product:' || v_old.sku, p_request,
        jsonb_build_object('product_id', p_product_id, 'expected_version', p_expected_version,
                           'changes', p_changes,
                           'before', (SELECT jsonb_object_agg(k, to_jsonb(v_old) -> k)
                                      FROM jsonb_object_keys(p_changes) k)),
        jsonb_build_object('status', 'applied', 'version', v_new.version));
    RETURN qm.finish_request(p_request, v_result);
END
$$;

-- {count, total_before, total_after}: new price = price * (1 + value/100) ('percent') or
-- price + value ('amount'), then rounded. Refuses the whole change (QM400) if any price would
-- go below 0. Writes price_history for every changed price.
CREATE FUNCTION console.bulk_price_change(p_request uuid, p_product_ids bigint[], p_mode text,
                                          p_value numeric, p_rounding text DEFAULT 'cents')
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_bad record;
    v_result jsonb;
BEGIN
    v_prev := qm.begin_request(p_request, 'console.bulk_price_change');
    IF v_prev IS NOT NULL THEN
        RETURN v_prev;
    END IF;
    IF p_mode IS NULL OR p_mode NOT IN ('percent', 'amount') THEN
        PERFORM qm.bad_input('mode', format('must be percent or amount (got %s)', p_mode));
    END IF;
    IF p_rounding IS NULL OR p_rounding NOT IN ('none', 'cents', 'x.99', 'x.95') THEN
        PERFORM qm.bad_input('rounding', format('must be none, cents, x.99 or x.95 (got %s)',
                                                p_rounding));
    END IF;
    IF p_value IS NULL OR (p_mode = 'percent' AND p_value < -100) THEN
        PERFORM qm.bad_input('value', 'must be a number (a percentage no lower than -100)');
    END IF;
    IF p_product_ids IS NULL OR cardinality(p_product_ids) = 0 THEN
        PERFORM qm.bad_input('product_ids', 'no products selected');
    END IF;
    -- Lock the rows in id order (two bulk changes never deadlock), then check, then write.
    PERFORM FROM shop.products WHERE id = ANY (p_product_ids) ORDER BY id FOR UPDATE;
    SELECT sku, price INTO v_bad FROM shop.products
     WHERE id = ANY (p_product_ids)
       AND qm.round_price(CASE p_mode WHEN 'percent' THEN price * (1 + p_value / 100)
                                      ELSE price + p_value END, p_rounding) < 0
     LIMIT 1;
    IF FOUND THEN
        PERFORM qm.bad_input('value', format('the price of %s (%s) would go below 0',
                                             v_bad.sku, v_bad.price));
    END IF;
    WITH upd AS (
        UPDATE shop.products p
           SET price = qm.round_price(CASE p_mode WHEN 'percent' THEN o.price * (1 + p_value / 100)
                                                 ELSE o.price + p_value END, p_rounding)
          FROM (SELECT id, price FROM shop.products WHERE id = ANY (p_product_ids)) o
         WHERE p.id = o.id
        RETURNING p.id, o.price AS old_price, p.price AS new_price, p.currency
    ), hist AS (
        INSERT INTO shop.price_history (product_id, old_price, new_price, currency, request_id)
        SELECT id, old_price, new_price, currency, p_request FROM upd
         WHERE new_price <> old_price
    )
    SELECT jsonb_build_object('count', count(*),
                              'total_before', coalesce(sum(old_price), 0),
                              'total_after', coalesce(sum(new_price), 0))
      INTO v_result FROM upd;
    PERFORM qm.audit('catalog.bulk_price_change',
        format('%s products', cardinality(p_product_ids)), p_request,
        jsonb_build_object('mode', p_mode, 'value', p_value, 'rounding', p_rounding,
                           'product_count', cardinality(p_product_ids),
                           'sample', to_jsonb(p_product_ids[1:20])),
        v_result);
    RETURN qm.finish_request(p_request, v_result);
END
$$;

-- {count, field}: sets one field on many products. Fields: status (string), category_id (id or
-- null), currency, tags_add / tags_remove (string or array), attributes_merge (object).
-- count is the number of products that actually changed.
CREATE FUNCTION console.bulk_set_field(p_request uuid, p_product_ids bigint[], p_field text,
                                       p_value jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_count bigint;
    v_text text;
    v_int int;
    v_tags text[];
    v_result jsonb;
BEGIN
    v_prev := qm.begin_request(p_request, 'console.bulk_set_field');
    IF v_prev IS NOT NULL THEN
        RETURN v_prev;
    END IF;
    IF p_product_ids IS NULL OR cardinality(p_product_ids) = 0 THEN
        PERFORM qm.bad_input('product_ids', 'no products selected');
    END IF;
    PERFORM FROM shop.products WHERE id = ANY (p_product_ids) ORDER BY id FOR UPDATE;
    CASE p_field
    WHEN 'status' THEN
        v_text := qm.json_status(p_value);
        UPDATE shop.products SET status = v_text
         WHERE id = ANY (p_product_ids) AND status <> v_text;
    WHEN 'currency' THEN
        v_text := qm.json_currency(p_value);
        UPDATE shop.products SET currency = v_text
         WHERE id = ANY (p_product_ids) AND currency <> v_text;
    WHEN 'category_id' THEN
        v_int := qm.json_category(p_value);
        UPDATE shop.products SET category_id = v_int
         WHERE id = ANY (p_product_ids) AND category_id IS DISTINCT FROM v_int;
    WHEN 'tags_add' THEN
        v_tags := qm.json_tags('tags_add', p_value);
        UPDATE shop.products
           SET tags = ARRAY(SELECT DISTINCT t FROM unnest(tags || v_tags) t ORDER BY t)
         WHERE id = ANY (p_product_ids) AND NOT tags @> v_tags;
    WHEN 'tags_remove' THEN
        v_tags := qm.json_tags('tags_remove', p_value);
        UPDATE shop.products
           SET tags = ARRAY(SELECT t FROM unnest(tags) WITH ORDINALITY u (t, n)
                            WHERE t <> ALL (v_tags) ORDER BY n)
         WHERE id = ANY (p_product_ids) AND tags && v_tags;
    WHEN 'attributes_merge' THEN
        IF jsonb_typeof(p_value) IS DISTINCT FROM 'object' THEN
            PERFORM qm.bad_input('attributes_merge', 'must be a JSON object');
        END IF;
        UPDATE shop.products SET attributes = attributes || p_value
         WHERE id = ANY (p_product_ids) AND NOT attributes @> p_value;
    ELSE
        PERFORM qm.bad_input('field', format('cannot bulk-set %s (status, currency, category_id, '
                                             'tags_add, tags_remove, attributes_merge)', p_field));
    END CASE;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    v_result := jsonb_build_object('count', v_count, 'field', p_field);
    PERFORM qm.audit('catalog.bulk_set_field',
        format('%s products', cardinality(p_product_ids)), p_request,
        jsonb_build_object('field', p_field, 'value', p_value,
                           'product_count', cardinality(p_product_ids),
                           'sample', to_jsonb(p_product_ids[1:20])),
        v_result);
    RETURN qm.finish_request(p_request, v_result);
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Stock. Every change of on_hand writes one ledger row in the same transaction.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION qm.stock_json(p_product_id bigint, p_warehouse_id int) RETURNS jsonb
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT jsonb_build_object('product_id', product_id, 'warehouse_id', warehouse_id,
                              'on_hand', on_hand, 'reserved', reserved,
                              'available', on_hand - reserved)
    FROM shop.stock_levels WHERE product_id = p_product_id AND warehouse_id = p_warehouse_id;
$$;

CREATE FUNCTION qm.item_label(p_product_id bigint, p_warehouse_id int) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce((SELECT sku FROM shop.products WHERE id = p_product_id),
                    'product ' || p_product_id) || ' @ ' ||
           coalesce((SELECT code FROM shop.warehouses WHERE id = p_warehouse_id),
                    'warehouse ' || p_warehouse_id);
$$;

-- {"status":"applied", on_hand, reserved, available, movement_id, ...}. The change is the
-- conditional delta `on_hand = on_hand + d WHERE on_hand + d >= reserved`: correct under
-- contention without retries. Refused with QM422 (saying what is available) when it would take
-- stock below what is reserved. Receiving into a warehouse that has no stock row creates it.
CREATE FUNCTION console.adjust_stock(p_request uuid, p_product_id bigint, p_warehouse_id int,
                                     p_delta int, p_reason text, p_note text DEFAULT '')
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_reason shop.movement_reasons;
    v_row shop.stock_levels;
    v_movement bigint;
    v_result jsonb;
BEGIN
    v_prev := qm.begin_request(p_request, 'console.adjust_stock');
    IF v_prev IS NOT NULL THEN
        RETURN v_prev;
    END IF;
    SELECT * INTO v_reason FROM shop.movement_reasons WHERE code = p_reason AND manual;
    IF NOT FOUND THEN
        PERFORM qm.bad_input('reason', format('unknown reason %L (one of: %s)', p_reason,
            (SELECT string_agg(code, ', ' ORDER BY code) FROM shop.movement_reasons
             WHERE manual)));
    END IF;
    IF p_delta IS NULL OR p_delta = 0 THEN
        PERFORM qm.bad_input('delta', 'must be a non-zero whole number');
    ELSIF (v_reason.sign = '+' AND p_delta < 0) OR (v_reason.sign = '-' AND p_delta > 0) THEN
        PERFORM qm.bad_input('delta', format('reason %s takes %s quantities', p_reason,
            CASE v_reason.sign WHEN '+' THEN 'positive' ELSE 'negative' END));
    END IF;
    IF p_delta > 0 AND EXISTS (SELECT FROM shop.products WHERE id = p_product_id)
       AND EXISTS (SELECT FROM shop.warehouses WHERE id = p_warehouse_id) THEN
        INSERT INTO shop.stock_levels (product_id, warehouse_id)
        VALUES (p_product_id, p_warehouse_id) ON CONFLICT DO NOTHING;
    END IF;
    UPDATE shop.stock_levels
       SET on_hand = on_hand + p_delta, updated_at = clock_timestamp()
     WHERE product_id = p_product_id AND warehouse_id = p_warehouse_id
       AND on_hand + p_delta >= reserved
    RETURNING * INTO v_row;
    IF NOT FOUND THEN
        SELECT * INTO v_row FROM shop.stock_levels
         WHERE product_id = p_product_id AND warehouse_id = p_warehouse_id;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no stock of % is kept', qm.item_label(p_product_id, p_warehouse_id)
                USING ERRCODE = 'QM404';
        END IF;
        RAISE EXCEPTION 'cannot remove % of %: only % available (on hand %, reserved %)',
                        -p_delta, qm.item_label(p_product_id, p_warehouse_id),
                        v_row.on_hand - v_row.reserved, v_row.on_hand, v_row.reserved
            USING ERRCODE = 'QM422', COLUMN = 'delta',
                  DETAIL = jsonb_build_object('available', v_row.on_hand - v_row.reserved,
                                              'on_hand', v_row.on_hand,
                                              'reserved', v_row.reserved)::text;
    END IF;
    INSERT INTO shop.stock_movements (product_id, warehouse_id, delta, reason, note, request_id)
    VALUES (p_product_id, p_warehouse_id, p_delta, p_reason, coalesce(p_note, ''), p_request)
    RETURNING id INTO v_movement;
    v_result := jsonb_build_object('status', 'applied', 'delta', p_delta, 'reason', p_reason,
                                   'movement_id', v_movement)
                || qm.stock_json(p_product_id, p_warehouse_id);
    PERFORM qm.audit('stock.adjust', qm.item_label(p_product_id, p_warehouse_id), p_request,
        jsonb_build_object('delta', p_delta, 'reason', p_reason, 'note', coalesce(p_note, ''),
                           'on_hand_before', v_row.on_hand - p_delta),
        v_result);
    RETURN qm.finish_request(p_request, v_result);
END
$$;

-- Records a physical count: on_hand becomes `counted`, but only if on_hand is still what the
-- counter saw when starting (else QM409: count again) and not below what is reserved (QM422).
CREATE FUNCTION console.stock_count(p_request uuid, p_product_id bigint, p_warehouse_id int,
                                    p_expected_on_hand int, p_counted int,
                                    p_note text DEFAULT '') RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_row shop.stock_levels;
    v_movement bigint;
    v_result jsonb;
BEGIN
    v_prev := qm.begin_request(p_request, 'console.stock_count');
    IF v_prev IS NOT NULL THEN
        RETURN v_prev;
    END IF;
    IF p_counted IS NULL OR p_counted < 0 THEN
        PERFORM qm.bad_input('counted', 'must be a whole number >= 0');
    END IF;
    UPDATE shop.stock_levels
       SET on_hand = p_counted, updated_at = clock_timestamp()
     WHERE product_id = p_product_id AND warehouse_id = p_warehouse_id
       AND on_hand = p_expected_on_hand AND p_counted >= reserved
    RETURNING * INTO v_row;
    IF NOT FOUND THEN
        SELECT * INTO v_row FROM shop.stock_levels
         WHERE product_id = p_product_id AND warehouse_id = p_warehouse_id;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no stock of % is kept', qm.item_label(p_product_id, p_warehouse_id)
                USING ERRCODE = 'QM404';
        ELSIF v_row.on_hand IS DISTINCT FROM p_expected_on_hand THEN
            RAISE EXCEPTION 'stock of % moved since the count started (expected %, now %): '
                            'count again', qm.item_label(p_product_id, p_warehouse_id),
                            p_expected_on_hand, v_row.on_hand
                USING ERRCODE = 'QM409', COLUMN = 'expected_on_hand';
        END IF;
        RAISE EXCEPTION 'cannot count % of % as %: % are reserved',
                        qm.item_label(p_product_id, p_warehouse_id), v_row.on_hand, p_counted,
                        v_row.reserved
            USING ERRCODE = 'QM422', COLUMN = 'counted';
    END IF;
    INSERT INTO shop.stock_movements (product_id, warehouse_id, delta, reason, note, request_id)
    VALUES (p_product_id, p_warehouse_id, p_counted - p_expected_on_hand, 'count',
            coalesce(p_note, ''), p_request)
    RETURNING id INTO v_movement;
    v_result := jsonb_build_object('status', 'applied', 'delta', p_counted - p_expected_on_hand,
                                   'movement_id', v_movement)
                || qm.stock_json(p_product_id, p_warehouse_id);
    PERFORM qm.audit('stock.count', qm.item_label(p_product_id, p_warehouse_id), p_request,
        jsonb_build_object('expected_on_hand', p_expected_on_hand, 'counted', p_counted,
                           'note', coalesce(p_note, '')),
        v_result);
    RETURN qm.finish_request(p_request, v_result);
END
$$;

RESET ROLE;
