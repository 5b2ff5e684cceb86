'use strict';
// First `up` only: Vendure's schema (TypeORM synchronize) and its sample data (@vendure/create's
// initial-data.json and products.csv with images) through populate() from @vendure/core/cli.
//   node populate.js --state STATE_DIR/vendure
// The job queue runs inside the bootstrap function: the importer's jobs (search index, assets)
// need it, and this script waits for all of them. The generated catalog is added afterwards by
// catalog.sql (vendure.sh).
const path = require('path');
const { stateDir, makeConfig } = require('./config');
const { bootstrap, JobQueueService, Logger, TransactionalConnection } = require('@vendure/core');
const { populate } = require('@vendure/core/cli');

async function main() {
  const assets = path.join(path.dirname(require.resolve('@vendure/create/package.json')), 'assets');
  const config = makeConfig(stateDir(), { synchronize: true });
  config.importExportOptions = { importAssetsDir: path.join(assets, 'images') };
  const app = await populate(
    async () => {
      const a = await bootstrap(config);
      await a.get(JobQueueService).start();
      return a;
    },
    require(path.join(assets, 'initial-data.json')),
    path.join(assets, 'products.csv'),
  );
  // The jobs the import queued (search index updates, a full reindex, collection filters) run here
  // before catalog.sql adds its rows: a reindex left for the worker would empty the search index
  // and rebuild all of it, generated catalog included, one batch at a time.
  const connection = app.get(TransactionalConnection).rawConnection;
  const deadline = Date.now() + 30 * 60 * 1000;
  for (;;) {
    const [{ open }] = await connection.query(
      `select count(*)::int as open from job_record where state in ('PENDING', 'RUNNING', 'RETRYING')`);
    if (open === 0) break;
    if (Date.now() > deadline) throw new Error(`${open} jobs still open after 30 minutes`);
    await new Promise((r) => setTimeout(r, 250));
  }
  await app.close();
  Logger.info('populate: done', 'Quartermaster');
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
