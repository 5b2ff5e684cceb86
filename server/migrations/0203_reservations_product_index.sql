-- 0203: every reservation row is checked when a product is deleted (reservations.product_id
-- references shop.products). The only index on it was partial (held reservations), so each
-- deleted product scanned the whole reservations table: deleting 1,000,000 imported products
-- took over 15 minutes of CPU on the benchmark store, about 1 ms per product. A full index makes
-- the check an index probe. (Built inline: reservations stays small, held ones expire.)
SET LOCAL ROLE qm_contract;

CREATE INDEX reservations_product ON shop.reservations (product_id);
