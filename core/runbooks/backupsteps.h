#pragma once

#include "runbooks/steptype.h"

// The step types of backups (pgBackRest):
//   backup.check   `pgbackrest info --output=json`: the latest backup's age, type and the WAL
//                  archive range, and an expectation (max_age: 26h)                     (check)
//   restore.drill  restores the latest backup with recovery to the end of the WAL archive into a
//                  scratch PostgreSQL (a temporary folder, a free loopback port, archiving off),
//                  checks the orders there and on the primary, and reports the measured RTO
//                  (start of the restore to queryable) and RPO (the last committed order in the
//                  restored copy vs in the primary); the scratch server and its folder are removed
//                  whatever happens (failure, cancel)
// Where pgBackRest is: the step's fields `config`, `stanza`, `run_as`; else the "pgbackrest" object
// of $QM_SANDBOX_DIR/ha.json (the HA sandbox); else pgBackRest's own defaults.
namespace qm::runbooks {

void addBackupSteps(StepRegistry &registry);

// What backup.check reads and decides, for callers outside a run (the Runbooks workspace's
// topology): `pgbackrest info` where `fields` say (config, stanza, run_as, as backup.check's), and
// ok false when the latest backup is older than fields' max_age or no WAL is archived. data has
// age_seconds, label, type and, with max_age, max_age_seconds. Blocking: a worker thread.
Result<CheckResult> checkLatestBackup(
    const Fields &fields, const safety::CancelToken *cancel = nullptr);

} // namespace qm::runbooks
