-- 0004: console writes for reservations, reconciliation, orders, maintenance and the audit log;
-- the capability list the UI mirrors; the orders-feed trigger switch.
--
-- Lock order, everywhere, so that no two functions deadlock: reservation rows first, then stock
-- rows in (product_id, warehouse_id) order.

SET LOCAL ROLE qm_contract;

-- ---------------------------------------------------------------------------------------------
-- Shared internals.
-- ---------------------------------------------------------------------------------------------

-- Moves held reservations that expired (or the given ids) to p_status and gives their quantity
-- back; rows locked by a running checkout are skipped. Returns how many were moved.
CREATE FUNCTION qm.unhold(p_ids bigint[], p_status text) RETURNS int
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_ids bigint[];
BEGIN
    IF p_ids IS NULL THEN
        SELECT array_agg(id) INTO v_ids FROM (
            SELECT id FROM shop.reservations
             WHERE status = 'held' AND expires_at <= now()
             ORDER BY id FOR UPDATE SKIP LOCKED) r;
    ELSE
        SELECT array_agg(id) INTO v_ids FROM (
            SELECT id FROM shop.reservations
             WHERE id = ANY (p_ids) AND status = 'held'
             ORDER BY id FOR UPDATE) r;
    END IF;
    IF v_ids IS NULL THEN
        RETURN 0;
    END IF;
    PERFORM FROM shop.stock_levels s
     WHERE (s.product_id, s.warehouse_id) IN
           (SELECT product_id, warehouse_id FROM shop.reservations WHERE id = ANY (v_ids))
     ORDER BY s.product_id, s.warehouse_id FOR UPDATE;
    WITH gone AS (
        UPDATE shop.reservations SET status = p_status, updated_at = clock_timestamp()
         WHERE id = ANY (v_ids)
        RETURNING product_id, warehouse_id, qty
    ), per_item AS (
        SELECT product_id, warehouse_id, sum(qty) AS qty FROM gone GROUP BY 1, 2
    )
    UPDATE shop.stock_levels s
       SET reserved = s.reserved - i.qty, updated_at = clock_timestamp()
      FROM per_item i
     WHERE s.product_id = i.product_id AND s.warehouse_id = i.warehouse_id;
    RETURN cardinality(v_ids);
END
$$;

-- Puts an order's quantities back on hand with one ledger row per line.
CREATE FUNCTION qm.restock_order(p_order_id bigint, p_reason text, p_request uuid)
RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_units bigint;
BEGIN
    PERFORM FROM shop.stock_levels s
     WHERE (s.product_id, s.warehouse_id) IN
           (SELECT product_id, warehouse_id FROM shop.order_lines WHERE order_id = p_order_id)
     ORDER BY s.product_id, s.warehouse_id FOR UPDATE;
    UPDATE shop.stock_levels s
       SET on_hand = s.on_hand + l.qty, updated_at = clock_timestamp()
      FROM (SELECT product_id, warehouse_id, sum(qty) AS qty FROM shop.order_lines
             WHERE order_id = p_order_id GROUP BY 1, 2) l
     WHERE s.product_id = l.product_id AND s.warehouse_id = l.warehouse_id;
    INSERT INTO shop.stock_movements (product_id, warehouse_id, delta, reason, note, order_id,
                                      request_id)
    SELECT product_id, warehouse_id, qty, p_reason,
           (SELECT number FROM shop.orders WHERE id = p_order_id), p_order_id, p_request
      FROM shop.order_lines WHERE order_id = p_order_id ORDER BY line_no;
    SELECT coalesce(sum(qty), 0) INTO v_units FROM shop.order_lines WHERE order_id = p_order_id;
    RETURN v_units;
END
$$;

CREATE FUNCTION qm.order_json(p_order_id bigint) RETURNS jsonb
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT to_jsonb(o) - 'change_xid' || jsonb_build_object('change_xid', o.change_xid::text)
    FROM shop.orders o WHERE o.id = p_order_id;
$$;

-- Locks an order and checks its status is one of p_allowed (else QM404 / QM409).
CREATE FUNCTION qm.lock_order(p_order_id bigint, p_allowed text[], p_action text)
RETURNS shop.orders
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v shop.orders;
BEGIN
    SELECT * INTO v FROM shop.orders WHERE id = p_order_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'order % not found', p_order_id USING ERRCODE = 'QM404';
    END IF;
    IF NOT v.status = ANY (p_allowed) THEN
        RAISE EXCEPTION 'order % is %: it cannot be %', v.number, v.status, p_action
            USING ERRCODE = 'QM409',
                  DETAIL = jsonb_build_object('status', v.status, 'allowed', p_allowed)::text;
    END IF;
    RETURN v;
END
$$;

CREATE FUNCTION qm.set_order_status(p_order shop.orders, p_to text, p_note text,
                                    p_request uuid, p_payment_status text DEFAULT NULL)
RETURNS void
LANGUAGE sql SET search_path = pg_catalog, pg_temp AS $$
    UPDATE shop.orders SET status = p_to,
                           payment_status = coalesce(p_payment_status, payment_status)
     WHERE id = (p_order).id;
    INSERT INTO shop.order_events (order_id, from_status, to_status, note, request_id)
    VALUES ((p_order).id, (p_order).status, p_to, coalesce(p_note, ''), p_request);
$$;

CREATE FUNCTION qm.refund_payment(p_order shop.orders, p_request uuid) RETURNS void
LANGUAGE sql SET search_path = pg_catalog, pg_temp AS $$
    INSERT INTO shop.payments (order_id, kind, status, amount, currency, request_id)
    SELECT (p_order).id, 'refund', 'succeeded', (p_order).total, (p_order).currency, p_request
     WHERE (p_order).payment_status = 'paid';
$$;

-- ---------------------------------------------------------------------------------------------
-- Reservations and reconciliation.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION console.release_reservation(p_request uuid, p_reservation_id bigint,
                                            p_note text DEFAULT '') RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_res shop.reservations;
    v_result jsonb;
BEGIN
    v_prev := qm.begin_request(p_request, 'console.release_reservation');
    IF v_prev IS NOT NULL THEN
        RETURN v_prev;
    END IF;
    SELECT * INTO v_res FROM shop.reservations WHERE id = p_reservation_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'reservation % not found', p_reservation_id USING ERRCODE = 'QM404';
    END IF;
    IF qm.unhold(ARRAY[p_reservation_id], 'released') = 0 THEN
        RAISE EXCEPTION 'reservation % is % already', p_reservation_id,
                        (SELECT status FROM shop.reservations WHERE id = p_reservation_id)
            USING ERRCODE = 'QM409';
    END IF;
    v_result := jsonb_build_object('status', 'applied', 'reservation_id', p_reservation_id,
                                   'qty', v_res.qty)
                || jsonb_build_object('stock', qm.stock_json(v_res.product_id, v_res.warehouse_id));
    PERFORM qm.audit('stock.release_reservation',
        'reservation:' || p_reservation_id || ' ' || qm.item_label(v_res.product_id,
                                                                    v_res.warehouse_id),
        p_request,
        jsonb_build_object('cart_id', v_res.cart_id, 'qty', v_res.qty,
                           'note', coalesce(p_note, '')),
        v_result);
    RETURN qm.finish_request(p_request, v_result);
END
$$;

CREATE FUNCTION console.release_expired_reservations(p_request uuid) RETURNS int
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_count int;
BEGIN
    v_prev := qm.begin_request(p_request, 'console.release_expired_reservations');
    IF v_prev IS NOT NULL THEN
        RETURN (v_prev ->> 'count')::int;
    END IF;
    v_count := qm.unhold(NULL, 'expired');
    PERFORM qm.audit('stock.release_expired_reservations', 'reservations', p_request, '{}',
                     jsonb_build_object('count', v_count));
    PERFORM qm.finish_request(p_request, jsonb_build_object('count', v_count));
    RETURN v_count;
END
$$;

-- Repairs what console.reconcile_report shows: a compensating 'reconcile' ledger row where
-- on_hand differs from the ledger sum (on_hand, the physical figure, is kept), and reserved set
-- back to the held reservations. Corrections are relative (reserved - drift), so concurrent
-- checkouts are not overwritten. Rows whose fix would break on_hand >= reserved are skipped
-- (reported in the audit outcome). Returns the number of rows fixed.
CREATE FUNCTION console.reconcile_repair(p_request uuid) RETURNS int
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_ledger int;
    v_reserved int;
    v_skipped jsonb;
    v_sample jsonb;
BEGIN
    v_prev := qm.begin_request(p_request, 'console.reconcile_repair');
    IF v_prev IS NOT NULL THEN
        RETURN (v_prev ->> 'count')::int;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('console.reconcile_repair'));
    CREATE TEMP TABLE IF NOT EXISTS qm_drift (product_id bigint, warehouse_id int,
        on_hand_drift bigint, reserved_drift bigint) ON COMMIT DROP;
    TRUNCATE qm_drift;
    INSERT INTO qm_drift
    SELECT product_id, warehouse_id, on_hand_drift, reserved_drift
      FROM console.reconcile_report WHERE NOT ok;
    SELECT jsonb_agg(to_jsonb(d)) INTO v_sample FROM (SELECT * FROM qm_drift LIMIT 50) d;

    INSERT INTO shop.stock_movements (product_id, warehouse_id, delta, reason, note, request_id)
    SELECT product_id, warehouse_id, on_hand_drift, 'reconcile',
           'on_hand differed from the ledger sum by ' || on_hand_drift, p_request
      FROM qm_drift WHERE on_hand_drift <> 0;
    GET DIAGNOSTICS v_ledger = ROW_COUNT;

    PERFORM FROM shop.stock_levels s
     WHERE (s.product_id, s.warehouse_id) IN
           (SELECT product_id, warehouse_id FROM qm_drift WHERE reserved_drift <> 0)
     ORDER BY s.product_id, s.warehouse_id FOR UPDATE;
    UPDATE shop.stock_levels s
       SET reserved = s.reserved - d.reserved_drift, updated_at = clock_timestamp()
      FROM qm_drift d
     WHERE d.reserved_drift <> 0 AND s.product_id = d.product_id
       AND s.warehouse_id = d.warehouse_id
       AND s.reserved - d.reserved_drift BETWEEN 0 AND s.on_hand;
    GET DIAGNOSTICS v_reserved = ROW_COUNT;
    SELECT jsonb_agg(jsonb_build_object('product_id', d.product_id,
                                        'warehouse_id', d.warehouse_id))
      INTO v_skipped
      FROM qm_drift d JOIN shop.stock_levels s USING (product_id, warehouse_id)
     WHERE d.reserved_drift <> 0 AND s.reserved <> (SELECT coalesce(sum(qty), 0)
                                                     FROM shop.reservations r
                                                    WHERE r.status = 'held'
                                                      AND r.product_id = d.product_id
                                                      AND r.warehouse_id = d.warehouse_id);
    PERFORM qm.audit('stock.reconcile_repair', 'stock', p_request,
        jsonb_build_object('drifted_rows', (SELECT count(*) FROM qm_drift), 'sample', v_sample),
        jsonb_build_object('ledger_fixes', v_ledger, 'reserved_fixes', v_reserved,
                           'skipped', coalesce(v_skipped, '[]')));
    PERFORM qm.finish_request(p_request, jsonb_build_object('count', v_ledger + v_reserved));
    RETURN v_ledger + v_reserved;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Orders. Each returns {"status":"applied","order":{...}}.
-- ---------------------------------------------------------------------------------------------

-- pending|paid|picking -> cancelled; the goods go back on hand through the ledger ('cancelled')
-- and a paid order gets a refund payment.
CREATE FUNCTION console.cancel_order(p_request uuid, p_order_id bigint, p_reason text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_order shop.orders;
    v_units bigint;
    v_result jsonb;
BEGIN
    v_prev := qm.begin_request(p_request, 'console.cancel_order');
    IF v_prev IS NOT NULL THEN
        RETURN v_prev;
    END IF;
    IF p_reason IS NULL OR btrim(p_reason) = '' THEN
        PERFORM qm.bad_input('reason', 'a reason is required');
    END IF;
    v_order := qm.lock_order(p_order_id, ARRAY['pending', 'paid', 'picking'], 'cancelled');
    v_units := qm.restock_order(p_order_id, 'cancelled', p_request);
    PERFORM qm.refund_payment(v_order, p_request);
    PERFORM qm.set_order_status(v_order, 'cancelled', p_reason, p_request,
        CASE WHEN v_order.payment_status = 'paid' THEN 'refunded' END);
    v_result := jsonb_build_object('status', 'applied', 'order', qm.order_json(p_order_id),
                                   'restocked_units', v_units);
    PERFORM qm.audit('orders.cancel', 'order:' || v_order.number, p_request,
        jsonb_build_object('reason', p_reason, 'from_status', v_order.status,
                           'payment_status', v_order.payment_status, 'total', v_order.total),
        jsonb_build_object('status', 'cancelled', 'restocked_units', v_units));
    RETURN qm.finish_request(p_request, v_result);
END
$$;

-- paid|picking|shipped|delivered (and paid) -> refunded. Goods not yet shipped go back on hand
-- ('refund' ledger rows); for shipped ones p_restock says whether they came back.
CREATE FUNCTION console.refund_order(p_request uuid, p_order_id bigint, p_reason text,
                                     p_restock boolean DEFAULT NULL) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_order shop.orders;
    v_units bigint := 0;
    v_result jsonb;
BEGIN
    v_prev := qm.begin_request(p_request, 'console.refund_order');
    IF v_prev IS NOT NULL THEN
        RETURN v_prev;
    END IF;
    IF p_reason IS NULL OR btrim(p_reason) = '' THEN
        PERFORM qm.bad_input('reason', 'a reason is required');
    END IF;
    v_order := qm.lock_order(p_order_id, ARRAY['paid', 'picking', 'shipped', 'delivered'],
                             'refunded');
    IF v_order.payment_status <> 'paid' THEN
        RAISE EXCEPTION 'order % has payment status %: nothing to refund', v_order.number,
                        v_order.payment_status USING ERRCODE = 'QM409';
    END IF;
    IF coalesce(p_restock, v_order.status IN ('paid', 'picking')) THEN
        v_units := qm.restock_order(p_order_id, 'refund', p_request);
    END IF;
    PERFORM qm.refund_payment(v_order, p_request);
    PERFORM qm.set_order_status(v_order, 'refunded', p_reason, p_request, 'refunded');
    v_result := jsonb_build_object('status', 'applied', 'order', qm.order_json(p_order_id),
                                   'restocked_units', v_units);
    PERFORM qm.audit('orders.refund', 'order:' || v_order.number, p_request,
        jsonb_build_object('reason', p_reason, 'from_status', v_order.status,
                           'total', v_order.total, 'restock', p_restock),
        jsonb_build_object('status', 'refunded', 'restocked_units', v_units,
                           'refunded', v_order.total));
    RETURN qm.finish_request(p_request, v_result);
END
$$;

CREATE FUNCTION console.mark_shipped(p_request uuid, p_order_id bigint,
                                     p_tracking text DEFAULT '') RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_order shop.orders;
    v_result jsonb;
BEGIN
    v_prev := qm.begin_request(p_request, 'console.mark_shipped');
    IF v_prev IS NOT NULL THEN
        RETURN v_prev;
    END IF;
    v_order := qm.lock_order(p_order_id, ARRAY['paid', 'picking'], 'shipped');
    PERFORM qm.set_order_status(v_order, 'shipped',
        CASE WHEN coalesce(p_tracking, '') <> '' THEN 'tracking: ' || p_tracking ELSE '' END,
        p_request);
    v_result := jsonb_build_object('status', 'applied', 'order', qm.order_json(p_order_id));
    PERFORM qm.audit('orders.mark_shipped', 'order:' || v_order.number, p_request,
        jsonb_build_object('from_status', v_order.status, 'tracking', coalesce(p_tracking, '')),
        jsonb_build_object('status', 'shipped'));
    RETURN qm.finish_request(p_request, v_result);
END
$$;

CREATE FUNCTION console.add_order_note(p_request uuid, p_order_id bigint, p_body text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_number text;
    v_note bigint;
    v_result jsonb;
BEGIN
    v_prev := qm.begin_request(p_request, 'console.add_order_note');
    IF v_prev IS NOT NULL THEN
        RETURN v_prev;
    END IF;
    IF p_body IS NULL OR btrim(p_body) = '' OR length(p_body) > 10000 THEN
        PERFORM qm.bad_input('body', 'a note of 1 to 10000 characters is required');
    END IF;
    SELECT number INTO v_number FROM shop.orders WHERE id = p_order_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'order % not found', p_order_id USING ERRCODE = 'QM404';
    END IF;
    INSERT INTO shop.order_notes (order_id, body, request_id) VALUES (p_order_id, p_body, p_request)
    RETURNING id INTO v_note;
    v_result := jsonb_build_object('status', 'applied', 'note_id', v_note);
    PERFORM qm.audit('orders.add_note', 'order:' || v_number, p_request,
                     jsonb_build_object('body', p_body), v_result);
    RETURN qm.finish_request(p_request, v_result);
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Maintenance, audit, capabilities, feed trigger.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION console.set_maintenance(p_request uuid, p_on boolean, p_message text DEFAULT '')
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_was qm.settings;
    v_result jsonb;
BEGIN
    v_prev := qm.begin_request(p_request, 'console.set_maintenance');
    IF v_prev IS NOT NULL THEN
        RETURN v_prev;
    END IF;
    IF p_on IS NULL THEN
        PERFORM qm.bad_input('on', 'must be true or false');
    END IF;
    SELECT * INTO v_was FROM qm.settings WHERE id = 1 FOR UPDATE;
    UPDATE qm.settings SET maintenance = p_on, maintenance_message = coalesce(p_message, ''),
                           changed_by = session_user, changed_at = clock_timestamp()
     WHERE id = 1;
    v_result := jsonb_build_object('status', 'applied', 'on', p_on,
                                   'message', coalesce(p_message, ''));
    PERFORM qm.audit('maintenance.set', 'store', p_request,
        jsonb_build_object('was_on', v_was.maintenance, 'on', p_on,
                           'message', coalesce(p_message, '')),
        v_result);
    RETURN qm.finish_request(p_request, v_result);
END
$$;

-- For actions outside the database (cache purges, runbooks, failovers): returns the audit id.
CREATE FUNCTION console.record_audit(p_request uuid, p_action text, p_target text,
                                     p_plan jsonb, p_outcome jsonb) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_id bigint;
BEGIN
    v_prev := qm.begin_request(p_request, 'console.record_audit');
    IF v_prev IS NOT NULL THEN
        RETURN (v_prev ->> 'audit_id')::bigint;
    END IF;
    IF p_action IS NULL OR p_action !~ '^[a-z][a-z0-9_.:-]{0,99}$' THEN
        PERFORM qm.bad_input('action', 'must look like area.verb (lower case, up to 100 chars)');
    END IF;
    v_id := qm.audit(p_action, p_target, p_request, p_plan, p_outcome);
    PERFORM qm.finish_request(p_request, jsonb_build_object('audit_id', v_id));
    RETURN v_id;
END
$$;

-- Recomputes the whole chain: ok = every row's prev_hash is its predecessor's hash and its hash
-- is the HMAC of its content. first_bad_id is the first row that fails (an edited row fails
-- itself; a deleted row makes its successor fail).
CREATE FUNCTION console.verify_audit_chain()
RETURNS TABLE (ok boolean, checked bigint, first_bad_id bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    WITH k AS (SELECT key FROM qm.audit_key WHERE id = 1),
    chain AS (
        SELECT a.*, lag(a.hash) OVER (ORDER BY a.id) AS expected_prev,
               row_number() OVER (ORDER BY a.id) AS n
        FROM qm.audit_log a
    ),
    bad AS (
        SELECT c.id FROM chain c, k
        WHERE c.prev_hash IS DISTINCT FROM
                  CASE WHEN c.n = 1 THEN '\x'::bytea ELSE c.expected_prev END
           OR c.hash IS DISTINCT FROM qm.audit_hash(k.key, c.prev_hash, c.id, c.at, c.actor,
                                                    c.action, c.target, c.request_id, c.plan,
                                                    c.outcome)
    )
    SELECT NOT EXISTS (SELECT FROM bad), (SELECT count(*) FROM qm.audit_log),
           (SELECT min(id) FROM bad);
$$;

-- What the connected role may do, so the UI can hide what PostgreSQL would refuse anyway.
CREATE FUNCTION console.my_capabilities() RETURNS text[]
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(cap ORDER BY cap), '{}') FROM (
        SELECT unnest(caps) AS cap FROM (VALUES
            ('qm_merchandiser', ARRAY['console.read', 'catalog.edit']),
            ('qm_store_manager', ARRAY['console.read', 'stock.adjust', 'stock.reconcile',
                                       'reservations.release', 'orders.act']),
            ('qm_oncall', ARRAY['console.read', 'cache.purge', 'runbooks.run',
                                'maintenance.set', 'audit.record']),
            ('qm_admin', ARRAY['admin', 'feed.configure']),
            ('qm_storefront', ARRAY['storefront'])) r (role, caps)
        WHERE pg_has_role(current_user, r.role, 'MEMBER')
        GROUP BY 1) c;
$$;

CREATE FUNCTION console.orders_notify_installed() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT FROM pg_trigger
                   WHERE tgrelid = 'shop.orders'::regclass AND tgname = 'orders_notify');
$$;

CREATE FUNCTION console.install_orders_notify(p_request uuid) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_was boolean;
    v_result jsonb;
BEGIN
    v_prev := qm.begin_request(p_request, 'console.install_orders_notify');
    IF v_prev IS NOT NULL THEN
        RETURN v_prev;
    END IF;
    v_was := console.orders_notify_installed();
    IF NOT v_was THEN
        CREATE TRIGGER orders_notify AFTER INSERT OR UPDATE ON shop.orders
            FOR EACH STATEMENT EXECUTE FUNCTION shop.orders_notify();
    END IF;
    v_result := jsonb_build_object('status', 'applied', 'installed', true, 'changed', NOT v_was);
    PERFORM qm.audit('feed.install_orders_notify', 'shop.orders', p_request, '{}', v_result);
    RETURN qm.finish_request(p_request, v_result);
END
$$;

CREATE FUNCTION console.drop_orders_notify(p_request uuid) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_was boolean;
    v_result jsonb;
BEGIN
    v_prev := qm.begin_request(p_request, 'console.drop_orders_notify');
    IF v_prev IS NOT NULL THEN
        RETURN v_prev;
    END IF;
    v_was := console.orders_notify_installed();
    DROP TRIGGER IF EXISTS orders_notify ON shop.orders;
    v_result := jsonb_build_object('status', 'applied', 'installed', false, 'changed', v_was);
    PERFORM qm.audit('feed.drop_orders_notify', 'shop.orders', p_request, '{}', v_result);
    RETURN qm.finish_request(p_request, v_result);
END
$$;

RESET ROLE;
