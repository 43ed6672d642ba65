// The benchmark's peer: PostGraphile 4 on the hub's database, as the same RLS-bound role (hub_app).
//
// Each request's hub access token (ES256, verified against the hub's JWKS, like the hub does) becomes
// the transaction-local settings that the row-level security of migration 0003 reads: hub.role,
// hub.departements, hub.structure_id, hub.conseiller_id, hub.organisation_id, hub.scopes. Same
// rows, same policies, same database: only the GraphQL server differs.
//
// Environment: DATABASE_URL (as hub_app), PORT, JWKS_URL, ISSUER, AUDIENCE, WORKERS (default 2,
// like `inclusion-hub serve --workers 2`), SCHEMAS (default "public,bench").
"use strict";

const cluster = require("cluster");
const crypto = require("crypto");
const http = require("http");
const jwt = require("jsonwebtoken");
const { postgraphile } = require("postgraphile");
const PgAggregatesPlugin = require("@graphile/pg-aggregates").default;
const ConnectionFilterPlugin = require("postgraphile-plugin-connection-filter");

const env = process.env;
const WORKERS = Number(env.WORKERS || 2);
const DATE_OID = "1082";
const TIMESTAMP_OIDS = ["1114", "1184"];

// pg-aggregates' own extension points (README "Defining your own…"): group by month (the hub's
// `activite.date` is a DATE, which the built-in hour/day derivatives do not cover) and a per-group
// row count (the built-in `distinctCount` would make PostgreSQL de-duplicate every id).
function BenchAggregatesPlugin(builder) {
  builder.hook("build", (build) => {
    const { pgSql: sql } = build;
    const dateLike = (type) => type.id === DATE_OID || TIMESTAMP_OIDS.includes(type.id);
    const bigint = build.pgIntrospectionResultsByKind.type.find((t) => t.id === "20");
    // Replaced in place, as the plugin's README does (build.extend refuses an existing key).
    build.pgAggregateGroupBySpecs = [
      ...build.pgAggregateGroupBySpecs,
      {
        id: "truncated-to-month",
        isSuitableType: dateLike,
        sqlWrap: (frag) => sql.fragment`date_trunc('month', ${frag})`,
      },
    ];
    build.pgAggregateSpecs = [
      ...build.pgAggregateSpecs,
      {
        id: "count",
        humanLabel: "count",
        HumanLabel: "Count",
        isSuitableType: (type) => type.id === "2950", // uuid: the primary keys
        sqlAggregateWrap: (frag) => sql.fragment`count(${frag})`,
        pgTypeAndModifierModifier: () => [bigint, null],
        isNonNull: true,
      },
    ];
    return build;
  });
}

async function verificationKeys() {
  const response = await fetch(env.JWKS_URL);
  if (!response.ok) throw new Error(`JWKS ${env.JWKS_URL}: HTTP ${response.status}`);
  const { keys } = await response.json();
  return new Map(
    keys.map((jwk) => [jwk.kid, crypto.createPublicKey({ key: jwk, format: "jwk" }).export({ type: "spki", format: "pem" })])
  );
}

function settingsFor(claims) {
  const list = (values) => (values || []).join(",");
  return {
    "hub.role": claims.role,
    "hub.departements": list(claims.departements),
    "hub.structure_id": claims.structure_id || "",
    "hub.conseiller_id": claims.conseiller_id || "",
    "hub.organisation_id": claims.organisation_id || "",
    "hub.scopes": list((claims.scope || "").split(" ").filter(Boolean)),
    "hub.statistiques": "",
  };
}

function pgSettingsFrom(keys) {
  return async (req) => {
    const match = /^Bearer (.+)$/.exec(req.headers.authorization || "");
    if (!match) return settingsFor({ role: "anonyme" });
    const token = match[1];
    const header = JSON.parse(Buffer.from(token.split(".")[0], "base64url").toString());
    const key = keys.get(header.kid);
    if (!key || header.typ !== "at+jwt") throw new Error("jeton refusé");
    const claims = jwt.verify(token, key, { algorithms: ["ES256"], issuer: env.ISSUER, audience: env.AUDIENCE });
    return settingsFor(claims);
  };
}

async function serve() {
  const keys = await verificationKeys();
  const schemas = (env.SCHEMAS || "public,bench").split(",");
  const middleware = postgraphile(env.DATABASE_URL, schemas, {
    appendPlugins: [PgAggregatesPlugin, ConnectionFilterPlugin, BenchAggregatesPlugin],
    pgSettings: pgSettingsFrom(keys),
    disableQueryLog: true,
    graphiql: false,
    watchPg: false,
    dynamicJson: true,
    setofFunctionsContainNulls: false,
    ignoreRBAC: false,
    legacyRelations: "omit",
    disableDefaultMutations: true,
    retryOnInitFail: false,
    bodySizeLimit: "100kB",
  });
  http.createServer(middleware).listen(Number(env.PORT), "127.0.0.1");
}

if (cluster.isPrimary && WORKERS > 1) {
  for (let i = 0; i < WORKERS; i++) cluster.fork();
  cluster.on("exit", (worker, code) => {
    if (code !== 0) process.exit(code);
  });
  const stop = () => {
    for (const worker of Object.values(cluster.workers)) worker.process.kill("SIGTERM");
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
} else {
  serve().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
