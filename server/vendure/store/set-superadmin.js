'use strict';
// Sets the superadmin's password in the database to the one in superadmin.pass, as Vendure's
// BcryptPasswordHashingStrategy would hash it. vendure.sh runs it after restoring the database from
// the machine's populated template (made by another sandbox, with that sandbox's password).
//   node set-superadmin.js --state STATE_DIR/vendure
const fs = require('fs');
const path = require('path');
const { stateDir, readSettings, pgpassPassword } = require('./config');

async function main() {
  const dir = stateDir();
  const s = readSettings(dir);
  const [identifier, password] = fs.readFileSync(s.superadminPassFile, 'utf8').trim().split(/\s+/);
  const hash = await require('bcrypt').hash(password, 12);
  const { Client } = require('pg');
  const client = new Client({
    host: s.dbHost, port: s.dbPort, database: s.dbName, user: s.dbUser,
    password: pgpassPassword(s.pgpass, s.dbHost, s.dbPort, s.dbName, s.dbUser),
  });
  await client.connect();
  try {
    const r = await client.query(
      `update authentication_method m set "passwordHash" = $2, "updatedAt" = now()
         from "user" u
        where m."userId" = u.id and u.identifier = $1 and m.type = 'NativeAuthenticationMethod'`,
      [identifier, hash]);
    if (r.rowCount !== 1) throw new Error(`${r.rowCount} password rows for ${identifier}, expected 1`);
    await client.query(`delete from session`); // the template's sessions are not this sandbox's
  } finally {
    await client.end();
  }
  console.log(`${path.basename(s.superadminPassFile)}: password of ${identifier} set`);
}

main().catch((err) => {
  console.error(err.message || err);
  process.exit(1);
});
