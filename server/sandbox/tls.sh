# shellcheck shell=bash
# Verified TLS in the sandbox (QM_SANDBOX_TLS=1), sourced by scripts/sandbox (it uses STATE, BASE,
# REDIS_PORT, say, die). Off by default: without it nothing changes. `up` with it records "on" in
# $STATE/tls-mode, so later commands (restart redis...) keep TLS; a sandbox made without it gets
# TLS on its next `up` with QM_SANDBOX_TLS=1 (certificates are swapped in, servers restarted by
# the caller if they run).
#   $STATE/tls/ca.{key,crt}        the sandbox's own CA (OpenSSL, EC P-256, 10 years)
#   $STATE/tls/server.{key,crt}    signed by it for DNS:localhost, IP:127.0.0.1
#   PostgreSQL primary + replica   ssl=on with server.crt (their data folders' server.crt/key)
#   base+8                         Redis's TLS port (tls-port; the plain port +2 stays for the
#                                  replica, Sentinel, the exporters and the simulator)
#   Prometheus (base+22)           https through --web.config.file
#   Patroni REST (base+18, +19)    https (restapi certfile/keyfile/cafile, HA sandboxes only)
#   $STATE/tls/client.{key,crt}    a client certificate for CN=qm_cert (clientAuth), key 0600
#   client certificates            PostgreSQL trusts the CA for clients (ssl_ca_file) and signs
#                                  the login role qm_cert (qm_merchandiser) in by certificate only
#                                  (pg_hba: hostssl ... cert); Redis's TLS port asks every client
#                                  for a certificate from the CA (tls-auth-clients yes)
# The profiles then say sslmode verify-full, "ca_file": $STATE/tls/ca.crt, Redis at localhost:+8
# with "tls": true, Prometheus at https://localhost:+22 and Patroni at https://localhost:+18/+19,
# and "client_cert"/"client_key" (the console presents them to PostgreSQL and Redis).

TLS_DIR=$STATE/tls
TLS_MODE_FILE=$STATE/tls-mode
TLS_REDIS_PORT=$((BASE + 8))
TLS_CA=$TLS_DIR/ca.crt

tls_enabled() {
  local m=${QM_SANDBOX_TLS:-}
  [ -n "$m" ] || m=$(cat "$TLS_MODE_FILE" 2>/dev/null || true)
  [ "$m" = 1 ] || [ "$m" = on ]
}

tls_up_record() { if tls_enabled; then echo on >"$TLS_MODE_FILE"; fi; return 0; }

tls_ports() {
  if tls_enabled; then printf '%s %s\n' "$TLS_REDIS_PORT" "Redis (TLS)"; fi
  return 0
}

# The CA and the server certificate, made once per state folder.
tls_make_certs() {
  tls_enabled || return 0
  [ -f "$TLS_DIR/server.crt" ] && [ -f "$TLS_CA" ] && return 0
  command -v openssl >/dev/null || die "QM_SANDBOX_TLS=1 needs openssl"
  say "TLS: making the sandbox's CA and a certificate for localhost ($TLS_DIR)"
  rm -rf "$TLS_DIR.new"
  mkdir -p "$TLS_DIR.new"
  (
    cd "$TLS_DIR.new"
    openssl req -x509 -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
      -keyout ca.key -out ca.crt -days 3650 -subj "/CN=Quartermaster sandbox CA $BASE" \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
    openssl req -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
      -keyout server.key -out server.csr -subj "/CN=localhost"
    printf '%s\n' "basicConstraints=CA:FALSE" "keyUsage=critical,digitalSignature,keyEncipherment" \
      "extendedKeyUsage=serverAuth" "subjectAltName=DNS:localhost,IP:127.0.0.1" >server.ext
    openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 825 \
      -extfile server.ext -out server.crt
    rm -f server.csr server.ext
    chmod 600 ca.key server.key
  ) >"$LOGS/tls.log" 2>&1 || die "TLS: openssl failed (see $LOGS/tls.log)"
  rm -rf "$TLS_DIR"
  mv "$TLS_DIR.new" "$TLS_DIR"
  chmod 755 "$TLS_DIR"
  chmod 644 "$TLS_DIR/ca.crt" "$TLS_DIR/server.crt"
}

# The client certificate (CN=qm_cert), made once per state folder (also in one made before it).
tls_make_client_cert() {
  tls_enabled || return 0
  [ -f "$TLS_DIR/client.crt" ] && [ -f "$TLS_DIR/client.key" ] && return 0
  (
    cd "$TLS_DIR"
    openssl req -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
      -keyout client.key.new -out client.csr -subj "/CN=qm_cert"
    printf '%s\n' "basicConstraints=CA:FALSE" "keyUsage=critical,digitalSignature" \
      "extendedKeyUsage=clientAuth" >client.ext
    openssl x509 -req -in client.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 825 \
      -extfile client.ext -out client.crt
    rm -f client.csr client.ext
    chmod 600 client.key.new
    mv client.key.new client.key
    chmod 644 client.crt
  ) >>"$LOGS/tls.log" 2>&1 || die "TLS: openssl failed on the client certificate (see $LOGS/tls.log)"
}

# Client certificates on a running primary (after bootstrap_db; a replica cloned later copies
# pg_hba.conf and postgresql.auto.conf): the login role qm_cert, the CA PostgreSQL trusts for
# clients, and pg_hba lines that sign qm_cert in by certificate only. Idempotent.
tls_pg_client_auth() { # DATADIR PORT
  tls_enabled || return 0
  psql_owner "$2" postgres -v ca="$TLS_CA" >/dev/null <<'SQL'
select 'create role qm_cert login' where not exists (select from pg_roles where rolname = 'qm_cert') \gexec
select format('alter system set ssl_ca_file = %L', :'ca') \gexec
SQL
  if ! grep -q 'qm_cert' "$1/pg_hba.conf"; then
    { printf '%s\n' "hostssl all  qm_cert  127.0.0.1/32  cert" "host    all  qm_cert  127.0.0.1/32  reject"
      cat "$1/pg_hba.conf"; } >"$1/pg_hba.conf.new"
    cat "$1/pg_hba.conf.new" >"$1/pg_hba.conf" # keeps the file's owner and mode
    rm -f "$1/pg_hba.conf.new"
  fi
  psql_owner "$2" postgres -tAc "select pg_reload_conf()" >/dev/null
}
# After the migrations: qm_cert reads like a merchandiser.
tls_grant_roles() { # PORT DB
  tls_enabled || return 0
  psql_owner "$1" "$2" -c "grant qm_merchandiser to qm_cert" >/dev/null
}

# tls_install_pg DATADIR: the sandbox's certificate as the server's (ssl=on is always set).
# Returns 0 when it changed the files (a running server must reload).
tls_install_pg() {
  tls_enabled || return 1
  [ -d "$1" ] || return 1
  cmp -s "$TLS_DIR/server.crt" "$1/server.crt" 2>/dev/null && return 1
  cp "$TLS_DIR/server.crt" "$1/server.crt"
  cp "$TLS_DIR/server.key" "$1/server.key"
  chmod 600 "$1/server.key"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$1/server.crt" "$1/server.key"
  return 0
}

# The redis-server arguments for the TLS port (none without TLS).
tls_redis_args() {
  tls_enabled || return 0
  printf '%s\n' --tls-port "$TLS_REDIS_PORT" --tls-cert-file "$TLS_DIR/server.crt" \
    --tls-key-file "$TLS_DIR/server.key" --tls-ca-cert-file "$TLS_CA" --tls-auth-clients yes
}

# Prometheus's --web.config.file (an empty line without TLS).
tls_prometheus_args() {
  tls_enabled || return 0
  cat >"$TLS_DIR/prometheus-web.yml" <<YAML
tls_server_config:
  cert_file: $TLS_DIR/server.crt
  key_file: $TLS_DIR/server.key
YAML
  printf '%s\n' "--web.config.file=$TLS_DIR/prometheus-web.yml"
}

# Patroni's REST API over https (Patroni 3: restapi certfile/keyfile; cafile is also what a member
# and patronictl trust when they call the other member's API). Patroni runs as postgres when root
# runs the sandbox: it gets its own copy of the key, in the data folder's owner's hands.
# tls_patroni_restapi primary|replica -> the extra lines of the restapi section (none without TLS).
tls_patroni_restapi() {
  tls_enabled || return 0
  local key=$RUNDIR/patroni-$1-rest.key
  cp "$TLS_DIR/server.key" "$key.tmp"
  chmod 600 "$key.tmp"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$key.tmp"
  mv "$key.tmp" "$key"
  printf '  %s\n' "certfile: $TLS_DIR/server.crt" "keyfile: $key" "cafile: $TLS_CA"
}
# patronictl's side: verify the members' certificates with the sandbox's CA.
tls_patroni_ctl() {
  tls_enabled || return 0
  printf '%s\n' "ctl:" "  insecure: false" "  cacert: $TLS_CA"
}
# The scheme and host of the REST API URLs the sandbox hands out (the profile, ha.json): the
# certificate names localhost and 127.0.0.1; the profile says localhost, as for Prometheus.
tls_patroni_url() { # port
  if tls_enabled; then printf 'https://localhost:%s' "$1"; else printf 'http://127.0.0.1:%s' "$1"; fi
}
# curl's arguments for a member's REST API (https with the CA, or plain).
tls_curl_rest() { # port path
  if tls_enabled; then
    printf '%s\n' --cacert "$TLS_CA" "https://127.0.0.1:$1$2"
  else
    printf '%s\n' "http://127.0.0.1:$1$2"
  fi
}

# The profile's PostgreSQL sslmode, Redis address and CA member.
tls_profile_sslmode() { if tls_enabled; then echo verify-full; else echo prefer; fi; }
tls_profile_redis() { # the "host", "port" (and "tls") members of the profile's redis object
  if tls_enabled; then
    printf '"host": "localhost", "port": %s, "tls": true' "$TLS_REDIS_PORT"
  else
    printf '"host": "127.0.0.1", "port": %s' "$REDIS_PORT"
  fi
}
tls_profile_ca() {
  if tls_enabled; then
    printf '"ca_file": "%s", "client_cert": "%s", "client_key": "%s",' "$TLS_CA" \
      "$TLS_DIR/client.crt" "$TLS_DIR/client.key"
  fi
  return 0
}
