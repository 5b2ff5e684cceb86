-- 0002: what the console reads — views in schema `console`, plus the private helpers every
-- console write uses (idempotent request ids, the hash-chained audit log).
--
-- Views run with their owner's (qm_contract's) rights on the tables, so console roles need only
-- SELECT on the views, never on a table. Views are written so that keyset paging
-- (WHERE (key, id) > (...) ORDER BY key, id LIMIT n) reaches the table's index: per-row
-- summaries are LATERAL subqueries, not GROUP BY joins.

SET LOCAL ROLE qm_contract;

-- ---------------------------------------------------------------------------------------------
-- Private helpers (schema qm; nobody but qm_contract has USAGE on it).
-- ---------------------------------------------------------------------------------------------

-- Starts a request: NULL when this request id is new (the caller applies its change), else the
-- stored result of the first call. A concurrent call with the same id waits for the first to
-- commit (unique index) and then returns its result; if the first rolled back, this one applies.
CREATE FUNCTION qm.begin_request(p_request uuid, p_fn text) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_fn text;
    v_result jsonb;
BEGIN
    IF p_request IS NULL THEN
        RAISE EXCEPTION 'request_id is required' USING ERRCODE = 'QM400', COLUMN = 'request_id';
    END IF;
    INSERT INTO qm.requests (request_id, fn) VALUES (p_request, p_fn) ON CONFLICT DO NOTHING;
    IF FOUND THEN
        RETURN NULL;
    END IF;
    SELECT fn, result INTO v_fn, v_result FROM qm.requests WHERE request_id = p_request;
    IF v_fn <> p_fn THEN
        RAISE EXCEPTION 'request id % was already used by %', p_request, v_fn
            USING ERRCODE = 'QM409', COLUMN = 'request_id';
    END IF;
    RETURN coalesce(v_result, 'null'::jsonb);
END
$$;

CREATE FUNCTION qm.finish_request(p_request uuid, p_result jsonb) RETURNS jsonb
LANGUAGE sql SET search_path = pg_catalog, pg_temp AS $$
    UPDATE qm.requests SET result = p_result WHERE request_id = p_request RETURNING result;
$$;

-- Forgets a request that changed nothing (e.g. a version conflict), so a retry re-evaluates.
CREATE FUNCTION qm.drop_request(p_request uuid) RETURNS void
LANGUAGE sql SET search_path = pg_catalog, pg_temp AS $$
    DELETE FROM qm.requests WHERE request_id = p_request;
$$;

-- The canonical text of an audit row and its chained HMAC. verify_audit_chain recomputes this.
CREATE FUNCTION qm.audit_hash(p_key bytea, p_prev bytea, p_id bigint, p_at timestamptz,
                              p_actor text, p_action text, p_target text, p_request uuid,
                              p_plan jsonb, p_outcome jsonb) RETURNS bytea
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, ext, public, pg_temp AS $$
    SELECT hmac(p_prev || convert_to(concat_ws(chr(31),
                    p_id::text,
                    to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                    p_actor, p_action, p_target, coalesce(p_request::text, ''),
                    p_plan::text, p_outcome::text), 'UTF8'),
                p_key, 'sha256');
$$;

-- Appends one audit row, serialized by a transaction-level advisory lock so the chain is linear
-- (the lock is held until commit, so the next writer sees this row as the chain's head).
CREATE FUNCTION qm.audit(p_action text, p_target text, p_request uuid, p_plan jsonb,
                         p_outcome jsonb) RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_id bigint;
    v_at timestamptz;
    v_prev bytea;
    v_key bytea;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('qm.audit_log'));
    SELECT hash INTO v_prev FROM qm.audit_log ORDER BY id DESC LIMIT 1;
    v_prev := coalesce(v_prev, '\x'::bytea);
    SELECT key INTO STRICT v_key FROM qm.audit_key WHERE id = 1;
    v_id := nextval(pg_get_serial_sequence('qm.audit_log', 'id'));
    v_at := clock_timestamp();
    p_target := coalesce(p_target, '');
    p_plan := coalesce(p_plan, '{}');
    p_outcome := coalesce(p_outcome, '{}');
    INSERT INTO qm.audit_log (id, at, actor, action, target, request_id, plan, outcome,
                              prev_hash, hash)
    VALUES (v_id, v_at, session_user, p_action, p_target, p_request, p_plan, p_outcome, v_prev,
            qm.audit_hash(v_key, v_prev, v_id, v_at, session_user, p_action, p_target,
                          p_request, p_plan, p_outcome));
    RETURN v_id;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Views.
-- ---------------------------------------------------------------------------------------------
CREATE VIEW console.categories AS
    SELECT id, parent_id, name, slug FROM shop.categories;

CREATE VIEW console.warehouses AS
    SELECT id, code, name FROM shop.warehouses;

CREATE VIEW console.movement_reasons AS
    SELECT code, label, sign, manual FROM shop.movement_reasons;

CREATE VIEW console.products AS
    SELECT p.id, p.sku, p.name, p.description, p.category_id, c.name AS category, p.status,
           p.price, p.currency, p.attributes, p.tags, p.version, p.created_at, p.updated_at,
           coalesce(s.on_hand, 0) AS on_hand, coalesce(s.reserved, 0) AS reserved,
           coalesce(s.on_hand - s.reserved, 0) AS available,
           coalesce(s.low, false) AS low_stock
    FROM shop.products p
    LEFT JOIN shop.categories c ON c.id = p.category_id
    LEFT JOIN LATERAL (
        SELECT sum(l.on_hand)::bigint AS on_hand, sum(l.reserved)::bigint AS reserved,
               bool_or(l.on_hand - l.reserved <= l.low_stock_threshold) AS low
        FROM shop.stock_levels l WHERE l.product_id = p.id
    ) s ON true;

CREATE VIEW console.stock_levels AS
    SELECT l.product_id, p.sku, p.name, l.warehouse_id, w.code AS warehouse, l.on_hand,
           l.reserved, l.on_hand - l.reserved AS available, l.low_stock_threshold,
           l.on_hand - l.reserved <= l.low_stock_threshold AS low_stock, l.updated_at
    FROM shop.stock_levels l
    JOIN shop.products p ON p.id = l.product_id
    JOIN shop.warehouses w ON w.id = l.warehouse_id;

CREATE VIEW console.low_stock AS
    SELECT l.product_id, p.sku, p.name, l.warehouse_id, w.code AS warehouse, l.on_hand,
           l.reserved, l.on_hand - l.reserved AS available, l.low_stock_threshold, l.updated_at
    FROM shop.stock_levels l
    JOIN shop.products p ON p.id = l.product_id
    JOIN shop.warehouses w ON w.id = l.warehouse_id
    WHERE l.on_hand - l.reserved <= l.low_stock_threshold;

CREATE VIEW console.stock_ledger AS
    SELECT m.id, m.at, m.product_id, p.sku, m.warehouse_id, w.code AS warehouse, m.delta,
           m.reason, m.note, m.order_id, m.request_id, m.actor
    FROM shop.stock_movements m
    JOIN shop.products p ON p.id = m.product_id
    JOIN shop.warehouses w ON w.id = m.warehouse_id;

CREATE VIEW console.reservations AS
    SELECT r.id, r.cart_id, r.product_id, p.sku, r.warehouse_id, w.code AS warehouse, r.qty,
           r.status, r.status = 'held' AND r.expires_at > now() AS live, r.created_at,
           r.expires_at, r.updated_at, r.order_id
    FROM shop.reservations r
    JOIN shop.products p ON p.id = r.product_id
    JOIN shop.warehouses w ON w.id = r.warehouse_id;

CREATE VIEW console.customers AS
    SELECT id, email, name, created_at FROM shop.customers;

CREATE VIEW console.orders AS
    SELECT o.id, o.number, o.customer_id, c.email AS customer_email, c.name AS customer_name,
           o.channel, o.status, o.payment_status, o.total, o.currency, o.created_at,
           o.updated_at, o.change_seq, o.change_xid,
           (SELECT count(*) FROM shop.order_lines ol WHERE ol.order_id = o.id) AS line_count
    FROM shop.orders o
    LEFT JOIN shop.customers c ON c.id = o.customer_id;

CREATE VIEW console.order_lines AS
    SELECT ol.id, ol.order_id, ol.line_no, ol.product_id, ol.warehouse_id, w.code AS warehouse,
           ol.sku, ol.name, ol.qty, ol.unit_price, ol.line_total
    FROM shop.order_lines ol
    JOIN shop.warehouses w ON w.id = ol.warehouse_id;

CREATE VIEW console.order_events AS
    SELECT id, order_id, at, from_status, to_status, note, actor, request_id
    FROM shop.order_events;

CREATE VIEW console.order_notes AS
    SELECT id, order_id, at, author, body, request_id FROM shop.order_notes;

CREATE VIEW console.payments AS
    SELECT id, order_id, kind, status, amount, currency, provider_ref, request_id, at
    FROM shop.payments;

CREATE VIEW console.price_history AS
    SELECT h.id, h.product_id, p.sku, h.old_price, h.new_price, h.currency, h.request_id,
           h.actor, h.at
    FROM shop.price_history h JOIN shop.products p ON p.id = h.product_id;

CREATE VIEW console.audit_log AS
    SELECT id, at, actor, action, target, request_id, plan, outcome, prev_hash, hash
    FROM qm.audit_log;

CREATE VIEW console.maintenance AS
    SELECT maintenance AS on, maintenance_message AS message, changed_by, changed_at
    FROM qm.settings WHERE id = 1;

-- Per stock row: on_hand against the ledger's sum, reserved against held reservations.
-- Filter on `ok = false` to see only the drifted rows.
CREATE VIEW console.reconcile_report AS
    SELECT l.product_id, p.sku, l.warehouse_id, w.code AS warehouse,
           l.on_hand, coalesce(m.total, 0) AS ledger_sum,
           l.on_hand - coalesce(m.total, 0) AS on_hand_drift,
           l.reserved, coalesce(r.total, 0) AS held_qty,
           l.reserved - coalesce(r.total, 0) AS reserved_drift,
           l.on_hand = coalesce(m.total, 0) AND l.reserved = coalesce(r.total, 0) AS ok
    FROM shop.stock_levels l
    JOIN shop.products p ON p.id = l.product_id
    JOIN shop.warehouses w ON w.id = l.warehouse_id
    LEFT JOIN (SELECT product_id, warehouse_id, sum(delta)::bigint AS total
               FROM shop.stock_movements GROUP BY product_id, warehouse_id) m
           ON m.product_id = l.product_id AND m.warehouse_id = l.warehouse_id
    LEFT JOIN (SELECT product_id, warehouse_id, sum(qty)::bigint AS total
               FROM shop.reservations WHERE status = 'held'
               GROUP BY product_id, warehouse_id) r
           ON r.product_id = l.product_id AND r.warehouse_id = l.warehouse_id;

-- The Overview page's one row, cheap enough to poll every few seconds on millions of products:
-- counts come from pg_class/pg_stats estimates above 100k rows, from indexes below.
-- SECURITY DEFINER because pg_stats only shows statistics of tables the caller may read.
CREATE FUNCTION console.store_summary_now()
RETURNS TABLE (products bigint, products_estimated boolean, active_products bigint,
               orders_today bigint, revenue_today numeric, open_reservations bigint,
               low_stock bigint, last_order_at timestamptz, maintenance boolean,
               maintenance_message text, at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_est double precision;
    v_freq real;
BEGIN
    SELECT c.reltuples INTO v_est FROM pg_class c WHERE c.oid = 'shop.products'::regclass;
    IF v_est > 100000 THEN
        products := v_est::bigint;
        products_estimated := true;
        SELECT s.most_common_freqs[array_position(s.most_common_vals::text::text[], 'active')]
          INTO v_freq
          FROM pg_stats s
         WHERE s.schemaname = 'shop' AND s.tablename = 'products' AND s.attname = 'status';
        IF v_freq IS NOT NULL THEN
            active_products := (v_est * v_freq)::bigint;
        ELSE
            SELECT count(*) INTO active_products FROM shop.products p WHERE p.status = 'active';
        END IF;
    ELSE
        SELECT count(*), count(*) FILTER (WHERE p.status = 'active')
          INTO products, active_products FROM shop.products p;
        products_estimated := false;
    END IF;
    SELECT count(*), coalesce(sum(o.total) FILTER (WHERE o.payment_status = 'paid'), 0)
      INTO orders_today, revenue_today
      FROM shop.orders o WHERE o.created_at >= date_trunc('day', now());
    SELECT count(*) INTO open_reservations
      FROM shop.reservations r WHERE r.status = 'held' AND r.expires_at > now();
    SELECT count(*) INTO low_stock
      FROM shop.stock_levels l WHERE l.on_hand - l.reserved <= l.low_stock_threshold;
    SELECT max(o.created_at) INTO last_order_at FROM shop.orders o;
    SELECT s.maintenance, s.maintenance_message INTO maintenance, maintenance_message
      FROM qm.settings s WHERE s.id = 1;
    at := now();
    RETURN NEXT;
END
$$;

CREATE VIEW console.store_summary AS SELECT * FROM console.store_summary_now();

-- The live orders feed's keyset query. Returns orders changed after the cursor (change_xid, id),
-- but only rows whose writing transaction is older than every transaction still running, so a
-- transaction that commits late can never be skipped (see server/README.md). Start with
-- after_xid = '0', after_id = 0; continue from the last row's (change_xid, id).
CREATE FUNCTION console.orders_feed(after_xid xid8, after_id bigint, max_rows int DEFAULT 500)
RETURNS SETOF console.orders
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT * FROM console.orders o
    WHERE (o.change_xid, o.id) > (after_xid, after_id)
      AND o.change_xid < pg_snapshot_xmin(pg_current_snapshot())
    ORDER BY o.change_xid, o.id
    LIMIT greatest(1, least(max_rows, 10000));
$$;

RESET ROLE;
