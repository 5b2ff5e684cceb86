#pragma once

// A stand-in for the views the console installs beside a Vendure store (schema qm_vendure, same
// names and columns as console.*), made in the sandbox's own database by its owner: its views
// show only the rows of the console's with an even id, its functions answer with a marker, so a
// read that names the wrong schema shows in its answer. It has no price_history (Vendure has
// none). Shared by tst_backendschema and gui/tst_backendcapabilities; dropped by each at the end.
namespace backendfixture {

inline constexpr long long kEstimateMarker = 7777777; // qm_vendure.products_estimate()
inline constexpr long long kOversellMarker = -7; // qm_vendure.order_flow().oversell_risk
inline const char *const kCapabilityMarker = "fixture.qm_vendure";

inline const char *const kFixture = R"SQL(
DROP SCHEMA IF EXISTS qm_vendure CASCADE;
CREATE SCHEMA qm_vendure;
CREATE VIEW qm_vendure.products AS SELECT * FROM console.products WHERE id % 2 = 0;
CREATE VIEW qm_vendure.categories AS SELECT * FROM console.categories WHERE id % 2 = 0;
CREATE VIEW qm_vendure.warehouses AS SELECT * FROM console.warehouses WHERE id % 2 = 0;
CREATE VIEW qm_vendure.movement_reasons AS SELECT * FROM console.movement_reasons
    WHERE code <> (SELECT min(code) FROM console.movement_reasons WHERE manual);
CREATE VIEW qm_vendure.stock_levels AS
    SELECT * FROM console.stock_levels WHERE product_id % 2 = 0;
CREATE VIEW qm_vendure.low_stock AS SELECT * FROM console.low_stock WHERE product_id % 2 = 0;
CREATE VIEW qm_vendure.stock_ledger AS
    SELECT * FROM console.stock_ledger WHERE product_id % 2 = 0;
CREATE VIEW qm_vendure.reservations AS
    SELECT * FROM console.reservations WHERE product_id % 2 = 0;
CREATE VIEW qm_vendure.reconcile_report AS
    SELECT * FROM console.reconcile_report WHERE product_id % 2 = 0;
CREATE VIEW qm_vendure.orders AS SELECT * FROM console.orders WHERE id % 2 = 0;
CREATE VIEW qm_vendure.order_lines AS SELECT * FROM console.order_lines WHERE order_id % 2 = 0;
CREATE VIEW qm_vendure.order_events AS
    SELECT * FROM console.order_events WHERE order_id % 2 = 0;
CREATE VIEW qm_vendure.order_notes AS SELECT * FROM console.order_notes WHERE order_id % 2 = 0;
CREATE VIEW qm_vendure.payments AS SELECT * FROM console.payments WHERE order_id % 2 = 0;
CREATE FUNCTION qm_vendure.products_estimate() RETURNS bigint LANGUAGE sql
    AS 'SELECT 7777777::bigint';
CREATE FUNCTION qm_vendure.products_sample(p_percent real, p_seed int DEFAULT 1)
    RETURNS SETOF qm_vendure.products LANGUAGE sql
    AS 'SELECT * FROM console.products_sample(p_percent, p_seed) p WHERE p.id % 2 = 0';
CREATE FUNCTION qm_vendure.products_sample_keys(p_percent real, p_seed int DEFAULT 1)
    RETURNS TABLE (id bigint, sku text, name text, category_id int, status text,
                   price numeric, updated_at timestamptz) LANGUAGE sql
    AS 'SELECT * FROM console.products_sample_keys(p_percent, p_seed) k WHERE k.id % 2 = 0';
CREATE FUNCTION qm_vendure.my_capabilities() RETURNS text[] LANGUAGE sql
    AS $$ SELECT console.my_capabilities() || 'fixture.qm_vendure'::text $$;
CREATE FUNCTION qm_vendure.order_flow(p_stuck_minutes int DEFAULT 30)
    RETURNS TABLE (orders_last_minute bigint, per_minute bigint[], payments bigint,
                   payment_failures bigint, stuck_orders bigint, oversell_risk bigint,
                   at timestamptz) LANGUAGE sql
    AS $$ SELECT f.orders_last_minute, f.per_minute, f.payments, f.payment_failures,
                 f.stuck_orders, -7::bigint, f.at FROM console.order_flow(p_stuck_minutes) f $$;
CREATE FUNCTION qm_vendure.orders_changes(since pg_snapshot, after_xid xid8 DEFAULT '0',
                                          after_id bigint DEFAULT 0, max_rows int DEFAULT 500)
    RETURNS SETOF qm_vendure.orders LANGUAGE sql
    AS $$ SELECT * FROM console.orders_changes(since, after_xid, after_id, max_rows) o
          WHERE o.id % 2 = 0 $$;
GRANT USAGE ON SCHEMA qm_vendure TO PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA qm_vendure TO PUBLIC;
)SQL";

inline const char *const kDrop = "DROP SCHEMA IF EXISTS qm_vendure CASCADE";

} // namespace backendfixture
