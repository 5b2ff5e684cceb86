-- The sandbox's deterministic catalog: qm_sandbox.seed(products, seed, truncate).
--
--   SELECT qm_sandbox.seed(10000);                     -- the default sandbox (about 1 s)
--   SELECT qm_sandbox.seed(1000000, 42, true);          -- replace everything with 1M products
--
-- Same arguments, same data: every value derives from hashint8extended(row number, seed).
-- Set-based only (generate_series, no per-row loops). Secondary indexes of the bulk tables are
-- dropped during the load and rebuilt after it; foreign-key checks are skipped (superuser) or the
-- keys dropped and re-added; everything is ANALYZEd at the end. Fills: 3 warehouses, 8 + 40 categories, products (attributes, tags), stock levels with
-- matching ledger rows (on_hand == ledger sum), live reservations (reserved == held qty),
-- customers, products/10 historical orders with lines, payments and status events.
-- Refuses to run on a non-empty store unless truncate => true. Run it as a superuser (the
-- sandbox's qm_owner) or a member of qm_contract; nobody else has EXECUTE. Re-running this file
-- replaces the function.

SET ROLE qm_contract;

CREATE SCHEMA IF NOT EXISTS qm_sandbox;
REVOKE ALL ON SCHEMA qm_sandbox FROM PUBLIC;

-- Deterministic pseudo-random integer in [0, m) from a 64-bit hash h and a bit offset k.
CREATE OR REPLACE FUNCTION qm_sandbox.pick(h bigint, k int, m int) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (((h >> k) & 1048575) % m)::int $$;

-- Whether product i is stocked in warehouse w (1 always, 2 for a quarter, 3 for an eighth).
CREATE OR REPLACE FUNCTION qm_sandbox.stocked(h bigint, w int) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT w = 1 OR (w = 2 AND (h >> 3) & 3 = 0) OR (w = 3 AND (h >> 5) & 7 = 0)
$$;

CREATE OR REPLACE FUNCTION qm_sandbox.ms_since(t timestamptz) RETURNS int
LANGUAGE sql VOLATILE AS $$ SELECT (extract(epoch FROM clock_timestamp() - t) * 1000)::int $$;

CREATE OR REPLACE FUNCTION qm_sandbox.seed(products int, seed int DEFAULT 42,
                                           truncate boolean DEFAULT false) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, qm_sandbox, pg_temp AS $$
DECLARE
    n bigint := products;
    s bigint := seed;
    n_orders bigint := greatest(products / 10, 10);
    n_customers bigint := greatest(products / 20, 100);
    t0 timestamptz := clock_timestamp();
    base timestamptz := date_trunc('minute', now());
    d record;
    timings jsonb := '{}';
    tables regclass[] := ARRAY['shop.products', 'shop.stock_levels', 'shop.stock_movements',
                               'shop.reservations', 'shop.orders', 'shop.order_lines',
                               'shop.payments', 'shop.order_events', 'shop.customers']::regclass[];
BEGIN
    IF products IS NULL OR products < 1 OR products > 50000000 THEN
        RAISE EXCEPTION 'products must be between 1 and 50,000,000' USING ERRCODE = 'QM400';
    END IF;
    IF NOT truncate AND (EXISTS (SELECT FROM shop.products) OR EXISTS (SELECT FROM shop.orders)
                         OR EXISTS (SELECT FROM shop.customers)) THEN
        RAISE EXCEPTION 'the store is not empty: call qm_sandbox.seed(%, %, truncate => true) '
                        'to replace its data', products, seed USING ERRCODE = 'QM409';
    END IF;
    PERFORM set_config('maintenance_work_mem', '1GB', true);
    PERFORM set_config('work_mem', '256MB', true);
    PERFORM set_config('synchronous_commit', 'off', true);

    TRUNCATE shop.order_notes, shop.order_events, shop.payments, shop.order_lines, shop.orders,
             shop.reservations, shop.stock_movements, shop.stock_levels, shop.price_history,
             shop.products, shop.customers, shop.categories, shop.warehouses
             RESTART IDENTITY CASCADE;

    -- Drop secondary indexes of the bulk tables; rebuilt at the end. Foreign keys: a superuser
    -- skips their per-row checks (session_replication_role = replica: the data is built
    -- consistent); anyone else drops and re-adds them (one validating join each, slower).
    CREATE TEMP TABLE seed_ddl (seq serial, drop_sql text, create_sql text) ON COMMIT DROP;
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        PERFORM set_config('session_replication_role', 'replica', true);
    ELSE
        INSERT INTO seed_ddl (drop_sql, create_sql)
        SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname),
               format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname,
                      pg_get_constraintdef(c.oid))
          FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid = ANY (tables);
    END IF;
    INSERT INTO seed_ddl (drop_sql, create_sql)
    SELECT format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid)
      FROM pg_index i
     WHERE i.indrelid = ANY (tables)
       AND NOT EXISTS (SELECT FROM pg_constraint c WHERE c.conindid = i.indexrelid);
    FOR d IN SELECT drop_sql FROM seed_ddl ORDER BY seq LOOP
        EXECUTE d.drop_sql;
    END LOOP;

    INSERT INTO shop.warehouses (id, code, name) VALUES
        (1, 'NORTH', 'Hamburg fulfilment centre'),
        (2, 'CENTRAL', 'Kassel distribution hub'),
        (3, 'SOUTH', 'Munich city store');
    INSERT INTO shop.categories (id, parent_id, name, slug)
    SELECT i, NULL, t.name, lower(t.name)
      FROM unnest(ARRAY['Home', 'Kitchen', 'Garden', 'Office', 'Outdoor', 'Lighting',
                        'Storage', 'Tools']) WITH ORDINALITY t (name, i);
    INSERT INTO shop.categories (id, parent_id, name, slug)
    SELECT 8 + i, 1 + (i - 1) % 8, p.name || ' ' || k.kind,
           lower(p.name || '-' || k.kind)
      FROM generate_series(1, 40) i
      JOIN LATERAL (SELECT (ARRAY['Home', 'Kitchen', 'Garden', 'Office', 'Outdoor', 'Lighting',
                                  'Storage', 'Tools'])[1 + (i - 1) % 8] AS name) p ON true
      JOIN LATERAL (SELECT (ARRAY['Essentials', 'Premium', 'Accessories', 'Spares',
                                  'Bundles'])[1 + (i - 1) / 8] AS kind) k ON true;
    timings := timings || jsonb_build_object('setup_ms', ms_since(t0));

    INSERT INTO shop.products (id, sku, name, description, category_id, status, price, currency,
                               attributes, tags, version, created_at, updated_at)
    SELECT i,
           'SKU-' || lpad(i::text, 8, '0'),
           a.w[1 + pick(h, 0, 32)] || ' ' || a.m[1 + pick(h, 5, 16)] || ' '
               || a.n[1 + pick(h, 9, 48)],
           'Deterministic sandbox product #' || i || '.',
           9 + pick(h, 20, 40),
           CASE WHEN pick(h, 26, 100) < 85 THEN 'active'
                WHEN pick(h, 26, 100) < 95 THEN 'draft' ELSE 'archived' END,
           CASE WHEN pick(h, 33, 3) = 0 THEN (1 + pick(h, 35, 400))::numeric + 0.99
                ELSE round((50 + pick(h, 35, 50000))::numeric / 100, 2) END,
           'EUR',
           jsonb_build_object('color', a.c[1 + pick(h, 44, 10)],
                              'size', a.z[1 + pick(h, 48, 5)],
                              'weight_g', 50 + pick(h, 50, 5000)),
           CASE pick(h, 40, 4)
               WHEN 0 THEN ARRAY[a.t[1 + pick(h, 52, 12)]]
               WHEN 1 THEN ARRAY[a.t[1 + pick(h, 52, 12)],
                                 a.t[1 + (pick(h, 52, 12) + 1 + pick(h, 56, 11)) % 12]]
               WHEN 2 THEN ARRAY[]::text[]
               ELSE ARRAY['sale', a.t[1 + pick(h, 52, 12)]] END,
           1,
           base - make_interval(mins => 60 * 24 * 30 + pick(h, 30, 60 * 24 * 700)),
           base - make_interval(mins => pick(h, 12, 60 * 24 * 30))
      FROM (SELECT i, hashint8extended(i, s) AS h FROM generate_series(1, n) i) g,
           (SELECT ARRAY['Sturdy', 'Compact', 'Classic', 'Modern', 'Rustic', 'Elegant', 'Smart',
                         'Portable', 'Deluxe', 'Basic', 'Vintage', 'Sleek', 'Robust', 'Cozy',
                         'Bright', 'Quiet', 'Foldable', 'Heavy-duty', 'Mini', 'Grand', 'Nordic',
                         'Urban', 'Travel', 'Pro', 'Eco', 'Soft', 'Tall', 'Round', 'Square',
                         'Slim', 'Wide', 'Twin'] AS w,
                   ARRAY['Oak', 'Steel', 'Bamboo', 'Glass', 'Ceramic', 'Linen', 'Copper',
                         'Walnut', 'Aluminium', 'Cotton', 'Stone', 'Wool', 'Brass', 'Pine',
                         'Leather', 'Marble'] AS m,
                   ARRAY['Lamp', 'Chair', 'Table', 'Shelf', 'Kettle', 'Mug', 'Planter', 'Rug',
                         'Clock', 'Mirror', 'Basket', 'Stool', 'Desk', 'Bench', 'Vase',
                         'Cushion', 'Blanket', 'Tray', 'Bowl', 'Pan', 'Knife', 'Board', 'Jar',
                         'Hook', 'Rack', 'Crate', 'Box', 'Lantern', 'Pot', 'Spade', 'Hose',
                         'Drill', 'Hammer', 'Saw', 'Ladder', 'Cabinet', 'Drawer', 'Bin',
                         'Candle', 'Frame', 'Towel', 'Curtain', 'Sofa', 'Bed', 'Wardrobe',
                         'Fan', 'Heater', 'Speaker'] AS n,
                   ARRAY['black', 'white', 'grey', 'red', 'blue', 'green', 'natural', 'yellow',
                         'brown', 'silver'] AS c,
                   ARRAY['XS', 'S', 'M', 'L', 'XL'] AS z,
                   ARRAY['new', 'bestseller', 'eco', 'gift', 'limited', 'bundle', 'outdoor',
                         'kids', 'premium', 'clearance', 'handmade', 'imported'] AS t) a;
    timings := timings || jsonb_build_object('products_ms', ms_since(t0));

    -- Stock rows; one in 100 carries a live reservation of 1-2 units (when on_hand allows).
    INSERT INTO shop.stock_levels (product_id, warehouse_id, on_hand, reserved,
                                   low_stock_threshold, updated_at)
    SELECT i, w, oh,
           CASE WHEN pick(hw, 20, 100) = 0 AND oh >= 2 THEN 1 + pick(hw, 28, 2) ELSE 0 END,
           CASE WHEN pick(hw, 32, 2) = 0 THEN 5 ELSE 10 END,
           base - make_interval(mins => pick(hw, 36, 60 * 24 * 30))
      FROM (SELECT i, w, hw,
                   CASE WHEN pick(hw, 0, 20) = 0 THEN pick(hw, 6, 6) ELSE pick(hw, 6, 250) END AS oh
              FROM (SELECT i, hashint8extended(i, s) AS h FROM generate_series(1, n) i) g
             CROSS JOIN generate_series(1, 3) w
             CROSS JOIN LATERAL (SELECT hashint8extended(i * 4 + w, s + 1) AS hw) x
             WHERE stocked(h, w)) st;
    INSERT INTO shop.reservations (cart_id, product_id, warehouse_id, qty, status, created_at,
                                   expires_at, updated_at)
    SELECT 'seed-cart-' || product_id || '-' || warehouse_id, product_id, warehouse_id, reserved,
           'held', now(), now() + interval '15 minutes', now()
      FROM shop.stock_levels WHERE reserved > 0 ORDER BY product_id, warehouse_id;
    timings := timings || jsonb_build_object('stock_ms', ms_since(t0));

    INSERT INTO shop.customers (id, email, name, created_at)
    SELECT i, 'customer' || i || '@example.test',
           (ARRAY['Anna', 'Ben', 'Clara', 'David', 'Eva', 'Felix', 'Greta', 'Hugo', 'Ida', 'Jonas',
                  'Karla', 'Leon', 'Mia', 'Noah', 'Olga', 'Paul'])[1 + pick(h, 0, 16)] || ' ' ||
           (ARRAY['Schmidt', 'Meyer', 'Weber', 'Fischer', 'Wagner', 'Becker', 'Hoffmann',
                  'Koch', 'Richter', 'Klein', 'Wolf', 'Braun'])[1 + pick(h, 8, 12)],
           base - make_interval(days => 100 + pick(h, 16, 900))
      FROM (SELECT i, hashint8extended(i, s + 2) AS h FROM generate_series(1, n_customers) i) g;

    -- Historical orders: one to four lines each, spread over the last 60 days (newest now).
    CREATE TEMP TABLE seed_orders ON COMMIT DROP AS
    SELECT o, h, created,
           CASE WHEN pick(h, 20, 100) < 3 THEN 'cancelled'
                WHEN pick(h, 20, 100) < 5 AND age > 3 * 1440 THEN 'refunded'
                WHEN age < 10 THEN 'pending'
                WHEN age < 60 THEN 'paid'
                WHEN age < 240 THEN 'picking'
                WHEN age < 3 * 1440 THEN 'shipped'
                ELSE 'delivered' END AS status
      FROM (SELECT o, h, age, base - make_interval(mins => age) AS created
              FROM (SELECT o, hashint8extended(o, s + 3) AS h,
                           ((n_orders - o) * (60 * 1440) / n_orders)::int AS age
                      FROM generate_series(1, n_orders) o) a) b;
    ANALYZE seed_orders;

    INSERT INTO shop.order_lines (order_id, line_no, product_id, warehouse_id, sku, name, qty,
                                  unit_price, line_total)
    SELECT g.o, g.l, p.id,
           CASE WHEN stocked(hashint8extended(p.id, s), 2) AND pick(g.hl, 40, 2) = 0 THEN 2
                ELSE 1 END,
           p.sku, p.name, g.qty, p.price, g.qty * p.price
      FROM (SELECT o, l, hl, 1 + pick(hl, 50, 3) AS qty,
                   1 + (pick(hl, 0, 1048576)::bigint * 1048576 + pick(hl, 20, 1048576)) % n AS pid
              FROM (SELECT o, hashint8extended(o, s + 3) AS h
                      FROM generate_series(1, n_orders) o) g0
             CROSS JOIN LATERAL generate_series(1, 1 + pick(h, 0, 4)) l
             CROSS JOIN LATERAL (SELECT hashint8extended(o * 8 + l, s + 4) AS hl) x) g
      JOIN shop.products p ON p.id = g.pid
     ORDER BY g.o, g.l;

    INSERT INTO shop.orders (id, number, customer_id, channel, status, payment_status, total,
                             currency, created_at, updated_at, change_seq)
    SELECT so.o, 'SO-' || lpad(so.o::text, 8, '0'), 1 + pick(so.h, 24, 1048576) % n_customers,
           (ARRAY['web', 'web', 'web', 'app', 'app', 'marketplace'])[1 + pick(so.h, 44, 6)],
           so.status,
           CASE so.status WHEN 'pending' THEN 'unpaid' WHEN 'cancelled' THEN 'unpaid'
                          WHEN 'refunded' THEN 'refunded' ELSE 'paid' END,
           t.total, 'EUR', so.created,
           so.created + CASE so.status WHEN 'pending' THEN interval '0'
                                       WHEN 'paid' THEN interval '2 minutes'
                                       WHEN 'picking' THEN interval '1 hour'
                                       WHEN 'shipped' THEN interval '3 hours'
                                       WHEN 'cancelled' THEN interval '5 minutes'
                                       ELSE interval '2 days' END,
           so.o
      FROM seed_orders so
      JOIN (SELECT order_id, sum(line_total) AS total FROM shop.order_lines
             GROUP BY order_id) t ON t.order_id = so.o
     ORDER BY so.o;

    INSERT INTO shop.payments (order_id, kind, status, amount, currency, provider_ref, at)
    SELECT o.id, k.kind, 'succeeded', o.total, o.currency, 'seed-' || o.id || '-' || k.kind,
           o.created_at + CASE k.kind WHEN 'charge' THEN interval '1 minute'
                                      ELSE interval '2 days' END
      FROM shop.orders o
     CROSS JOIN (VALUES ('charge'), ('refund')) k (kind)
     WHERE o.payment_status IN ('paid', 'refunded')
       AND (k.kind = 'charge' OR o.payment_status = 'refunded')
     ORDER BY o.id, k.kind;

    -- Status timeline: every step the order went through, then a final cancel/refund.
    INSERT INTO shop.order_events (order_id, from_status, to_status, note, actor, at)
    SELECT o.id, v.prev, v.status, CASE WHEN v.step = 0 THEN 'checkout' ELSE '' END, 'seed',
           o.created_at + v.after
      FROM shop.orders o
      JOIN (VALUES (0, NULL, 'pending', interval '0'), (1, 'pending', 'paid', interval '1 minute'),
                   (2, 'paid', 'picking', interval '1 hour'),
                   (3, 'picking', 'shipped', interval '3 hours'),
                   (4, 'shipped', 'delivered', interval '2 days')) v (step, prev, status, after)
        ON v.step <= CASE o.status WHEN 'pending' THEN 0 WHEN 'paid' THEN 1 WHEN 'picking' THEN 2
                                   WHEN 'shipped' THEN 3 WHEN 'cancelled' THEN 0 ELSE 4 END
    UNION ALL
    SELECT o.id, CASE o.status WHEN 'cancelled' THEN 'pending' ELSE 'delivered' END, o.status,
           '', 'seed', o.updated_at
      FROM shop.orders o WHERE o.status IN ('cancelled', 'refunded');
    timings := timings || jsonb_build_object('orders_ms', ms_since(t0));

    -- The ledger: an opening balance per stock row that, with the sales (and the restocks of
    -- cancelled orders), sums to on_hand exactly.
    INSERT INTO shop.stock_movements (product_id, warehouse_id, delta, reason, note, order_id,
                                      actor, at)
    SELECT product_id, warehouse_id, delta, reason, note, order_id, 'seed', at FROM (
        SELECT sl.product_id, sl.warehouse_id,
               sl.on_hand + coalesce(sold.qty, 0) AS delta, 'initial' AS reason,
               'opening balance' AS note, NULL::bigint AS order_id,
               base - interval '800 days' AS at
          FROM shop.stock_levels sl
          LEFT JOIN (SELECT l.product_id, l.warehouse_id, sum(l.qty) AS qty
                       FROM shop.order_lines l JOIN seed_orders so ON so.o = l.order_id
                      WHERE so.status <> 'cancelled'
                      GROUP BY 1, 2) sold
                 ON sold.product_id = sl.product_id AND sold.warehouse_id = sl.warehouse_id
         WHERE sl.on_hand + coalesce(sold.qty, 0) <> 0
        UNION ALL
        SELECT l.product_id, l.warehouse_id, -l.qty, 'sale',
               'SO-' || lpad(l.order_id::text, 8, '0'), l.order_id, so.created
          FROM shop.order_lines l JOIN seed_orders so ON so.o = l.order_id
        UNION ALL
        SELECT l.product_id, l.warehouse_id, l.qty, 'cancelled',
               'SO-' || lpad(l.order_id::text, 8, '0'), l.order_id,
               so.created + interval '5 minutes'
          FROM shop.order_lines l JOIN seed_orders so ON so.o = l.order_id
         WHERE so.status = 'cancelled') m;
    timings := timings || jsonb_build_object('ledger_ms', ms_since(t0));

    PERFORM setval(pg_get_serial_sequence('shop.products', 'id'), n);
    PERFORM setval(pg_get_serial_sequence('shop.customers', 'id'), n_customers);
    PERFORM setval(pg_get_serial_sequence('shop.orders', 'id'), n_orders);
    PERFORM setval('shop.order_number_seq', n_orders);
    PERFORM setval('shop.orders_change_seq', n_orders);
    PERFORM setval(pg_get_serial_sequence('shop.warehouses', 'id'), 3);
    PERFORM setval(pg_get_serial_sequence('shop.categories', 'id'), 48);

    FOR d IN SELECT create_sql FROM seed_ddl ORDER BY seq DESC LOOP
        EXECUTE d.create_sql;
    END LOOP;
    timings := timings || jsonb_build_object('indexes_ms', ms_since(t0));
    ANALYZE shop.products, shop.stock_levels, shop.stock_movements, shop.reservations,
            shop.orders, shop.order_lines, shop.payments, shop.order_events, shop.customers,
            shop.categories, shop.warehouses;
    RETURN jsonb_build_object(
        'products', n, 'orders', n_orders, 'customers', n_customers,
        'stock_rows', (SELECT count(*) FROM shop.stock_levels),
        'reservations', (SELECT count(*) FROM shop.reservations),
        'seconds', round(extract(epoch FROM clock_timestamp() - t0)::numeric, 2),
        'timings', timings);
END
$$;

REVOKE ALL ON FUNCTION qm_sandbox.seed(int, int, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION qm_sandbox.pick(bigint, int, int) FROM PUBLIC;
REVOKE ALL ON FUNCTION qm_sandbox.stocked(bigint, int) FROM PUBLIC;
REVOKE ALL ON FUNCTION qm_sandbox.ms_since(timestamptz) FROM PUBLIC;

RESET ROLE;
