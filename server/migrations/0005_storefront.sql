-- 0005: what the storefront and checkout call (schema `storefront`, role qm_storefront): browse
-- views, reserve, checkout, pay, fulfilment, expiry, abandoned carts. Same rules as the console
-- functions: SECURITY DEFINER, pinned search_path, request id first (idempotent), QM SQLSTATEs.
-- Not audited (the audit log is for people's actions). While maintenance mode is on, reserve and
-- checkout are refused with QM503.

SET LOCAL ROLE qm_contract;

CREATE VIEW storefront.catalog AS
    SELECT p.id, p.sku, p.name, p.description, p.category_id, p.price, p.currency, p.attributes,
           p.tags, coalesce(s.available, 0) AS available
    FROM shop.products p
    LEFT JOIN LATERAL (SELECT sum(l.on_hand - l.reserved)::bigint AS available
                       FROM shop.stock_levels l WHERE l.product_id = p.id) s ON true
    WHERE p.status = 'active';

CREATE VIEW storefront.availability AS
    SELECT l.product_id, l.warehouse_id, l.on_hand - l.reserved AS available
    FROM shop.stock_levels l JOIN shop.products p ON p.id = l.product_id
    WHERE p.status = 'active';

CREATE VIEW storefront.warehouses AS SELECT id, code, name FROM shop.warehouses;
CREATE VIEW storefront.categories AS SELECT id, parent_id, name, slug FROM shop.categories;
CREATE VIEW storefront.maintenance AS
    SELECT maintenance AS on, maintenance_message AS message FROM qm.settings WHERE id = 1;

CREATE FUNCTION qm.refuse_in_maintenance() RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_message text;
BEGIN
    SELECT maintenance_message INTO v_message FROM qm.settings WHERE id = 1 AND maintenance;
    IF FOUND THEN
        RAISE EXCEPTION 'the store is in maintenance: %', v_message USING ERRCODE = 'QM503';
    END IF;
END
$$;

-- Holds qty of a product in a warehouse for a cart until now() + ttl. Never oversells: the
-- conditional `reserved + qty <= on_hand` is the only check, taken under the row lock.
-- Returns the reservation id. QM422 when not enough is available.
CREATE FUNCTION storefront.reserve(p_request uuid, p_cart_id text, p_product_id bigint,
                                   p_warehouse_id int, p_qty int,
                                   p_ttl interval DEFAULT '15 minutes') RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_row shop.stock_levels;
    v_id bigint;
BEGIN
    v_prev := qm.begin_request(p_request, 'storefront.reserve');
    IF v_prev IS NOT NULL THEN
        RETURN (v_prev ->> 'reservation_id')::bigint;
    END IF;
    PERFORM qm.refuse_in_maintenance();
    IF p_cart_id IS NULL OR btrim(p_cart_id) = '' THEN
        PERFORM qm.bad_input('cart_id', 'is required');
    END IF;
    IF p_qty IS NULL OR p_qty <= 0 THEN
        PERFORM qm.bad_input('qty', 'must be a positive whole number');
    END IF;
    IF p_ttl IS NULL OR p_ttl < interval '1 second' OR p_ttl > interval '1 day' THEN
        PERFORM qm.bad_input('ttl', 'must be between 1 second and 1 day');
    END IF;
    IF NOT EXISTS (SELECT FROM shop.products WHERE id = p_product_id AND status = 'active') THEN
        RAISE EXCEPTION 'product % is not for sale', p_product_id USING ERRCODE = 'QM404';
    END IF;
    UPDATE shop.stock_levels
       SET reserved = reserved + p_qty, updated_at = clock_timestamp()
     WHERE product_id = p_product_id AND warehouse_id = p_warehouse_id
       AND reserved + p_qty <= on_hand
    RETURNING * INTO v_row;
    IF NOT FOUND THEN
        SELECT * INTO v_row FROM shop.stock_levels
         WHERE product_id = p_product_id AND warehouse_id = p_warehouse_id;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no stock of % is kept', qm.item_label(p_product_id, p_warehouse_id)
                USING ERRCODE = 'QM404';
        END IF;
        RAISE EXCEPTION 'cannot reserve % of %: only % available', p_qty,
                        qm.item_label(p_product_id, p_warehouse_id),
                        v_row.on_hand - v_row.reserved
            USING ERRCODE = 'QM422', COLUMN = 'qty',
                  DETAIL = jsonb_build_object('available', v_row.on_hand - v_row.reserved)::text;
    END IF;
    INSERT INTO shop.reservations (cart_id, product_id, warehouse_id, qty, expires_at, request_id)
    VALUES (p_cart_id, p_product_id, p_warehouse_id, p_qty, now() + p_ttl, p_request)
    RETURNING id INTO v_id;
    PERFORM qm.finish_request(p_request, jsonb_build_object('reservation_id', v_id));
    RETURN v_id;
END
$$;

-- Turns the cart's live reservations into a pending order with one line per reservation: on_hand
-- and reserved go down together, with one 'sale' ledger row per line. Returns the order id.
-- QM409 when the cart holds nothing live (expired reservations are left to the expiry sweep).
CREATE FUNCTION storefront.checkout(p_request uuid, p_cart_id text, p_customer_id bigint,
                                    p_channel text DEFAULT 'web') RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_ids bigint[];
    v_currency text;
    v_order bigint;
BEGIN
    v_prev := qm.begin_request(p_request, 'storefront.checkout');
    IF v_prev IS NOT NULL THEN
        RETURN (v_prev ->> 'order_id')::bigint;
    END IF;
    PERFORM qm.refuse_in_maintenance();
    SELECT array_agg(id ORDER BY id) INTO v_ids FROM (
        SELECT id FROM shop.reservations
         WHERE cart_id = p_cart_id AND status = 'held' AND expires_at > now()
         ORDER BY id FOR UPDATE) r;
    -- Re-check after the lock: a concurrent checkout of the same cart may have converted them.
    SELECT array_agg(id ORDER BY id) INTO v_ids FROM shop.reservations
     WHERE id = ANY (v_ids) AND status = 'held';
    IF v_ids IS NULL THEN
        RAISE EXCEPTION 'cart % has nothing reserved to check out', p_cart_id
            USING ERRCODE = 'QM409', COLUMN = 'cart_id';
    END IF;
    IF (SELECT count(DISTINCT p.currency) FROM shop.reservations r
          JOIN shop.products p ON p.id = r.product_id WHERE r.id = ANY (v_ids)) > 1 THEN
        PERFORM qm.bad_input('cart_id', 'the cart mixes currencies');
    END IF;
    IF p_customer_id IS NOT NULL AND NOT EXISTS (SELECT FROM shop.customers
                                                 WHERE id = p_customer_id) THEN
        PERFORM qm.bad_input('customer_id', format('no customer %s', p_customer_id));
    END IF;
    SELECT p.currency INTO v_currency FROM shop.reservations r
      JOIN shop.products p ON p.id = r.product_id WHERE r.id = v_ids[1];

    INSERT INTO shop.orders (customer_id, channel, currency, total)
    SELECT p_customer_id, coalesce(nullif(btrim(p_channel), ''), 'web'), v_currency,
           sum(r.qty * p.price)
      FROM shop.reservations r JOIN shop.products p ON p.id = r.product_id
     WHERE r.id = ANY (v_ids)
    RETURNING id INTO v_order;
    INSERT INTO shop.order_lines (order_id, line_no, product_id, warehouse_id, sku, name, qty,
                                  unit_price, line_total)
    SELECT v_order, row_number() OVER (ORDER BY r.id), r.product_id, r.warehouse_id, p.sku,
           p.name, r.qty, p.price, r.qty * p.price
      FROM shop.reservations r JOIN shop.products p ON p.id = r.product_id
     WHERE r.id = ANY (v_ids);

    PERFORM FROM shop.stock_levels s
     WHERE (s.product_id, s.warehouse_id) IN
           (SELECT product_id, warehouse_id FROM shop.reservations WHERE id = ANY (v_ids))
     ORDER BY s.product_id, s.warehouse_id FOR UPDATE;
    UPDATE shop.stock_levels s
       SET on_hand = s.on_hand - r.qty, reserved = s.reserved - r.qty,
           updated_at = clock_timestamp()
      FROM (SELECT product_id, warehouse_id, sum(qty) AS qty FROM shop.reservations
             WHERE id = ANY (v_ids) GROUP BY 1, 2) r
     WHERE s.product_id = r.product_id AND s.warehouse_id = r.warehouse_id;
    INSERT INTO shop.stock_movements (product_id, warehouse_id, delta, reason, note, order_id,
                                      request_id)
    SELECT l.product_id, l.warehouse_id, -l.qty, 'sale', o.number, v_order, p_request
      FROM shop.order_lines l JOIN shop.orders o ON o.id = l.order_id
     WHERE l.order_id = v_order ORDER BY l.line_no;
    UPDATE shop.reservations SET status = 'converted', order_id = v_order,
                                 updated_at = clock_timestamp()
     WHERE id = ANY (v_ids);
    INSERT INTO shop.order_events (order_id, from_status, to_status, note, request_id)
    VALUES (v_order, NULL, 'pending', 'checkout', p_request);
    PERFORM qm.finish_request(p_request, jsonb_build_object('order_id', v_order));
    RETURN v_order;
END
$$;

-- Records a payment attempt for a pending order: success -> paid, failure -> payment_status
-- failed (the order stays pending and may be paid again). Returns the order's status.
CREATE FUNCTION storefront.pay(p_request uuid, p_order_id bigint, p_succeed boolean)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_order shop.orders;
BEGIN
    v_prev := qm.begin_request(p_request, 'storefront.pay');
    IF v_prev IS NOT NULL THEN
        RETURN v_prev ->> 'status';
    END IF;
    v_order := qm.lock_order(p_order_id, ARRAY['pending'], 'paid');
    IF v_order.payment_status NOT IN ('unpaid', 'failed') THEN
        RAISE EXCEPTION 'order % is already %', v_order.number, v_order.payment_status
            USING ERRCODE = 'QM409';
    END IF;
    INSERT INTO shop.payments (order_id, kind, status, amount, currency, provider_ref, request_id)
    VALUES (p_order_id, 'charge', CASE WHEN p_succeed THEN 'succeeded' ELSE 'failed' END,
            v_order.total, v_order.currency, 'sim-' || p_request, p_request);
    IF p_succeed THEN
        PERFORM qm.set_order_status(v_order, 'paid', 'payment succeeded', p_request, 'paid');
    ELSE
        PERFORM qm.set_order_status(v_order, 'pending', 'payment failed', p_request, 'failed');
    END IF;
    PERFORM qm.finish_request(p_request, jsonb_build_object('status',
        CASE WHEN p_succeed THEN 'paid' ELSE 'pending' END));
    RETURN CASE WHEN p_succeed THEN 'paid' ELSE 'pending' END;
END
$$;

-- Fulfilment steps: paid -> picking -> shipped -> delivered (paid -> shipped allowed).
CREATE FUNCTION storefront.advance_fulfilment(p_request uuid, p_order_id bigint, p_to text)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_order shop.orders;
    v_from text[];
BEGIN
    v_prev := qm.begin_request(p_request, 'storefront.advance_fulfilment');
    IF v_prev IS NOT NULL THEN
        RETURN v_prev ->> 'status';
    END IF;
    v_from := CASE p_to WHEN 'picking' THEN ARRAY['paid']
                        WHEN 'shipped' THEN ARRAY['paid', 'picking']
                        WHEN 'delivered' THEN ARRAY['shipped'] END;
    IF v_from IS NULL THEN
        PERFORM qm.bad_input('to_status', format('must be picking, shipped or delivered (got %s)',
                                                 p_to));
    END IF;
    v_order := qm.lock_order(p_order_id, v_from, 'moved to ' || p_to);
    PERFORM qm.set_order_status(v_order, p_to, '', p_request);
    PERFORM qm.finish_request(p_request, jsonb_build_object('status', p_to));
    RETURN p_to;
END
$$;

-- The expiry sweep (run it every few seconds): held reservations past expires_at give their
-- quantity back. Returns how many expired. Safe to run concurrently with checkouts.
CREATE FUNCTION storefront.expire_reservations() RETURNS int
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT qm.unhold(NULL, 'expired');
$$;

-- A shopper walked away: releases everything the cart holds. Returns how many were released.
CREATE FUNCTION storefront.abandon_cart(p_request uuid, p_cart_id text) RETURNS int
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_count int;
BEGIN
    v_prev := qm.begin_request(p_request, 'storefront.abandon_cart');
    IF v_prev IS NOT NULL THEN
        RETURN (v_prev ->> 'count')::int;
    END IF;
    v_count := qm.unhold(ARRAY(SELECT id FROM shop.reservations
                                WHERE cart_id = p_cart_id AND status = 'held'), 'released');
    PERFORM qm.finish_request(p_request, jsonb_build_object('count', v_count));
    RETURN v_count;
END
$$;

-- Finds or creates a customer by e-mail (naturally idempotent). Returns the customer id.
CREATE FUNCTION storefront.ensure_customer(p_email text, p_name text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_id bigint;
BEGIN
    IF p_email IS NULL OR p_email !~ '^[^@\s]+@[^@\s]+$' THEN
        PERFORM qm.bad_input('email', 'must be an e-mail address');
    END IF;
    INSERT INTO shop.customers (email, name)
    VALUES (lower(p_email), coalesce(nullif(btrim(p_name), ''), split_part(p_email, '@', 1)))
    ON CONFLICT (email) DO NOTHING
    RETURNING id INTO v_id;
    IF v_id IS NULL THEN
        SELECT id INTO v_id FROM shop.customers WHERE email = lower(p_email);
    END IF;
    RETURN v_id;
END
$$;

RESET ROLE;
