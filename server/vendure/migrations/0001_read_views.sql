-- 0001 (Vendure): the console's read contract beside a Vendure 3 store, in schema qm_vendure of
-- Vendure's own database. Same view names, columns and types as the reference store's console.*
-- views (server/migrations/0002, 0003, 0004, 0201, 0202), so the console's read code only swaps
-- the schema name. Nothing here is created in `public` or changes a Vendure table: views and
-- functions only, owned by whoever runs `qmctl migrate --backend vendure` (a role that can read
-- Vendure's tables: its owner or a superuser). Console roles get SELECT on these views and no
-- right on any Vendure table. See server/vendure/README.md for each column's source.
--
-- Ids stay Vendure's integer columns, uncast (where console.* has bigint): a cast would hide
-- them from Vendure's primary keys and foreign-key indexes, so keyset pages in id order and
-- lookups by id would read whole tables. The console reads ids as 64-bit numbers and compares
-- them with bigint parameters, which btree's cross-type integer operators serve from the index.
--
-- Vendure facts the views rely on: money is integer minor units; timestamps are `timestamp
-- without time zone` written by a UTC server (read here AT TIME ZONE 'UTC'); names live in
-- *_translation tables (the default channel's language is used); prices per channel and
-- currency in product_variant_price (the default channel's default currency is used).

-- Group roles: a real Vendure database cluster has none of the console's. Creating them (and
-- making qm_admin a member of the other three) needs CREATEROLE; where they exist already, with
-- that membership, this needs no right on roles at all.
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['qm_merchandiser', 'qm_store_manager', 'qm_oncall', 'qm_admin'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
    FOREACH r IN ARRAY ARRAY['qm_merchandiser', 'qm_store_manager', 'qm_oncall'] LOOP
        IF NOT pg_has_role('qm_admin', r, 'MEMBER') THEN
            EXECUTE format('GRANT %I TO qm_admin', r);
        END IF;
    END LOOP;
END
$$;

DO $$
BEGIN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO qm_merchandiser, qm_store_manager, '
                   'qm_oncall, qm_admin', current_database());
END
$$;

CREATE SCHEMA IF NOT EXISTS qm_vendure;
REVOKE ALL ON SCHEMA qm_vendure FROM PUBLIC;
COMMENT ON SCHEMA qm_vendure IS
    'Quartermaster console: read views over Vendure''s tables (qmctl migrate --backend vendure)';

-- ---------------------------------------------------------------------------------------------
-- Helpers.
-- ---------------------------------------------------------------------------------------------

-- The helpers below have no SET clause so that the planner inlines them into the views (they
-- use built-in operators only; pg_catalog is searched first).

-- Minor units -> major units (the views cast to the reference store's numeric(12,2)). ISO 4217 currencies without
-- a minor unit are stored by Vendure in whole units.
CREATE FUNCTION qm_vendure.major(p_minor bigint, p_currency text) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (p_minor::numeric / CASE WHEN upper(p_currency) IN (
                'BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX',
                'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF') THEN 1 ELSE 100 END)::numeric(12, 2);
$$;

-- Vendure's timestamps (timestamp without time zone, UTC) -> timestamptz.
CREATE FUNCTION qm_vendure.utc(p timestamp) RETURNS timestamptz
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT p AT TIME ZONE 'UTC';
$$;

-- An integer version from Vendure's updatedAt (milliseconds, wrapped into int4): equal while
-- the row is unchanged, different after any save. Writes use updatedAt itself (Admin API).
CREATE FUNCTION qm_vendure.version_of(p timestamp) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ((extract(epoch FROM p) * 1000)::bigint % 2147483647)::int;
$$;

-- The full 64-bit transaction id (xid8) of a 32-bit xid such as a row's xmin: the one in the
-- 2^32 ids up to the current snapshot's next xid. Rows older than 2^32 transactions map wrongly
-- (they are frozen long before; README).
CREATE FUNCTION qm_vendure.xid8_of(p xid) RETURNS xid8
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    -- One expression (no FROM) so that it is inlined: called per row of "order".
    SELECT (((pg_snapshot_xmax(pg_current_snapshot())::text::bigint >> 32)
             - CASE WHEN p::text::bigint
                         <= (pg_snapshot_xmax(pg_current_snapshot())::text::bigint & 4294967295)
                    THEN 0 ELSE 1 END) << 32 | p::text::bigint)::text::xid8;
$$;

-- The default channel: its language names things, its currency prices them. A definer
-- function rather than a view so that it is not mistaken for a console view; called once per
-- query (CROSS JOIN).
CREATE FUNCTION qm_vendure.default_channel()
RETURNS TABLE (id int, language text, currency text, out_of_stock_threshold int)
LANGUAGE sql STABLE SECURITY DEFINER ROWS 1 SET search_path = pg_catalog, pg_temp AS $$
    SELECT c.id, c."defaultLanguageCode"::text, c."defaultCurrencyCode"::text,
           c."outOfStockThreshold"
    FROM public.channel c WHERE c.code = '__default_channel__';
$$;

-- Vendure order state -> the reference store's order status vocabulary
-- (pending, paid, picking, shipped, delivered, cancelled, refunded).
CREATE FUNCTION qm_vendure.order_status(p_state text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE p_state
        WHEN 'Created' THEN 'pending' WHEN 'Draft' THEN 'pending'
        WHEN 'AddingItems' THEN 'pending' WHEN 'ArrangingPayment' THEN 'pending'
        WHEN 'PaymentAuthorized' THEN 'pending'
        WHEN 'PaymentSettled' THEN 'paid'
        WHEN 'Modifying' THEN 'paid' WHEN 'ArrangingAdditionalPayment' THEN 'paid'
        WHEN 'PartiallyShipped' THEN 'picking'
        WHEN 'Shipped' THEN 'shipped' WHEN 'PartiallyDelivered' THEN 'shipped'
        WHEN 'Delivered' THEN 'delivered'
        WHEN 'Cancelled' THEN 'cancelled'
        ELSE lower(p_state) END;
$$;

-- ---------------------------------------------------------------------------------------------
-- Catalog.
-- ---------------------------------------------------------------------------------------------

-- Collections (not the root, not private) are the categories.
CREATE VIEW qm_vendure.categories AS
    SELECT c.id, CASE WHEN pc."isRoot" THEN NULL ELSE c."parentId" END AS parent_id,
           coalesce(t.name, '')::text AS name, coalesce(t.slug, c.id::text)::text AS slug
    FROM public.collection c
    LEFT JOIN public.collection pc ON pc.id = c."parentId"
    LEFT JOIN LATERAL (
        SELECT ct.name, ct.slug FROM public.collection_translation ct, qm_vendure.default_channel() d
        WHERE ct."baseId" = c.id
        ORDER BY ct."languageCode" = d.language DESC, ct.id LIMIT 1) t ON true
    WHERE NOT c."isRoot" AND NOT c."isPrivate";

-- One row per product variant (Vendure's sellable unit = the reference store's product).
--   status      'archived' (soft-deleted), 'active' (variant and product enabled), else 'draft'
--   category    the variant's first public collection (lowest id)
--   attributes  the variant's options, {"group code": "option code"}
--   tags        the codes of the facet values of the variant and its product
--   on_hand / reserved   stockOnHand / stockAllocated summed over stock locations
--   low_stock   any location's saleable stock at or below its out-of-stock threshold
--   version     from the newest updatedAt of variant, price and translation (see version_of)
-- Per-variant values are scalar subqueries on Vendure's per-variant indexes rather than joins:
-- the planner computes them after ORDER BY ... LIMIT for the rows of the page only, unless the
-- page is sorted or filtered by them.
CREATE VIEW qm_vendure.products AS
    SELECT k.id, k.sku, k.name, k.description, k.category_id,
           (SELECT ct.name::text FROM public.collection_translation ct
             WHERE ct."baseId" = k.category_id
             ORDER BY ct."languageCode" = k.language DESC, ct.id LIMIT 1) AS category,
           k.status, qm_vendure.major(k.price_minor, k.currency)::numeric(12, 2) AS price,
           k.currency::char(3) AS currency,
           (SELECT coalesce(jsonb_object_agg(g.code, o.code), '{}'::jsonb)
              FROM public.product_variant_options_product_option vo
              JOIN public.product_option o ON o.id = vo."productOptionId"
              JOIN public.product_option_group g ON g.id = o."groupId"
             WHERE vo."productVariantId" = k.id) AS attributes,
           (SELECT coalesce(array_agg(DISTINCT fv.code::text), '{}'::text[])
              FROM public.facet_value fv
             WHERE fv.id IN (SELECT x."facetValueId"
                               FROM public.product_variant_facet_values_facet_value x
                              WHERE x."productVariantId" = k.id
                             UNION ALL
                             SELECT y."facetValueId" FROM public.product_facet_values_facet_value y
                              WHERE y."productId" = k.product_id)) AS tags,
           qm_vendure.version_of(k.changed) AS version, qm_vendure.utc(k.created) AS created_at,
           qm_vendure.utc(k.changed) AS updated_at,
           coalesce((SELECT sum(l."stockOnHand") FROM public.stock_level l
                      WHERE l."productVariantId" = k.id), 0)::bigint AS on_hand,
           coalesce((SELECT sum(l."stockAllocated") FROM public.stock_level l
                      WHERE l."productVariantId" = k.id), 0)::bigint AS reserved,
           coalesce((SELECT sum(l."stockOnHand" - l."stockAllocated") FROM public.stock_level l
                      WHERE l."productVariantId" = k.id), 0)::bigint AS available,
           coalesce((SELECT bool_or(l."stockOnHand" - l."stockAllocated" <= k.threshold)
                       FROM public.stock_level l WHERE l."productVariantId" = k.id), false)
               AS low_stock
    FROM (
        SELECT v.id, v.sku::text AS sku, v."productId" AS product_id, d.language,
               coalesce((SELECT x.name FROM public.product_variant_translation x
                          WHERE x."baseId" = v.id AND x."languageCode" = d.language
                          ORDER BY x.id LIMIT 1), '')::text AS name,
               coalesce((SELECT x.description FROM public.product_translation x
                          WHERE x."baseId" = v."productId" AND x."languageCode" = d.language
                          ORDER BY x.id LIMIT 1), '')::text AS description,
               (SELECT min(cv."collectionId")
                  FROM public.collection_product_variants_product_variant cv
                  JOIN public.collection c ON c.id = cv."collectionId"
                 WHERE cv."productVariantId" = v.id AND NOT c."isPrivate" AND NOT c."isRoot"
               )::int AS category_id,
               CASE WHEN v."deletedAt" IS NOT NULL OR p."deletedAt" IS NOT NULL THEN 'archived'
                    WHEN v.enabled AND p.enabled THEN 'active' ELSE 'draft' END AS status,
               (SELECT x.price FROM public.product_variant_price x
                 WHERE x."variantId" = v.id AND x."channelId" = d.id
                   AND x."currencyCode" = d.currency ORDER BY x.id LIMIT 1)::bigint AS price_minor,
               d.currency,
               greatest(v."updatedAt",
                        (SELECT x."updatedAt" FROM public.product_variant_price x
                          WHERE x."variantId" = v.id AND x."channelId" = d.id
                            AND x."currencyCode" = d.currency ORDER BY x.id LIMIT 1),
                        (SELECT x."updatedAt" FROM public.product_variant_translation x
                          WHERE x."baseId" = v.id AND x."languageCode" = d.language
                          ORDER BY x.id LIMIT 1)) AS changed,
               v."createdAt" AS created,
               CASE WHEN v."useGlobalOutOfStockThreshold" THEN d.out_of_stock_threshold
                    ELSE v."outOfStockThreshold" END AS threshold
        FROM public.product_variant v
        CROSS JOIN qm_vendure.default_channel() d
        JOIN public.product p ON p.id = v."productId"
    ) k;

-- Vendure keeps no price history (a price change overwrites product_variant_price).
CREATE VIEW qm_vendure.price_history AS
    SELECT NULL::bigint AS id, NULL::bigint AS product_id, NULL::text AS sku,
           NULL::numeric(12, 2) AS old_price, NULL::numeric(12, 2) AS new_price,
           NULL::char(3) AS currency, NULL::uuid AS request_id, NULL::text AS actor,
           NULL::timestamptz AS at
    WHERE false;
COMMENT ON VIEW qm_vendure.price_history IS
    'Always empty: Vendure overwrites product_variant_price and keeps no history of prices.';

CREATE FUNCTION qm_vendure.products_estimate() RETURNS bigint
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN c.reltuples < 0 THEN -1 ELSE greatest(c.reltuples, 0)::bigint END
    FROM pg_class c WHERE c.oid = 'public.product_variant'::regclass;
$$;

-- Page samples for the scrollbar (console.products_sample / products_sample_keys, 0201/0202):
-- TABLESAMPLE reads only p_percent of product_variant's pages. SECURITY DEFINER: the caller
-- has no right on Vendure's tables. PL/pgSQL so that each call is planned with its percentage
-- (a generic plan of a SQL function expects a large sample and joins whole tables).
CREATE FUNCTION qm_vendure.products_sample(p_percent real, p_seed int DEFAULT 1)
RETURNS SETOF qm_vendure.products
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN QUERY
    SELECT v.* FROM qm_vendure.products v
    WHERE v.id IN (SELECT s.id FROM public.product_variant s
                   TABLESAMPLE SYSTEM (least(greatest(p_percent, 0.0001), 100))
                   REPEATABLE (p_seed));
END
$$;

CREATE FUNCTION qm_vendure.products_sample_keys(p_percent real, p_seed int DEFAULT 1)
RETURNS TABLE (id bigint, sku text, name text, category_id int, status text, price numeric,
               updated_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    -- Only the key columns: the view computes no stock, tags or options for them.
    RETURN QUERY
    SELECT v.id::bigint, v.sku, v.name, v.category_id, v.status, v.price::numeric, v.updated_at
    FROM qm_vendure.products v
    WHERE v.id IN (SELECT s.id FROM public.product_variant s
                   TABLESAMPLE SYSTEM (least(greatest(p_percent, 0.0001), 100))
                   REPEATABLE (p_seed));
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Stock.
-- ---------------------------------------------------------------------------------------------

-- Stock locations have no code: the name is both.
CREATE VIEW qm_vendure.warehouses AS
    SELECT sl.id, sl.name::text AS code, sl.name::text AS name FROM public.stock_location sl;

-- Vendure's stock movement types as the reference store's reasons. Allocations and releases
-- move `reserved`, not on hand: they are the reservations view, not ledger rows.
CREATE VIEW qm_vendure.movement_reasons AS
    SELECT r.code, r.label, r.sign::char(1) AS sign, r.manual
    FROM (VALUES ('correction', 'Stock adjustment', '*', true),
                 ('sale', 'Sold (fulfilled)', '-', false),
                 ('cancelled', 'Order cancelled: restocked', '+', false),
                 ('return', 'Customer return', '+', false)) r (code, label, sign, manual);

CREATE VIEW qm_vendure.stock_levels AS
    SELECT l."productVariantId" AS product_id, v.sku::text AS sku,
           coalesce(vt.name, '')::text AS name, l."stockLocationId" AS warehouse_id,
           sl.name::text AS warehouse, l."stockOnHand" AS on_hand, l."stockAllocated" AS reserved,
           l."stockOnHand" - l."stockAllocated" AS available,
           CASE WHEN v."useGlobalOutOfStockThreshold" THEN d.out_of_stock_threshold
                ELSE v."outOfStockThreshold" END AS low_stock_threshold,
           l."stockOnHand" - l."stockAllocated"
               <= CASE WHEN v."useGlobalOutOfStockThreshold" THEN d.out_of_stock_threshold
                       ELSE v."outOfStockThreshold" END AS low_stock,
           qm_vendure.utc(l."updatedAt") AS updated_at
    FROM public.stock_level l
    CROSS JOIN qm_vendure.default_channel() d
    JOIN public.product_variant v ON v.id = l."productVariantId"
    JOIN public.stock_location sl ON sl.id = l."stockLocationId"
    LEFT JOIN public.product_variant_translation vt
           ON vt."baseId" = v.id AND vt."languageCode" = d.language;

CREATE VIEW qm_vendure.low_stock AS
    SELECT s.product_id, s.sku, s.name, s.warehouse_id, s.warehouse, s.on_hand, s.reserved,
           s.available, s.low_stock_threshold, s.updated_at
    FROM qm_vendure.stock_levels s WHERE s.low_stock;

-- On-hand movements only (ADJUSTMENT, SALE, CANCELLATION, RETURN); note, request_id and actor
-- are not recorded by Vendure (NULL / '').
CREATE VIEW qm_vendure.stock_ledger AS
    SELECT m.id AS id, qm_vendure.utc(m."createdAt") AS at,
           m."productVariantId" AS product_id, v.sku::text AS sku,
           m."stockLocationId" AS warehouse_id, sl.name::text AS warehouse, m.quantity AS delta,
           CASE m.type WHEN 'ADJUSTMENT' THEN 'correction' WHEN 'SALE' THEN 'sale'
                       WHEN 'CANCELLATION' THEN 'cancelled' WHEN 'RETURN' THEN 'return'
                       ELSE lower(m.type) END AS reason,
           ''::text AS note, ol."orderId" AS order_id, NULL::uuid AS request_id,
           NULL::text AS actor
    FROM public.stock_movement m
    JOIN public.product_variant v ON v.id = m."productVariantId"
    JOIN public.stock_location sl ON sl.id = m."stockLocationId"
    LEFT JOIN public.order_line ol ON ol.id = m."orderLineId"
    WHERE m.type IN ('ADJUSTMENT', 'SALE', 'CANCELLATION', 'RETURN');

-- Allocations (stock set aside for a placed order's line) are the reservations. An allocation
-- is 'converted' once the line has a SALE, 'released' once it has a RELEASE or CANCELLATION,
-- else 'held'. cart_id is the order code; Vendure's allocations do not expire (expires_at NULL).
CREATE VIEW qm_vendure.reservations AS
    SELECT a.id AS id, o.code::text AS cart_id, a."productVariantId" AS product_id,
           v.sku::text AS sku, a."stockLocationId" AS warehouse_id, sl.name::text AS warehouse,
           a.quantity AS qty, st.status, st.status = 'held' AS live,
           qm_vendure.utc(a."createdAt") AS created_at, NULL::timestamptz AS expires_at,
           qm_vendure.utc(a."updatedAt") AS updated_at, ol."orderId" AS order_id
    FROM public.stock_movement a
    JOIN public.product_variant v ON v.id = a."productVariantId"
    JOIN public.stock_location sl ON sl.id = a."stockLocationId"
    LEFT JOIN public.order_line ol ON ol.id = a."orderLineId"
    LEFT JOIN public."order" o ON o.id = ol."orderId"
    CROSS JOIN LATERAL (
        SELECT CASE WHEN bool_or(m.type = 'SALE') THEN 'converted'
                    WHEN bool_or(m.type IN ('RELEASE', 'CANCELLATION')) THEN 'released'
                    ELSE 'held' END AS status
        FROM public.stock_movement m
        WHERE m."orderLineId" = a."orderLineId" AND m.type IN ('SALE', 'RELEASE', 'CANCELLATION')
    ) st
    WHERE a.type = 'ALLOCATION';

-- The reference store's report compares stock rows with a ledger the console writes; Vendure's
-- ledger is its own business. ok is NULL (not checked); the drift columns are 0.
CREATE VIEW qm_vendure.reconcile_report AS
    SELECT l.product_id, l.sku, l.warehouse_id, l.warehouse, l.on_hand,
           l.on_hand::bigint AS ledger_sum, 0::bigint AS on_hand_drift, l.reserved,
           l.reserved::bigint AS held_qty, 0::bigint AS reserved_drift, NULL::boolean AS ok
    FROM qm_vendure.stock_levels l WHERE false;
COMMENT ON VIEW qm_vendure.reconcile_report IS
    'Always empty: reconciliation against the console''s ledger is a reference-store feature.';

-- ---------------------------------------------------------------------------------------------
-- Orders. Only placed orders ("orderPlacedAt" set): carts (AddingItems, ArrangingPayment) are
-- not orders yet. change_xid is the transaction that wrote the row's current version (its xmin),
-- change_seq the same as a number: see 0002 and README for the feed.
-- ---------------------------------------------------------------------------------------------
CREATE VIEW qm_vendure.orders AS
    SELECT o.id AS id, o.code::text AS number, o."customerId" AS customer_id,
           c."emailAddress"::text AS customer_email,
           nullif(trim(concat_ws(' ', c."firstName", c."lastName")), '') AS customer_name,
           'web'::text AS channel,
           CASE WHEN o.state = 'Cancelled' AND ps.refunded THEN 'refunded'
                ELSE qm_vendure.order_status(o.state) END AS status,
           CASE WHEN ps.refunded THEN 'refunded' WHEN ps.settled THEN 'paid'
                WHEN ps.failed AND NOT ps.authorized THEN 'failed' ELSE 'unpaid' END
               AS payment_status,
           qm_vendure.major(o."subTotalWithTax"::bigint + o."shippingWithTax", o."currencyCode")::numeric(12, 2)
               AS total,
           o."currencyCode"::char(3) AS currency,
           qm_vendure.utc(o."orderPlacedAt") AS created_at,
           qm_vendure.utc(o."updatedAt") AS updated_at,
           qm_vendure.xid8_of(o.xmin)::text::bigint AS change_seq,
           qm_vendure.xid8_of(o.xmin) AS change_xid,
           (SELECT count(*) FROM public.order_line ol WHERE ol."orderId" = o.id) AS line_count
    FROM public."order" o
    LEFT JOIN public.customer c ON c.id = o."customerId"
    LEFT JOIN LATERAL (
        SELECT coalesce(bool_or(p.state = 'Settled'), false) AS settled,
               coalesce(bool_or(p.state = 'Authorized'), false) AS authorized,
               coalesce(bool_or(p.state IN ('Declined', 'Error')), false) AS failed,
               EXISTS (SELECT FROM public.refund r
                        WHERE r."paymentId" = ANY (array_agg(p.id)) AND r.state = 'Settled')
                   AS refunded
        FROM public.payment p WHERE p."orderId" = o.id
    ) ps ON true
    WHERE o."orderPlacedAt" IS NOT NULL;

-- Lines: unit_price is Vendure's listPrice (with tax when listPriceIncludesTax), before
-- promotions; warehouse is where the line's stock was allocated or sold (NULL before).
CREATE VIEW qm_vendure.order_lines AS
    SELECT ol.id AS id, ol."orderId" AS order_id,
           (SELECT count(*) FROM public.order_line x
             WHERE x."orderId" = ol."orderId" AND x.id <= ol.id)::int AS line_no,
           ol."productVariantId" AS product_id, w.id AS warehouse_id,
           w.name::text AS warehouse, v.sku::text AS sku, coalesce(vt.name, '')::text AS name,
           ol.quantity AS qty, qm_vendure.major(ol."listPrice", o."currencyCode")::numeric(12, 2) AS unit_price,
           qm_vendure.major(ol."listPrice"::bigint * ol.quantity, o."currencyCode")::numeric(12, 2) AS line_total
    FROM public.order_line ol
    CROSS JOIN qm_vendure.default_channel() d
    JOIN public."order" o ON o.id = ol."orderId"
    LEFT JOIN public.product_variant v ON v.id = ol."productVariantId"
    LEFT JOIN public.product_variant_translation vt
           ON vt."baseId" = v.id AND vt."languageCode" = d.language
    LEFT JOIN LATERAL (
        SELECT sl.id, sl.name FROM public.stock_movement m
        JOIN public.stock_location sl ON sl.id = m."stockLocationId"
        WHERE m."orderLineId" = ol.id ORDER BY m.id LIMIT 1) w ON true;

-- Payments (kind 'charge') and their refunds (kind 'refund', id = -refund.id so that the two
-- share one id space). Settled/Authorized -> succeeded, Declined/Error/Failed -> failed.
CREATE VIEW qm_vendure.payments AS
    SELECT p.id AS id, p."orderId" AS order_id, 'charge'::text AS kind,
           CASE WHEN p.state IN ('Settled', 'Authorized') THEN 'succeeded'
                WHEN p.state IN ('Declined', 'Error', 'Cancelled') THEN 'failed'
                ELSE lower(p.state) END AS status,
           qm_vendure.major(p.amount, o."currencyCode")::numeric(12, 2) AS amount,
           o."currencyCode"::char(3) AS currency, p."transactionId"::text AS provider_ref,
           NULL::uuid AS request_id, qm_vendure.utc(p."createdAt") AS at
    FROM public.payment p JOIN public."order" o ON o.id = p."orderId"
    UNION ALL
    SELECT -r.id, p."orderId", 'refund',
           CASE WHEN r.state = 'Settled' THEN 'succeeded' WHEN r.state = 'Failed' THEN 'failed'
                ELSE lower(r.state) END,
           qm_vendure.major(r.total, o."currencyCode")::numeric(12, 2), o."currencyCode"::char(3),
           r."transactionId"::text, NULL::uuid, qm_vendure.utc(r."createdAt")
    FROM public.refund r
    JOIN public.payment p ON p.id = r."paymentId"
    JOIN public."order" o ON o.id = p."orderId";

-- Who wrote a history entry: the administrator, else the customer, else Vendure itself.
-- (SECURITY DEFINER: a function in a view runs with the caller's rights.)
CREATE FUNCTION qm_vendure.actor(p_admin int, p_customer int) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(
        (SELECT nullif(trim(concat_ws(' ', a."firstName", a."lastName")), '')
           FROM public.administrator a WHERE a.id = p_admin),
        (SELECT c."emailAddress"::text FROM public.customer c WHERE c.id = p_customer),
        'vendure');
$$;

-- ORDER_STATE_TRANSITION history entries, states mapped like qm_vendure.orders.status.
CREATE VIEW qm_vendure.order_events AS
    SELECT h.id AS id, h."orderId" AS order_id, qm_vendure.utc(h."createdAt") AS at,
           qm_vendure.order_status(h.data::jsonb ->> 'from') AS from_status,
           coalesce(qm_vendure.order_status(h.data::jsonb ->> 'to'), '') AS to_status,
           concat_ws(' -> ', h.data::jsonb ->> 'from', h.data::jsonb ->> 'to') AS note,
           qm_vendure.actor(h."administratorId", h."customerId") AS actor,
           NULL::uuid AS request_id
    FROM public.history_entry h
    WHERE h.discriminator = 'OrderHistoryEntry' AND h.type = 'ORDER_STATE_TRANSITION';

CREATE VIEW qm_vendure.order_notes AS
    SELECT h.id AS id, h."orderId" AS order_id, qm_vendure.utc(h."createdAt") AS at,
           qm_vendure.actor(h."administratorId", h."customerId") AS author,
           coalesce(h.data::jsonb ->> 'note', '') AS body, NULL::uuid AS request_id
    FROM public.history_entry h
    WHERE h.discriminator = 'OrderHistoryEntry' AND h.type = 'ORDER_NOTE';

-- ---------------------------------------------------------------------------------------------
-- Functions the reads call.
-- ---------------------------------------------------------------------------------------------

-- What the calling role may do on this backend: the reference store's names, minus what
-- Vendure has no way to do (reconcile against the console's ledger, release a reservation,
-- the orders trigger switch, maintenance mode and audit records in the store's database).
CREATE FUNCTION qm_vendure.my_capabilities() RETURNS text[]
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(cap ORDER BY cap), '{}') FROM (
        SELECT unnest(caps) AS cap FROM (VALUES
            ('qm_merchandiser', ARRAY['console.read', 'catalog.edit']),
            ('qm_store_manager', ARRAY['console.read', 'stock.adjust', 'orders.act']),
            ('qm_oncall', ARRAY['console.read', 'cache.purge', 'runbooks.run']),
            ('qm_admin', ARRAY['admin'])) r (role, caps)
        WHERE pg_has_role(current_user, r.role, 'MEMBER')
        GROUP BY 1) c;
$$;

-- The Orders workspace's health strip, as console.order_flow (server/migrations/0102), polled
-- every few seconds: it reads Vendure's tables directly (SECURITY DEFINER) so that the time
-- ranges reach the index on "orderPlacedAt" (UTC wall time) instead of the views' converted
-- columns. oversell_risk: stock rows with more allocated than on hand.
CREATE FUNCTION qm_vendure.order_flow(p_stuck_minutes int DEFAULT 30)
RETURNS TABLE (orders_last_minute bigint, per_minute bigint[], payments bigint,
               payment_failures bigint, stuck_orders bigint, oversell_risk bigint,
               at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    WITH m AS (SELECT date_trunc('minute', now()) AS this_minute,
                      now() AT TIME ZONE 'UTC' AS now_utc)
    SELECT
        (SELECT count(*) FROM public."order" o, m
          WHERE o."orderPlacedAt" >= m.now_utc - interval '1 minute'),
        (SELECT array_agg(coalesce(c.n, 0) ORDER BY g.minute)
           FROM m, generate_series(m.this_minute - interval '60 minutes',
                                   m.this_minute - interval '1 minute',
                                   interval '1 minute') g (minute)
           LEFT JOIN (SELECT date_trunc('minute', o."orderPlacedAt" AT TIME ZONE 'UTC') AS minute,
                             count(*) AS n
                        FROM public."order" o, m
                       WHERE o."orderPlacedAt"
                                 >= (m.this_minute - interval '60 minutes') AT TIME ZONE 'UTC'
                         AND o."orderPlacedAt" < m.this_minute AT TIME ZONE 'UTC'
                       GROUP BY 1) c ON c.minute = g.minute),
        (SELECT count(*) FROM public.payment p, m
          WHERE p."createdAt" >= m.now_utc - interval '15 minutes'),
        (SELECT count(*) FROM public.payment p, m
          WHERE p.state IN ('Declined', 'Error', 'Cancelled')
            AND p."createdAt" >= m.now_utc - interval '15 minutes'),
        (SELECT count(*) FROM public."order" o, m
          WHERE o.state IN ('PaymentSettled', 'Modifying', 'ArrangingAdditionalPayment')
            AND o."orderPlacedAt" IS NOT NULL
            AND o."updatedAt" < m.now_utc - make_interval(mins => greatest(p_stuck_minutes, 1))),
        (SELECT count(*) FROM public.stock_level l WHERE l."stockOnHand" < l."stockAllocated"),
        now();
$$;

-- ---------------------------------------------------------------------------------------------
-- Grants: console roles read every view here and no Vendure table.
-- ---------------------------------------------------------------------------------------------
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA qm_vendure FROM PUBLIC;
GRANT USAGE ON SCHEMA qm_vendure TO qm_merchandiser, qm_store_manager, qm_oncall, qm_admin;
GRANT SELECT ON ALL TABLES IN SCHEMA qm_vendure
    TO qm_merchandiser, qm_store_manager, qm_oncall, qm_admin;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA qm_vendure
    TO qm_merchandiser, qm_store_manager, qm_oncall, qm_admin;
