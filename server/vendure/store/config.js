'use strict';
// The Vendure configuration of the sandbox store (scripts/sandbox, server/sandbox/vendure.sh).
// Plain CommonJS so that no TypeScript build step is needed. Every script here is started as
//   node SCRIPT.js --state STATE_DIR/vendure
// and reads STATE_DIR/vendure/settings.json, which vendure.sh writes (ports, database, files).
// The state folder on the command line also lets the sandbox recognise its own node processes.

// Vendure calls out otherwise; set before @vendure/core is loaded.
process.env.VENDURE_DISABLE_TELEMETRY = 'true';

const fs = require('fs');
const path = require('path');

function stateDir() {
  const i = process.argv.indexOf('--state');
  if (i < 0 || !process.argv[i + 1]) {
    throw new Error('usage: node ' + path.basename(process.argv[1]) + ' --state STATE_DIR/vendure');
  }
  return path.resolve(process.argv[i + 1]);
}

function readSettings(dir) {
  return JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8'));
}

// The password of USER from a libpq password file (host:port:db:user:password, '*' matches).
function pgpassPassword(file, host, port, db, user) {
  const unescape = (s) => s.replace(/\\(.)/g, '$1');
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const f = line.match(/(\\.|[^:])+|(?<=:)(?=:|$)/g);
    if (!f || f.length < 5) continue;
    const want = [host, String(port), db, user];
    if (want.every((w, k) => f[k] === '*' || unescape(f[k]) === w)) {
      return unescape(f.slice(4).join(':'));
    }
  }
  throw new Error(`no password for ${user}@${host}:${port}/${db} in ${file}`);
}

// "superadmin <password>", one line, written by vendure.sh (0600).
function superadmin(file) {
  const [identifier, password] = fs.readFileSync(file, 'utf8').trim().split(/\s+/);
  return { identifier, password };
}

function makeConfig(dir, { synchronize = false } = {}) {
  const s = readSettings(dir);
  const core = require('@vendure/core');
  const { AssetServerPlugin } = require('@vendure/asset-server-plugin');
  return {
    apiOptions: {
      hostname: '127.0.0.1',
      port: s.port,
      adminApiPath: 'admin-api',
      shopApiPath: 'shop-api',
    },
    authOptions: {
      tokenMethod: ['bearer', 'cookie'],
      superadminCredentials: superadmin(s.superadminPassFile),
      cookieOptions: { secret: s.cookieSecret },
      // Shoppers and the console sign in often; Vendure's default session cache is fine.
    },
    dbConnectionOptions: {
      type: 'postgres',
      host: s.dbHost,
      port: s.dbPort,
      database: s.dbName,
      username: s.dbUser,
      password: pgpassPassword(s.pgpass, s.dbHost, s.dbPort, s.dbName, s.dbUser),
      schema: 'public',
      // The schema is made once by populate.js (TypeORM synchronize); the server and the worker
      // never change it.
      synchronize,
      migrationsRun: false,
      logging: false,
      extra: { max: s.poolSize || 10, application_name: 'vendure-' + path.basename(process.argv[1], '.js') },
    },
    paymentOptions: { paymentMethodHandlers: [core.dummyPaymentHandler] },
    logger: new core.DefaultLogger({ level: core.LogLevel.Info }),
    customFields: {},
    plugins: [
      AssetServerPlugin.init({ route: 'assets', assetUploadDir: s.assetDir }),
      // Jobs go through the database, so the worker (a second process) runs them.
      core.DefaultJobQueuePlugin.init({ useDatabaseForBuffer: true }),
      core.DefaultSearchPlugin.init({ bufferUpdates: false, indexStockStatus: true }),
    ],
  };
}

module.exports = { stateDir, readSettings, makeConfig, pgpassPassword };
