'use strict';
// The Vendure server of the sandbox (Shop API and Admin API on loopback): node server.js --state DIR
const { stateDir, makeConfig } = require('./config');
const { bootstrap } = require('@vendure/core');

bootstrap(makeConfig(stateDir())).catch((err) => {
  console.error(err);
  process.exit(1);
});
