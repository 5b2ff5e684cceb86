-- 0501: the audit chain verified in ranges, its head, and the database's identity (issue 11, "An
-- audit log that cannot be rewritten unseen").
--
--   console.verify_audit_chain(p_from, p_limit)  the rows with id >= p_from in id order, at most
--       p_limit of them (NULL: all), the first one linked to the row before it in the table (or to
--       '\x' when it is the table's first row). A caller walks a million rows in chunks (from =
--       last_id + 1) and shows progress; verify_audit_chain() of 0004 stays for one-call callers.
--       ok = no row in the range fails; first_bad_id = the first that does (an edited row fails
--       itself, a deleted row makes its successor fail); last_id/last_hash = the range's last row.
--   console.audit_head()      the chain's last row (id, hash, at): what a signed checkpoint pins.
--   console.audit_identity()  which database this chain lives in (the cluster's system
--       identifier, NULL when qm_contract may not read it, and the database name), so a
--       checkpoint of one store is never checked against another store's chain.
-- The HMAC key lives in the database (qm.audit_key): a superuser can recompute the whole chain.
-- Only checkpoints signed with a key kept outside the database (the console's Ed25519
-- checkpoints, core/audit) tell such a rewrite apart; these functions give them the chain's state.

-- pg_control_system() is the system identifier's only source; granting it needs the migrator's
-- own rights (a replica of the same cluster shares it, a restore into another cluster does not).
DO $$
BEGIN
    GRANT EXECUTE ON FUNCTION pg_catalog.pg_control_system() TO qm_contract;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE WARNING 'could not grant EXECUTE on pg_control_system() to qm_contract: audit '
                  'checkpoints will name the database only. Run GRANT EXECUTE ON FUNCTION '
                  'pg_control_system() TO qm_contract as a superuser';
END
$$;

SET LOCAL ROLE qm_contract;

CREATE FUNCTION console.verify_audit_chain(p_from bigint, p_limit integer)
RETURNS TABLE (ok boolean, checked bigint, first_bad_id bigint, last_id bigint, last_hash bytea)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    WITH k AS (SELECT key FROM qm.audit_key WHERE id = 1),
    range AS (
        SELECT a.* FROM qm.audit_log a
        WHERE a.id >= coalesce(p_from, 0)
        ORDER BY a.id
        LIMIT CASE WHEN p_limit IS NULL THEN NULL ELSE greatest(p_limit, 0) END
    ),
    before AS (
        SELECT coalesce((SELECT b.hash FROM qm.audit_log b WHERE b.id < coalesce(p_from, 0)
                         ORDER BY b.id DESC LIMIT 1), '\x'::bytea) AS hash
    ),
    chain AS (
        SELECT r.*, lag(r.hash) OVER (ORDER BY r.id) AS lagged,
               row_number() OVER (ORDER BY r.id) AS n
        FROM range r
    ),
    bad AS (
        SELECT c.id FROM chain c, k, before
        WHERE c.prev_hash IS DISTINCT FROM
                  CASE WHEN c.n = 1 THEN before.hash ELSE c.lagged END
           OR c.hash IS DISTINCT FROM qm.audit_hash(k.key, c.prev_hash, c.id, c.at, c.actor,
                                                    c.action, c.target, c.request_id, c.plan,
                                                    c.outcome)
    ),
    tail AS (SELECT c.id, c.hash FROM chain c ORDER BY c.id DESC LIMIT 1)
    SELECT NOT EXISTS (SELECT FROM bad), (SELECT count(*) FROM chain), (SELECT min(id) FROM bad),
           (SELECT tail.id FROM tail), (SELECT tail.hash FROM tail);
$$;

CREATE FUNCTION console.audit_head() RETURNS TABLE (id bigint, hash bytea, at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT a.id, a.hash, a.at FROM qm.audit_log a ORDER BY a.id DESC LIMIT 1;
$$;

CREATE FUNCTION console.audit_identity() RETURNS TABLE (system_identifier text, database text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    BEGIN
        system_identifier := (SELECT s.system_identifier::text FROM pg_control_system() s);
    EXCEPTION WHEN insufficient_privilege THEN
        system_identifier := NULL;
    END;
    database := current_database();
    RETURN NEXT;
END
$$;

REVOKE EXECUTE ON FUNCTION console.verify_audit_chain(bigint, integer), console.audit_head(),
    console.audit_identity() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION console.verify_audit_chain(bigint, integer), console.audit_head(),
    console.audit_identity()
TO qm_merchandiser, qm_store_manager, qm_oncall;
