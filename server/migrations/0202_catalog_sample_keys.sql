-- 0202: a cheaper page sample for the scrollbar. console.products_sample (0201) returns whole
-- console.products rows (with the per-product stock summary), which costs a stock lookup per
-- sampled row; a filter that does not look at stock only needs the product's own columns.
-- products_sample_keys returns those, so the console's anchor query is one sampled scan plus a
-- sort (tens of ms at 1M products instead of more than a second).

SET LOCAL ROLE qm_contract;

CREATE FUNCTION console.products_sample_keys(p_percent real, p_seed int DEFAULT 1)
RETURNS TABLE (id bigint, sku text, name text, category_id int, status text, price numeric,
               updated_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT s.id, s.sku, s.name, s.category_id, s.status, s.price, s.updated_at
    FROM shop.products s
    TABLESAMPLE SYSTEM (least(greatest(p_percent, 0.0001), 100)) REPEATABLE (p_seed);
$$;

REVOKE EXECUTE ON FUNCTION console.products_sample_keys(real, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION console.products_sample_keys(real, int)
TO qm_merchandiser, qm_store_manager, qm_oncall;

RESET ROLE;
