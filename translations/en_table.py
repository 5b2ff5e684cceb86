# English plural forms of the %n sources (the source text says "(s)"): quartermaster_en.ts holds only
# these (lupdate -pluralonly, part of the quartermaster_lupdate target) and is installed for English.
# Fill: translations/fill_ts.py translations/quartermaster_en.ts translations/en_table.py
# Each entry is [singular, plural].
T = {
    'The %n selected product(s)': ['The %n selected product', 'The %n selected products'],
    '%1 · %n element(s)%2\n\n': ['%1 · %n element%2\n\n', '%1 · %n elements%2\n\n'],
    '⚠ %n limit(s) crossed:': ['⚠ %n limit crossed:', '⚠ %n limits crossed:'],
    'Restored %n unapplied change(s) from the last session.': ['Restored %n unapplied change from the last session.', 'Restored %n unapplied changes from the last session.'],
    ' %n had already been applied.': [' %n had already been applied.', ' %n had already been applied.'],
    ' | %n with pending changes': [' | %n with pending changes', ' | %n with pending changes'],
    'Staged %n change(s) to %1: Apply (Ctrl+S) writes them.': ['Staged %n change to %1: Apply (Ctrl+S) writes them.', 'Staged %n changes to %1: Apply (Ctrl+S) writes them.'],
    'Applying %n product(s)...': ['Applying %n product...', 'Applying %n products...'],
    'Applied changes to %n product(s).': ['Applied changes to %n product.', 'Applied changes to %n products.'],
    'Nothing was applied: %n product(s) had changed. Your choices are pending; press Apply to write them.': ['Nothing was applied: %n product had changed. Your choices are pending; press Apply to write them.', 'Nothing was applied: %n products had changed. Your choices are pending; press Apply to write them.'],
    'Nothing was applied: %n product(s) had changed meanwhile. Your changes are still pending.': ['Nothing was applied: %n product had changed meanwhile. Your changes are still pending.', 'Nothing was applied: %n products had changed meanwhile. Your changes are still pending.'],
    '%n product(s) changed in the database after you started editing. Nothing was applied. For each field you changed, keep yours or take theirs, then apply again.': ['%n product changed in the database after you started editing. Nothing was applied. For each field you changed, keep yours or take theirs, then apply again.', '%n products changed in the database after you started editing. Nothing was applied. For each field you changed, keep yours or take theirs, then apply again.'],
    '%n problem(s) in %1 rows: nothing was imported. Fix the file and check again.': ['%n problem in %1 rows: nothing was imported. Fix the file and check again.', '%n problems in %1 rows: nothing was imported. Fix the file and check again.'],
    '%1: %n selected': ['%1: %n selected', '%1: %n selected'],
    '%n order(s) loaded%1': ['%n order loaded%1', '%n orders loaded%1'],
    '↑ %n new order(s)': ['↑ %n new order', '↑ %n new orders'],
    '%n product(s) with unapplied changes': ['%n product with unapplied changes', '%n products with unapplied changes'],
    ' (%n field(s)). They are kept on disk until applied.': [' (%n field). They are kept on disk until applied.', ' (%n fields). They are kept on disk until applied.'],
    'Released %n expired reservation(s).': ['Released %n expired reservation.', 'Released %n expired reservations.'],
    '%n of %1 stock rows drifted.': ['%n of %1 stock rows drifted.', '%n of %1 stock rows drifted.'],
    'Repaired %n row(s) (audited).': ['Repaired %n row (audited).', 'Repaired %n rows (audited).'],
    '%n s ago': ['%n s ago', '%n s ago'],
    '%n min ago': ['%n min ago', '%n min ago'],
    '%n h ago': ['%n h ago', '%n h ago'],
    '%n key(s) on %1': ['%n key on %1', '%n keys on %1'],
    'Varnish cannot count in advance what this invalidates: at most the %1 objects cached on %n instance(s).': ['Varnish cannot count in advance what this invalidates: at most the %1 objects cached on %n instance.', 'Varnish cannot count in advance what this invalidates: at most the %1 objects cached on %n instances.'],
    'Verified on %n check(s).': ['Verified on %n check.', 'Verified on %n checks.'],
    'Too little history for a forecast (%n samples).': ['Too little history for a forecast (%n sample).', 'Too little history for a forecast (%n samples).'],
    'in-memory series (%n series)': ['in-memory series (%n series)', 'in-memory series (%n series)'],
    'Bulk edit (%1) of %n selected product(s)': ['Bulk edit (%1) of %n selected product', 'Bulk edit (%1) of %n selected products'],
    'Change %1 of %n product(s)': ['Change %1 of %n product', 'Change %1 of %n products'],
    '%n products': ['%n product', '%n products'],
    '%n price(s) would go below 0: choose a smaller decrease.': ['%n price would go below 0: choose a smaller decrease.', '%n prices would go below 0: choose a smaller decrease.'],
    '%n product(s) changed in one committed transaction (request %1).': ['%n product changed in one committed transaction (request %1).', '%n products changed in one committed transaction (request %1).'],
    'No Patroni member answers (%n API(s) asked).': ['No Patroni member answers (%n API asked).', 'No Patroni member answers (%n APIs asked).'],
    '%n paid order(s) not picked in time': ['%n paid order not picked in time', '%n paid orders not picked in time'],
    '%n item(s) held by more open carts than are in stock': ['%n item held by more open carts than are in stock', '%n items held by more open carts than are in stock'],
    'last %n hour(s)': ['last %n hour', 'last %n hours'],
    '%1 of %2, idle %3 s, delivered %n time(s)': ['%1 of %2, idle %3 s, delivered %n time', '%1 of %2, idle %3 s, delivered %n times'],
    '%1 holds %n of them': ['%1 holds %n of them', '%1 holds %n of them'],
    '%n entries claimed for %1': ['%n entry claimed for %1', '%n entries claimed for %1'],
    '%n pending entries no longer existed (removed from the group)': ['%n pending entry no longer existed (removed from the group)', '%n pending entries no longer existed (removed from the group)'],
    '%n entries of %1 are still pending that long': ['%n entry of %1 is still pending that long', '%n entries of %1 are still pending that long'],
    'Replay %n dead letter(s)': ['Replay %n dead letter', 'Replay %n dead letters'],
    '%1: order %2, %3 after %n attempt(s): %4': ['%1: order %2, %3 after %n attempt: %4', '%1: order %2, %3 after %n attempts: %4'],
    '%n dead letter(s) replayed': ['%n dead letter replayed', '%n dead letters replayed'],
    '%n had been replayed before (not added again)': ['%n had been replayed before (not added again)', '%n had been replayed before (not added again)'],
    '%n were gone already': ['%n was gone already', '%n were gone already'],
    '%n entries trimmed': ['%n entry trimmed', '%n entries trimmed'],
    'Terminate %n session(s) busy or idle in a transaction for more than %1 s': ['Terminate %n session busy or idle in a transaction for more than %1 s', 'Terminate %n sessions busy or idle in a transaction for more than %1 s'],
    'Cancel the query of %n session(s) running for more than %1 s': ['Cancel the query of %n session running for more than %1 s', 'Cancel the query of %n sessions running for more than %1 s'],
    '%n session(s) terminated, %1 had already ended or changed': ['%n session terminated, %1 had already ended or changed', '%n sessions terminated, %1 had already ended or changed'],
    '%n query(ies) cancelled, %1 had already ended or changed': ['%n query cancelled, %1 had already ended or changed', '%n queries cancelled, %1 had already ended or changed'],
    'none of the %n previewed session(s) still qualifies': ['the %n previewed session no longer qualifies', 'none of the %n previewed sessions still qualifies'],
    '%n row(s), expected %1': ['%n row, expected %1', '%n rows, expected %1'],
    '%1: %n row(s), columns %2%3': ['%1: %n row, columns %2%3', '%1: %n rows, columns %2%3'],
    '%n issue(s); nothing was imported:': ['%n issue; nothing was imported:', '%n issues; nothing was imported:'],
    'qmctl: the runbook has %n error(s); nothing ran': ['qmctl: the runbook has %n error; nothing ran', 'qmctl: the runbook has %n errors; nothing ran'],
    'Elevated: %n minute(s) left': ['Elevated: %n minute left', 'Elevated: %n minutes left'],
}

# Stop 18/19: audit workspace, idle lock, catalog import (English plural forms).
T.update({
    '%n entries shown, newest first; scroll for older ones.': ['%n entry shown, newest first; scroll for older ones.', '%n entries shown, newest first; scroll for older ones.'],
    '%n entries.': ['%n entry.', '%n entries.'],
    'Exported %n entries to %1.': ['Exported %n entry to %1.', 'Exported %n entries to %1.'],
    'Chain OK: %n entries checked.': ['Chain OK: %n entry checked.', 'Chain OK: %n entries checked.'],
    'Verification cancelled after %n entries.': ['Verification cancelled after %n entry.', 'Verification cancelled after %n entries.'],
    'The console locked itself after %n minute(s) without input on %1 (%2). Type the database password of %3 to go on: nothing was closed, and unsaved changes are kept.': ['The console locked itself after %n minute without input on %1 (%2). Type the database password of %3 to go on: nothing was closed, and unsaved changes are kept.', 'The console locked itself after %n minutes without input on %1 (%2). Type the database password of %3 to go on: nothing was closed, and unsaved changes are kept.'],
    '%n row(s) changed in the store after the check: left as they are (listed).': ['%n row changed in the store after the check: left as it is (listed).', '%n rows changed in the store after the check: left as they are (listed).'],
    'stopped after %n batch(es): those stay applied': ['stopped after %n batch: it stays applied', 'stopped after %n batches: those stay applied'],
})

# Stop 20: HA steps, maintenance and payments, restore drill, runbooks page, load test and forecasts (English plural forms).
T.update({
    '… and %n earlier crossing(s)': ['… and %n earlier crossing', '… and %n earlier crossings'],
    'Cancelled after %n step(s).': ['Cancelled after %n step.', 'Cancelled after %n steps.'],
    '%n protected key(s) missing on the new master, e.g. %1': ['%n protected key missing on the new master, e.g. %1', '%n protected keys missing on the new master, e.g. %1'],
    '%1 is the master now (was %2), took a write to %3; %n protected key(s) intact': ['%1 is the master now (was %2), took a write to %3; %n protected key intact', '%1 is the master now (was %2), took a write to %3; %n protected keys intact'],
})

T.update({
    '%1 provider: breaker %2, failure rate %3 %, %n trip(s)': ['%1 provider: breaker %2, failure rate %3 %, %n trip', '%1 provider: breaker %2, failure rate %3 %, %n trips'],
    '<b>%1</b> — %2<br>%n step(s). Press Dry run (F5) to see what each step would do now.': ['<b>%1</b> — %2<br>%n step. Press Dry run (F5) to see what each step would do now.', '<b>%1</b> — %2<br>%n steps. Press Dry run (F5) to see what each step would do now.'],
})

# Stop 21
T.update({
    "Counting took longer than %n ms, so this is PostgreSQL's estimate.": ["Counting took longer than %n ms, so this is PostgreSQL's estimate.", "Counting took longer than %n ms, so this is PostgreSQL's estimate."],
    '%n s': ['%n s', '%n s'],
    '%n min': ['%n min', '%n min'],
    '%n days': ['%n day', '%n days'],
    'the busiest minute in %1 over the last %n day(s)': ['the busiest minute in %1 over the last %n day', 'the busiest minute in %1 over the last %n days'],
    'the highest qm_business_orders_per_minute in %1 over the last %n day(s)': ['the highest qm_business_orders_per_minute in %1 over the last %n day', 'the highest qm_business_orders_per_minute in %1 over the last %n days'],
})

T.update({
    '%n audit entries written while the database was down are waiting.': ['%n audit entry written while the database was down is waiting.', '%n audit entries written while the database was down are waiting.'],
    'Writing %n waiting audit entries…': ['Writing %n waiting audit entry…', 'Writing %n waiting audit entries…'],
    '%n spooled audit entries written to the audit log': ['%n spooled audit entry written to the audit log', '%n spooled audit entries written to the audit log'],
    '%n were there already': ['%n was there already', '%n were there already'],
    'The audit log refused the replay: %1. %n entries are still waiting.': ['The audit log refused the replay: %1. %n entry is still waiting.', 'The audit log refused the replay: %1. %n entries are still waiting.'],
    'Replay stopped: %1. %n entries are still waiting.': ['Replay stopped: %1. %n entry is still waiting.', 'Replay stopped: %1. %n entries are still waiting.'],
    '%n replay(s) lost in the failover were done again': ['%n replay lost in the failover was done again', '%n replays lost in the failover were done again'],
    '%n entries waiting': ['%n entry waiting', '%n entries waiting'],
    'qmctl: %n entries stay in the spool. Replay as the on-call or an admin role (--user NAME), or ask one to.': ['qmctl: %n entry stays in the spool. Replay as the on-call or an admin role (--user NAME), or ask one to.', 'qmctl: %n entries stay in the spool. Replay as the on-call or an admin role (--user NAME), or ask one to.'],
})
