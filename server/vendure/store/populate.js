'use strict';
// First `up` only: Vendure's schema (TypeORM synchronize) and its sample data (@vendure/create's
// initial-data.json and products.csv with images) through populate() from @vendure/core/cli.
//   node populate.js --state STATE_DIR/vendure
// The job queue runs inside the bootstrap function: the importer's jobs (search index, assets)
// need it. The generated catalog is added afterwards by catalog.sql (vendure.sh).
const path = require('path');
const { stateDir, makeConfig } = require('./config');
const { bootstrap, JobQueueService, Logger } = require('@vendure/core');
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
  // Let the jobs the import queued (search index) run before closing; the worker picks up what
  // is left later, as the queue lives in the database.
  await new Promise((r) => setTimeout(r, 2000));
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
