<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>qm::AuditPage</name>
    <message numerus="yes">
        <source>%n entries shown, newest first; scroll for older ones.</source>
        <translation>
            <numerusform>%n entry shown, newest first; scroll for older ones.</numerusform>
            <numerusform>%n entries shown, newest first; scroll for older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chain OK: %n entries checked.</source>
        <translation>
            <numerusform>Chain OK: %n entry checked.</numerusform>
            <numerusform>Chain OK: %n entries checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verification cancelled after %n entries.</source>
        <translation>
            <numerusform>Verification cancelled after %n entry.</numerusform>
            <numerusform>Verification cancelled after %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::AuditSpoolNotice</name>
    <message numerus="yes">
        <source>%n audit entries written while the database was down are waiting.</source>
        <translation>
            <numerusform>%n audit entry written while the database was down is waiting.</numerusform>
            <numerusform>%n audit entries written while the database was down are waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n waiting audit entries…</source>
        <translation>
            <numerusform>Writing %n waiting audit entry…</numerusform>
            <numerusform>Writing %n waiting audit entries…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spooled audit entries written to the audit log</source>
        <translation>
            <numerusform>%n spooled audit entry written to the audit log</numerusform>
            <numerusform>%n spooled audit entries written to the audit log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were there already</source>
        <translation>
            <numerusform>%n was there already</numerusform>
            <numerusform>%n were there already</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log refused the replay: %1. %n entries are still waiting.</source>
        <translation>
            <numerusform>The audit log refused the replay: %1. %n entry is still waiting.</numerusform>
            <numerusform>The audit log refused the replay: %1. %n entries are still waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replay stopped: %1. %n entries are still waiting.</source>
        <translation>
            <numerusform>Replay stopped: %1. %n entry is still waiting.</numerusform>
            <numerusform>Replay stopped: %1. %n entries are still waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::BulkEditDialog</name>
    <message numerus="yes">
        <source>The %n selected product(s)</source>
        <translation>
            <numerusform>The %n selected product</numerusform>
            <numerusform>The %n selected products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::CachePage</name>
    <message numerus="yes">
        <source>%1 · %n element(s)%2

</source>
        <translation>
            <numerusform>%1 · %n element%2

</numerusform>
            <numerusform>%1 · %n elements%2

</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::CapacityPage</name>
    <message numerus="yes">
        <source>⚠ %n limit(s) crossed:</source>
        <translation>
            <numerusform>⚠ %n limit crossed:</numerusform>
            <numerusform>⚠ %n limits crossed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n earlier crossing(s)</source>
        <translation>
            <numerusform>… and %n earlier crossing</numerusform>
            <numerusform>… and %n earlier crossings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::CatalogPage</name>
    <message numerus="yes">
        <source>Restored %n unapplied change(s) from the last session.</source>
        <translation>
            <numerusform>Restored %n unapplied change from the last session.</numerusform>
            <numerusform>Restored %n unapplied changes from the last session.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n had already been applied.</source>
        <translation>
            <numerusform> %n had already been applied.</numerusform>
            <numerusform> %n had already been applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> | %n with pending changes</source>
        <translation>
            <numerusform> | %n with pending changes</numerusform>
            <numerusform> | %n with pending changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staged %n change(s) to %1: Apply (Ctrl+S) writes them.</source>
        <translation>
            <numerusform>Staged %n change to %1: Apply (Ctrl+S) writes them.</numerusform>
            <numerusform>Staged %n changes to %1: Apply (Ctrl+S) writes them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying %n product(s)...</source>
        <translation>
            <numerusform>Applying %n product...</numerusform>
            <numerusform>Applying %n products...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied changes to %n product(s).</source>
        <translation>
            <numerusform>Applied changes to %n product.</numerusform>
            <numerusform>Applied changes to %n products.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was applied: %n product(s) had changed. Your choices are pending; press Apply to write them.</source>
        <translation>
            <numerusform>Nothing was applied: %n product had changed. Your choices are pending; press Apply to write them.</numerusform>
            <numerusform>Nothing was applied: %n products had changed. Your choices are pending; press Apply to write them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was applied: %n product(s) had changed meanwhile. Your changes are still pending.</source>
        <translation>
            <numerusform>Nothing was applied: %n product had changed meanwhile. Your changes are still pending.</numerusform>
            <numerusform>Nothing was applied: %n products had changed meanwhile. Your changes are still pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counting took longer than %n ms, so this is PostgreSQL&apos;s estimate.</source>
        <translation>
            <numerusform>Counting took longer than %n ms, so this is PostgreSQL&apos;s estimate.</numerusform>
            <numerusform>Counting took longer than %n ms, so this is PostgreSQL&apos;s estimate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::ConflictDialog</name>
    <message numerus="yes">
        <source>%n product(s) changed in the database after you started editing. Nothing was applied. For each field you changed, keep yours or take theirs, then apply again.</source>
        <translation>
            <numerusform>%n product changed in the database after you started editing. Nothing was applied. For each field you changed, keep yours or take theirs, then apply again.</numerusform>
            <numerusform>%n products changed in the database after you started editing. Nothing was applied. For each field you changed, keep yours or take theirs, then apply again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::EnvironmentBanner</name>
    <message numerus="yes">
        <source>Elevated: %n minute(s) left</source>
        <translation>
            <numerusform>Elevated: %n minute left</numerusform>
            <numerusform>Elevated: %n minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::IdleLock</name>
    <message numerus="yes">
        <source>The console locked itself after %n minute(s) without input on %1 (%2). Type the database password of %3 to go on: nothing was closed, and unsaved changes are kept.</source>
        <translation>
            <numerusform>The console locked itself after %n minute without input on %1 (%2). Type the database password of %3 to go on: nothing was closed, and unsaved changes are kept.</numerusform>
            <numerusform>The console locked itself after %n minutes without input on %1 (%2). Type the database password of %3 to go on: nothing was closed, and unsaved changes are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::ImportDialog</name>
    <message numerus="yes">
        <source>%n problem(s) in %1 rows: nothing was imported. Fix the file and check again.</source>
        <translation>
            <numerusform>%n problem in %1 rows: nothing was imported. Fix the file and check again.</numerusform>
            <numerusform>%n problems in %1 rows: nothing was imported. Fix the file and check again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed in the store after the check: left as they are (listed).</source>
        <translation>
            <numerusform>%n row changed in the store after the check: left as it is (listed).</numerusform>
            <numerusform>%n rows changed in the store after the check: left as they are (listed).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::OrdersFilterBar</name>
    <message numerus="yes">
        <source>%1: %n selected</source>
        <translation>
            <numerusform>%1: %n selected</numerusform>
            <numerusform>%1: %n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::OrdersPage</name>
    <message numerus="yes">
        <source>%n order(s) loaded%1</source>
        <translation>
            <numerusform>%n order loaded%1</numerusform>
            <numerusform>%n orders loaded%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>↑ %n new order(s)</source>
        <translation>
            <numerusform>↑ %n new order</numerusform>
            <numerusform>↑ %n new orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::PendingChangesPanel</name>
    <message numerus="yes">
        <source>%n product(s) with unapplied changes</source>
        <translation>
            <numerusform>%n product with unapplied changes</numerusform>
            <numerusform>%n products with unapplied changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n field(s)). They are kept on disk until applied.</source>
        <translation>
            <numerusform> (%n field). They are kept on disk until applied.</numerusform>
            <numerusform> (%n fields). They are kept on disk until applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::RunbooksPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%n step(s). Press Dry run (F5) to see what each step would do now.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%n step. Press Dry run (F5) to see what each step would do now.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%n steps. Press Dry run (F5) to see what each step would do now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::StockPage</name>
    <message numerus="yes">
        <source>Released %n expired reservation(s).</source>
        <translation>
            <numerusform>Released %n expired reservation.</numerusform>
            <numerusform>Released %n expired reservations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 stock rows drifted.</source>
        <translation>
            <numerusform>%n of %1 stock rows drifted.</numerusform>
            <numerusform>%n of %1 stock rows drifted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n row(s) (audited).</source>
        <translation>
            <numerusform>Repaired %n row (audited).</numerusform>
            <numerusform>Repaired %n rows (audited).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::StoreSummaryModel</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::TopologyView</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::cache::RedisPurgeAction</name>
    <message numerus="yes">
        <source>%n key(s) on %1</source>
        <translation>
            <numerusform>%n key on %1</numerusform>
            <numerusform>%n keys on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::cache::VarnishPurgeAction</name>
    <message numerus="yes">
        <source>Varnish cannot count in advance what this invalidates: at most the %1 objects cached on %n instance(s).</source>
        <translation>
            <numerusform>Varnish cannot count in advance what this invalidates: at most the %1 objects cached on %n instance.</numerusform>
            <numerusform>Varnish cannot count in advance what this invalidates: at most the %1 objects cached on %n instances.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified on %n check(s).</source>
        <translation>
            <numerusform>Verified on %n check.</numerusform>
            <numerusform>Verified on %n checks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::capacity::ForecastText</name>
    <message numerus="yes">
        <source>Too little history for a forecast (%n samples).</source>
        <translation>
            <numerusform>Too little history for a forecast (%n sample).</numerusform>
            <numerusform>Too little history for a forecast (%n samples).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::capacity::LoadTestRunner</name>
    <message numerus="yes">
        <source>Cancelled after %n step(s).</source>
        <translation>
            <numerusform>Cancelled after %n step.</numerusform>
            <numerusform>Cancelled after %n steps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::capacity::MemorySource</name>
    <message numerus="yes">
        <source>in-memory series (%n series)</source>
        <translation>
            <numerusform>in-memory series (%n series)</numerusform>
            <numerusform>in-memory series (%n series)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::capacity::PeakFinder</name>
    <message numerus="yes">
        <source>the busiest minute in %1 over the last %n day(s)</source>
        <translation>
            <numerusform>the busiest minute in %1 over the last %n day</numerusform>
            <numerusform>the busiest minute in %1 over the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the highest qm_business_orders_per_minute in %1 over the last %n day(s)</source>
        <translation>
            <numerusform>the highest qm_business_orders_per_minute in %1 over the last %n day</numerusform>
            <numerusform>the highest qm_business_orders_per_minute in %1 over the last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::catalog::BulkEditAction</name>
    <message numerus="yes">
        <source>Bulk edit (%1) of %n selected product(s)</source>
        <translation>
            <numerusform>Bulk edit (%1) of %n selected product</numerusform>
            <numerusform>Bulk edit (%1) of %n selected products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %n product(s)</source>
        <translation>
            <numerusform>Change %1 of %n product</numerusform>
            <numerusform>Change %1 of %n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) would go below 0: choose a smaller decrease.</source>
        <translation>
            <numerusform>%n price would go below 0: choose a smaller decrease.</numerusform>
            <numerusform>%n prices would go below 0: choose a smaller decrease.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) changed in one committed transaction (request %1).</source>
        <translation>
            <numerusform>%n product changed in one committed transaction (request %1).</numerusform>
            <numerusform>%n products changed in one committed transaction (request %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::ha::PatroniClient</name>
    <message numerus="yes">
        <source>No Patroni member answers (%n API(s) asked).</source>
        <translation>
            <numerusform>No Patroni member answers (%n API asked).</numerusform>
            <numerusform>No Patroni member answers (%n APIs asked).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::orders::OrderFlowHealth</name>
    <message numerus="yes">
        <source>%n paid order(s) not picked in time</source>
        <translation>
            <numerusform>%n paid order not picked in time</numerusform>
            <numerusform>%n paid orders not picked in time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) held by more open carts than are in stock</source>
        <translation>
            <numerusform>%n item held by more open carts than are in stock</numerusform>
            <numerusform>%n items held by more open carts than are in stock</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::orders::OrdersFilter</name>
    <message numerus="yes">
        <source>last %n hour(s)</source>
        <translation>
            <numerusform>last %n hour</numerusform>
            <numerusform>last %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::queues::ClaimPendingAction</name>
    <message numerus="yes">
        <source>%1 of %2, idle %3 s, delivered %n time(s)</source>
        <translation>
            <numerusform>%1 of %2, idle %3 s, delivered %n time</numerusform>
            <numerusform>%1 of %2, idle %3 s, delivered %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n of them</source>
        <translation>
            <numerusform>%1 holds %n of them</numerusform>
            <numerusform>%1 holds %n of them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries claimed for %1</source>
        <translation>
            <numerusform>%n entry claimed for %1</numerusform>
            <numerusform>%n entries claimed for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending entries no longer existed (removed from the group)</source>
        <translation>
            <numerusform>%n pending entry no longer existed (removed from the group)</numerusform>
            <numerusform>%n pending entries no longer existed (removed from the group)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries of %1 are still pending that long</source>
        <translation>
            <numerusform>%n entry of %1 is still pending that long</numerusform>
            <numerusform>%n entries of %1 are still pending that long</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::queues::ReplayDeadLettersAction</name>
    <message numerus="yes">
        <source>Replay %n dead letter(s)</source>
        <translation>
            <numerusform>Replay %n dead letter</numerusform>
            <numerusform>Replay %n dead letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: order %2, %3 after %n attempt(s): %4</source>
        <translation>
            <numerusform>%1: order %2, %3 after %n attempt: %4</numerusform>
            <numerusform>%1: order %2, %3 after %n attempts: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) replayed</source>
        <translation>
            <numerusform>%n dead letter replayed</numerusform>
            <numerusform>%n dead letters replayed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had been replayed before (not added again)</source>
        <translation>
            <numerusform>%n had been replayed before (not added again)</numerusform>
            <numerusform>%n had been replayed before (not added again)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were gone already</source>
        <translation>
            <numerusform>%n was gone already</numerusform>
            <numerusform>%n were gone already</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replay(s) lost in the failover were done again</source>
        <translation>
            <numerusform>%n replay lost in the failover was done again</numerusform>
            <numerusform>%n replays lost in the failover were done again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::queues::TrimStreamAction</name>
    <message numerus="yes">
        <source>%n entries trimmed</source>
        <translation>
            <numerusform>%n entry trimmed</numerusform>
            <numerusform>%n entries trimmed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::runbooks::BuiltinSteps</name>
    <message numerus="yes">
        <source>Terminate %n session(s) busy or idle in a transaction for more than %1 s</source>
        <translation>
            <numerusform>Terminate %n session busy or idle in a transaction for more than %1 s</numerusform>
            <numerusform>Terminate %n sessions busy or idle in a transaction for more than %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the query of %n session(s) running for more than %1 s</source>
        <translation>
            <numerusform>Cancel the query of %n session running for more than %1 s</numerusform>
            <numerusform>Cancel the query of %n sessions running for more than %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) terminated, %1 had already ended or changed</source>
        <translation>
            <numerusform>%n session terminated, %1 had already ended or changed</numerusform>
            <numerusform>%n sessions terminated, %1 had already ended or changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n query(ies) cancelled, %1 had already ended or changed</source>
        <translation>
            <numerusform>%n query cancelled, %1 had already ended or changed</numerusform>
            <numerusform>%n queries cancelled, %1 had already ended or changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none of the %n previewed session(s) still qualifies</source>
        <translation>
            <numerusform>the %n previewed session no longer qualifies</numerusform>
            <numerusform>none of the %n previewed sessions still qualifies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), expected %1</source>
        <translation>
            <numerusform>%n row, expected %1</numerusform>
            <numerusform>%n rows, expected %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::runbooks::HaSteps</name>
    <message numerus="yes">
        <source>%n protected key(s) missing on the new master, e.g. %1</source>
        <translation>
            <numerusform>%n protected key missing on the new master, e.g. %1</numerusform>
            <numerusform>%n protected keys missing on the new master, e.g. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is the master now (was %2), took a write to %3; %n protected key(s) intact</source>
        <translation>
            <numerusform>%1 is the master now (was %2), took a write to %3; %n protected key intact</numerusform>
            <numerusform>%1 is the master now (was %2), took a write to %3; %n protected keys intact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::runbooks::OpsSteps</name>
    <message numerus="yes">
        <source>%1 provider: breaker %2, failure rate %3 %, %n trip(s)</source>
        <translation>
            <numerusform>%1 provider: breaker %2, failure rate %3 %, %n trip</numerusform>
            <numerusform>%1 provider: breaker %2, failure rate %3 %, %n trips</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qmctl::AuditSpoolListCommand</name>
    <message numerus="yes">
        <source>%n entries waiting</source>
        <translation>
            <numerusform>%n entry waiting</numerusform>
            <numerusform>%n entries waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qmctl::AuditSpoolReplayCommand</name>
    <message numerus="yes">
        <source>qmctl: %n entries stay in the spool. Replay as the on-call or an admin role (--user NAME), or ask one to.</source>
        <translation>
            <numerusform>qmctl: %n entry stays in the spool. Replay as the on-call or an admin role (--user NAME), or ask one to.</numerusform>
            <numerusform>qmctl: %n entries stay in the spool. Replay as the on-call or an admin role (--user NAME), or ask one to.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qmctl::CatalogImportCommand</name>
    <message numerus="yes">
        <source>%1: %n row(s), columns %2%3</source>
        <translation>
            <numerusform>%1: %n row, columns %2%3</numerusform>
            <numerusform>%1: %n rows, columns %2%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s); nothing was imported:</source>
        <translation>
            <numerusform>%n issue; nothing was imported:</numerusform>
            <numerusform>%n issues; nothing was imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n batch(es): those stay applied</source>
        <translation>
            <numerusform>stopped after %n batch: it stays applied</numerusform>
            <numerusform>stopped after %n batches: those stay applied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qmctl::RunbookCommand</name>
    <message numerus="yes">
        <source>qmctl: the runbook has %n error(s); nothing ran</source>
        <translation>
            <numerusform>qmctl: the runbook has %n error; nothing ran</numerusform>
            <numerusform>qmctl: the runbook has %n errors; nothing ran</numerusform>
        </translation>
    </message>
</context>
</TS>
