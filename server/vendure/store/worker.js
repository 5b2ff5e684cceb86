'use strict';
// The Vendure worker of the sandbox (job queue: search index, emails, ...): node worker.js --state DIR
const { stateDir, makeConfig } = require('./config');
const { bootstrapWorker } = require('@vendure/core');

bootstrapWorker(makeConfig(stateDir()))
  .then((worker) => worker.startJobQueue())
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
