'use strict';
// Shoppers on the Vendure store: real orders through the Shop API at a given rate.
//   node shoppers.js --state STATE_DIR/vendure --rate R [--clients C] [--orders N]
//                    [--duration S] [--report-every S]
// (scripts/sandbox shoppers RATE starts it detached.) Each order is a guest checkout as a browser
// storefront does it: addItemToOrder (the session's bearer token comes back in the
// `vendure-auth-token` header) -> setCustomerForOrder -> setOrderShippingAddress ->
// setOrderShippingMethod -> transitionOrderToState(ArrangingPayment) -> addPaymentToOrder with the
// dummy payment handler. C clients (default: enough for the rate) run concurrently, each order
// starting on a shared schedule of R per second.
//
// Why Node and not a mode of the C++ simulator (server/storefront): that one writes the reference
// store's own tables over libpq, while Vendure is shopped over GraphQL/HTTP with a session token
// per shopper. Node sits beside the installed Vendure, has fetch and async I/O built in, and needs
// no build, so one process drives dozens of concurrent shoppers.
//
// Prints one JSON line every --report-every seconds and at the end (also on SIGTERM/SIGINT):
//   {"shoppers":"vendure","placed":N,"failed":F,"seconds":S,"orders_per_s":R,"p50_ms":..,"p99_ms":..}
// Exits 1 if --orders N was given and fewer than N orders were placed.
const fs = require('fs');
const path = require('path');

function arg(name, fallback) {
  const i = process.argv.indexOf('--' + name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const stateDir = arg('state');
const settings = stateDir ? JSON.parse(fs.readFileSync(path.join(stateDir, 'settings.json'), 'utf8')) : {};
const shopApi = arg('shop-api', settings.shopApi);
const rate = Number(arg('rate', '1'));
const maxOrders = arg('orders') ? Number(arg('orders')) : Infinity;
const duration = arg('duration') ? Number(arg('duration')) : Infinity;
const reportEvery = Number(arg('report-every', '60'));
const clients = Number(arg('clients', String(Math.max(2, Math.min(64, Math.ceil(rate * 1.5))))));
if (!shopApi || !(rate > 0) || !(clients > 0)) {
  console.error('usage: node shoppers.js --state STATE_DIR/vendure --rate R [--clients C] [--orders N] [--duration S]');
  process.exit(2);
}

class GraphQLError extends Error {}

// One shopper session: a bearer token once Vendure has sent one.
async function gql(session, query, variables) {
  const headers = { 'content-type': 'application/json' };
  if (session.token) headers.authorization = 'Bearer ' + session.token;
  const res = await fetch(shopApi, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const token = res.headers.get('vendure-auth-token');
  if (token) session.token = token;
  const body = await res.json().catch(() => null);
  if (!res.ok || !body || body.errors) {
    throw new GraphQLError(`HTTP ${res.status}: ${JSON.stringify(body && body.errors ? body.errors[0].message : body)}`);
  }
  return body.data;
}

// A mutation result that is an ErrorResult (errorCode + message) is a failed step.
function ok(result, step) {
  if (result && result.errorCode) throw new GraphQLError(`${step}: ${result.errorCode}: ${result.message}`);
  return result;
}

const ORDER = '... on Order { id code state } ... on ErrorResult { errorCode message }';

let variants = [];
let shippingMethodId = null;
let paymentMethod = null;

// Variants in stock, up to 1,000, from the Shop API's product list (not its search, whose index the
// worker may be rebuilding).
async function prepare() {
  const s = {};
  for (let skip = 0; variants.length < 1000; skip += 100) {
    const d = await gql(s, `query($skip: Int) { products(options: { take: 100, skip: $skip }) {
      totalItems items { variants { id stockLevel } } } }`, { skip });
    for (const p of d.products.items) {
      variants.push(...p.variants.filter((v) => v.stockLevel !== 'OUT_OF_STOCK').map((v) => v.id));
    }
    if (skip + 100 >= d.products.totalItems) break;
  }
  if (!variants.length) throw new Error('no variant in stock in the Shop API');
}

function pick(list) {
  return list[Math.floor(Math.random() * list.length)];
}

async function placeOrder(n) {
  const s = {};
  let added = null;
  for (let attempt = 0; attempt < 5 && !added; attempt++) {
    const d = await gql(s, `mutation($v: ID!, $q: Int!) { addItemToOrder(productVariantId: $v, quantity: $q) { ${ORDER} } }`,
      { v: pick(variants), q: 1 + (n % 2) });
    if (d.addItemToOrder.errorCode === 'INSUFFICIENT_STOCK_ERROR' || d.addItemToOrder.errorCode === 'NEGATIVE_QUANTITY_ERROR') continue;
    added = ok(d.addItemToOrder, 'addItemToOrder');
  }
  if (!added) throw new GraphQLError('addItemToOrder: no variant with stock after 5 tries');
  const who = n % 200;
  let d = await gql(s, `mutation($i: CreateCustomerInput!) { setCustomerForOrder(input: $i) { ${ORDER} } }`,
    { i: { emailAddress: `shopper${who}@example.test`, firstName: 'Shopper', lastName: String(who) } });
  ok(d.setCustomerForOrder, 'setCustomerForOrder');
  d = await gql(s, `mutation($i: CreateAddressInput!) { setOrderShippingAddress(input: $i) { ${ORDER} } }`,
    { i: { fullName: `Shopper ${who}`, streetLine1: `${who} Sandbox Street`, city: 'Testville', postalCode: '12345', countryCode: 'US' } });
  ok(d.setOrderShippingAddress, 'setOrderShippingAddress');
  if (!shippingMethodId) {
    d = await gql(s, '{ eligibleShippingMethods { id } }');
    if (!d.eligibleShippingMethods.length) throw new GraphQLError('no eligible shipping method');
    shippingMethodId = d.eligibleShippingMethods[0].id;
  }
  d = await gql(s, `mutation($id: [ID!]!) { setOrderShippingMethod(shippingMethodId: $id) { ${ORDER} } }`, { id: [shippingMethodId] });
  ok(d.setOrderShippingMethod, 'setOrderShippingMethod');
  d = await gql(s, `mutation { transitionOrderToState(state: "ArrangingPayment") { ... on Order { id state }
    ... on OrderStateTransitionError { errorCode message transitionError } } }`);
  ok(d.transitionOrderToState, 'transitionOrderToState');
  if (!paymentMethod) {
    d = await gql(s, '{ eligiblePaymentMethods { code isEligible } }');
    const m = d.eligiblePaymentMethods.find((p) => p.isEligible);
    if (!m) throw new GraphQLError('no eligible payment method');
    paymentMethod = m.code;
  }
  d = await gql(s, `mutation($i: PaymentInput!) { addPaymentToOrder(input: $i) { ${ORDER} } }`,
    { i: { method: paymentMethod, metadata: { shopper: who } } });
  const order = ok(d.addPaymentToOrder, 'addPaymentToOrder');
  if (order.state !== 'PaymentAuthorized' && order.state !== 'PaymentSettled') {
    throw new GraphQLError(`order ${order.code} is ${order.state} after payment`);
  }
  return order;
}

let t0 = Date.now();
let started = 0;
let placed = 0;
let failed = 0;
let lastError = '';
const latencies = [];
let stopping = false;

function quantile(q) {
  if (!latencies.length) return null;
  const sorted = [...latencies].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function report(final) {
  const seconds = (Date.now() - t0) / 1000;
  const line = {
    shoppers: 'vendure', placed, failed, seconds: Math.round(seconds * 10) / 10,
    orders_per_s: Math.round((placed / Math.max(seconds, 0.001)) * 100) / 100,
    target_per_s: rate, clients, p50_ms: quantile(0.5), p99_ms: quantile(0.99),
  };
  if (lastError) line.last_error = lastError;
  if (final) line.final = true;
  console.log(JSON.stringify(line));
  latencies.length = 0; // p50/p99 are per report interval
}

async function client() {
  while (!stopping) {
    const k = started++;
    if (k >= maxOrders) return;
    const due = t0 + (k * 1000) / rate;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (stopping) return;
    const begin = Date.now();
    try {
      await placeOrder(k);
      placed++;
      latencies.push(Date.now() - begin);
    } catch (err) {
      failed++;
      lastError = String(err.message || err).slice(0, 300);
      if (!(err instanceof GraphQLError)) await new Promise((r) => setTimeout(r, 500)); // server away
    }
  }
}

function stop() {
  stopping = true;
}
// Stopped from outside (scripts/sandbox shoppers stop, down): the final line now; orders in flight
// are abandoned, as a shopper closing the browser would.
function terminate() {
  report(true);
  process.exit(0);
}
process.on('SIGTERM', terminate);
process.on('SIGINT', terminate);

async function main() {
  await prepare();
  t0 = Date.now();
  const timer = setInterval(() => report(false), reportEvery * 1000);
  if (Number.isFinite(duration)) setTimeout(stop, duration * 1000);
  await Promise.all(Array.from({ length: clients }, client));
  clearInterval(timer);
  report(true);
  process.exit(Number.isFinite(maxOrders) && placed < maxOrders ? 1 : 0);
}

main().catch((err) => {
  console.error('shoppers:', err.message || err);
  process.exit(1);
});
