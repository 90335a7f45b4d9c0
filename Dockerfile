# syntax=docker/dockerfile:1
#
# Every process of Klageportal from this one file: one build target per process.
#
#   docker build --target cases -t klageportal/cases .
#
# Targets: identity, cases, press, stats (the subgraphs), gateway, portal; idp-simulator and
# dev-tools are for the local stack only (compose.yaml). Why one file, what each image holds and
# how they run: docs/deployment.md.
#
# Stages: workspace (pnpm and the package store, from the lockfile alone) → build (install with
# the dev dependencies, `turbo run build` of every image's package, once) → deploy-<target>
# (that package and the workspace packages it depends on, production dependencies only) →
# <target> (Node 24 slim, non-root, with only what deploy-<target> assembled).

ARG NODE_IMAGE=node:24-bookworm-slim

# ---- workspace: pnpm, and every package the lockfile names, fetched into the store ----------
FROM ${NODE_IMAGE} AS workspace
# keep in step with "packageManager" in package.json (a devstack test checks)
ARG PNPM_VERSION=10.34.9
ENV CI=true TURBO_TELEMETRY_DISABLED=1
RUN npm install --global --no-fund --no-audit "pnpm@${PNPM_VERSION}"
WORKDIR /repo
# the store depends on the lockfile alone, so this layer is rebuilt only when the lockfile changes
COPY pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
RUN pnpm fetch --store-dir /pnpm/store

# ---- build: the whole workspace with its dev dependencies; every image's package built once --
FROM workspace AS build
COPY . .
RUN pnpm install --offline --frozen-lockfile --store-dir /pnpm/store
RUN pnpm turbo run build --output-logs=errors-only \
      --filter=@klageportal/identity... \
      --filter=@klageportal/cases... \
      --filter=@klageportal/press... \
      --filter=@klageportal/stats... \
      --filter=@klageportal/gateway... \
      --filter=@klageportal/portal... \
      --filter=@klageportal/idp-simulator... \
      --filter=@klageportal/devstack...

# ---- deploy: one package as it runs, with production dependencies only ----------------------
FROM build AS deploy
# `assemble <package> <out>`: <out> gets the workspace layout for that package alone — the
# package and the workspace packages in its `dependencies` (never `devDependencies`), each with
# package.json, its built output (dist/, dist-server/), the data files beside package.json that
# are read at run time (*.graphql, *.json: the supergraph, the trusted documents) and its
# node_modules links; and the root node_modules from a `--prod` install of exactly those packages.
# Sources, tests, compiled tests and configuration for the tools are left behind.
COPY --chmod=0755 <<'EOF' /usr/local/bin/assemble
#!/bin/sh
set -eu
pkg="$1"
out="$2"
cd /repo
find . -name node_modules -type d -prune -exec rm -rf {} +
pnpm install --offline --frozen-lockfile --prod --store-dir /pnpm/store --filter-prod "${pkg}..."
mkdir -p "$out"
cp -a node_modules "$out/"
pnpm ls --json --depth=-1 --filter-prod "${pkg}..." \
  | node -e 'let s = ""; process.stdin.on("data", (d) => { s += d; }).on("end", () => { for (const p of JSON.parse(s)) console.log(require("node:path").relative("/repo", p.path)); });' \
  > /tmp/packages
while read -r dir; do
  mkdir -p "$out/$dir"
  for entry in package.json node_modules dist dist-server; do
    if [ -e "$dir/$entry" ]; then cp -a "$dir/$entry" "$out/$dir/"; fi
  done
  find "$dir" -maxdepth 1 -type f \( -name '*.graphql' -o -name '*.json' \) \
    ! -name package.json ! -name 'tsconfig*.json' -exec cp -a {} "$out/$dir/" \;
  rm -rf "$out/$dir/dist/test"
  find "$out/$dir" -name '*.tsbuildinfo' -delete
  echo "assembled $dir"
done < /tmp/packages
EOF

FROM deploy AS deploy-identity
RUN assemble @klageportal/identity /out
FROM deploy AS deploy-cases
RUN assemble @klageportal/cases /out
FROM deploy AS deploy-press
RUN assemble @klageportal/press /out
FROM deploy AS deploy-stats
RUN assemble @klageportal/stats /out
FROM deploy AS deploy-gateway
RUN assemble @klageportal/gateway /out
FROM deploy AS deploy-portal
RUN assemble @klageportal/portal /out
FROM deploy AS deploy-idp-simulator
RUN assemble @klageportal/idp-simulator /out

# ---- runtime: what every image shares ----------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production HOST=0.0.0.0
# no package manager at run time
RUN rm -rf /usr/local/lib/node_modules /usr/local/bin/npm /usr/local/bin/npx \
      /usr/local/bin/corepack /usr/local/bin/yarn /usr/local/bin/yarnpkg /opt/yarn-* \
  && install -d -o node -g node /var/lib/klageportal
# Secrets as files (compose secrets, a Kubernetes secret volume): every name in $SECRETS (space
# separated) is read from $SECRETS_DIR/<name> (default /run/secrets) into the environment
# variable <name> before the process starts. A listed file that is missing, or a name that is
# also set in the environment, stops the container with the name (never the value).
COPY --chmod=0755 <<'EOF' /usr/local/bin/klageportal-entrypoint
#!/bin/sh
set -eu
dir="${SECRETS_DIR:-/run/secrets}"
for name in ${SECRETS:-}; do
  case "$name" in
    [A-Z]*) ;;
    *) echo "klageportal-entrypoint: '$name' in SECRETS is not a variable name" >&2; exit 1 ;;
  esac
  if [ -n "$(printf '%s' "$name" | tr -d 'A-Z0-9_')" ]; then
    echo "klageportal-entrypoint: '$name' in SECRETS is not a variable name" >&2
    exit 1
  fi
  if printenv "$name" > /dev/null 2>&1; then
    echo "klageportal-entrypoint: $name is set in the environment and listed in SECRETS" >&2
    exit 1
  fi
  if [ ! -r "$dir/$name" ]; then
    echo "klageportal-entrypoint: secret $name: no readable file $dir/$name" >&2
    exit 1
  fi
  value="$(cat "$dir/$name")"
  export "$name=$value"
done
unset SECRETS SECRETS_DIR
exec "$@"
EOF
# `node healthcheck.mjs [path]`: 0 when http://127.0.0.1:$PORT<path> answers 2xx within 2 s
COPY <<'EOF' /usr/local/lib/klageportal/healthcheck.mjs
const path = process.argv[2] ?? '/healthz';
const url = `http://127.0.0.1:${process.env.PORT}${path}`;
fetch(url, { signal: AbortSignal.timeout(2000) }).then(
  (res) => process.exit(res.ok ? 0 : 1),
  () => process.exit(1),
);
EOF
USER node
ENTRYPOINT ["/usr/local/bin/klageportal-entrypoint"]
# liveness; compose asks /readyz (the database answers) where a service has one
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "/usr/local/lib/klageportal/healthcheck.mjs", "/healthz"]

# ---- the images -----------------------------------------------------------------------------
FROM runtime AS identity
COPY --from=deploy-identity /out /app
WORKDIR /app/services/identity
ENV PORT=4101
EXPOSE 4101
CMD ["node", "--enable-source-maps", "dist/src/main.js", "serve"]

FROM runtime AS cases
COPY --from=deploy-cases /out /app
WORKDIR /app/services/cases
ENV PORT=4102
EXPOSE 4102
CMD ["node", "--enable-source-maps", "dist/src/main.js", "serve"]

FROM runtime AS press
COPY --from=deploy-press /out /app
WORKDIR /app/services/press
ENV PORT=4103
EXPOSE 4103
CMD ["node", "--enable-source-maps", "dist/src/main.js", "serve"]

FROM runtime AS stats
COPY --from=deploy-stats /out /app
WORKDIR /app/services/stats
ENV PORT=4104
EXPOSE 4104
CMD ["node", "--enable-source-maps", "dist/src/main.js", "serve"]

FROM runtime AS gateway
COPY --from=deploy-gateway /out /app
WORKDIR /app/gateway
ENV PORT=4000 APOLLO_TELEMETRY_DISABLED=1
EXPOSE 4000
CMD ["node", "--enable-source-maps", "dist/src/main.js"]

FROM runtime AS portal
COPY --from=deploy-portal /out /app
WORKDIR /app/apps/portal
ENV PORT=5173
EXPOSE 5173
# the portal's server has no health route: its start page answers when it serves
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "/usr/local/lib/klageportal/healthcheck.mjs", "/"]
CMD ["node", "--enable-source-maps", "dist-server/serve.js"]

# Local only: the development stand-in for ID-porten, the staff IdP and Maskinporten.
FROM runtime AS idp-simulator
COPY --from=deploy-idp-simulator /out /app
WORKDIR /app/packages/idp-simulator
ENV PORT=4400
EXPOSE 4400
CMD ["node", "--enable-source-maps", "dist/src/main.js"]

# ---- dev-tools: local only, never deployed ------------------------------------------------------
# The built workspace with its dev dependencies, for the local stack's one-off jobs: generate the
# local secrets (dev-secrets.mjs), create the database roles and databases (db-init.mjs), and run
# the mail catcher of `pnpm start` (mail-catcher.mjs). The scripts use @klageportal/devstack.
FROM build AS dev-tools
# Writes every local secret once into $DEV_SECRETS_DIR (/run/dev-secrets: a volume), one folder
# per consumer, one file per variable; kept on later runs (the encrypted fødselsnummer in the
# database must stay readable). Service files are 0400 (the services run as this same user);
# postgres/ is 0444, because the postgres image reads it as another user.
COPY <<'EOF' /repo/packages/devstack/compose/dev-secrets.mjs
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { generateInternalKeyPair } from '@klageportal/federation';
import { createSecrets, STAFF_USERS, syntheticPersons } from '../dist/src/index.js';

const dir = process.env.DEV_SECRETS_DIR ?? '/run/dev-secrets';
const portal = (process.env.PORTAL_URL ?? 'http://localhost:5173').replace(/\/+$/, '');
const complete = join(dir, '.complete');
if (existsSync(complete)) {
  console.log(`dev-secrets: the secrets in ${dir} are in place; kept`);
  process.exit(0);
}
const secrets = await createSecrets();
const internal = await generateInternalKeyPair('internal-compose');
const feed = await generateInternalKeyPair('stats-feed');
const password = () => randomBytes(24).toString('hex');
const roles = { klageportal: password(), press: password(), stats: password() };
const databaseUrl = (role) => `postgres://${role}:${roles[role]}@postgres:5432/${role}`;
const json = (value) => JSON.stringify(value);
const persons = await syntheticPersons();
const idpConfig = {
  idporten: {
    clients: [
      {
        clientId: 'klageportal',
        clientSecret: secrets.idportenClientSecret,
        redirectUris: [`${portal}/auth/callback`],
        postLogoutRedirectUris: [`${portal}/`],
      },
    ],
    persons: persons.map((p) => ({ pid: p.fnr, name: p.displayName, note: p.note })),
  },
  ansatt: {
    clients: [
      {
        clientId: 'klageportal-ansatt',
        clientSecret: secrets.ansattClientSecret,
        redirectUris: [`${portal}/auth/staff/callback`],
        postLogoutRedirectUris: [`${portal}/`],
      },
    ],
    users: STAFF_USERS,
  },
  maskinporten: {
    clients: [secrets.npeClient, secrets.otherPartnerClient].map((c) => ({
      clientId: c.clientId,
      orgnr: c.orgnr,
      scopes: c.scopes,
      jwks: { keys: [c.publicJwk] },
    })),
  },
};
const files = {
  'postgres/POSTGRES_PASSWORD': password(),
  'postgres/roles.json': json(roles),
  'identity/DATABASE_URL': databaseUrl('klageportal'),
  'identity/INTERNAL_JWT_PUBLIC_KEYS': json(internal.publicJwks),
  'identity/FNR_ENCRYPTION_KEY': secrets.fnrEncryptionKey,
  'identity/FNR_HASH_KEY': secrets.fnrHashKey,
  'identity/LOGIN_COOKIE_KEY': secrets.loginCookieKey,
  'identity/IDPORTEN_CLIENT_SECRET': secrets.idportenClientSecret,
  'identity/ANSATT_CLIENT_SECRET': secrets.ansattClientSecret,
  'cases/DATABASE_URL': databaseUrl('klageportal'),
  'cases/INTERNAL_JWT_PUBLIC_KEYS': json(internal.publicJwks),
  'cases/CASE_FEED_CONSUMER_KEYS': json(feed.publicJwks),
  'press/DATABASE_URL': databaseUrl('press'),
  'press/INTERNAL_JWT_PUBLIC_KEYS': json(internal.publicJwks),
  'stats/DATABASE_URL': databaseUrl('stats'),
  'stats/INTERNAL_JWT_PUBLIC_KEYS': json(internal.publicJwks),
  'stats/CASE_FEED_PRIVATE_KEY': json(feed.privateJwk),
  'gateway/INTERNAL_JWT_PRIVATE_KEY': json(internal.privateJwk),
  'gateway/METRICS_TOKEN': randomBytes(24).toString('base64url'),
  'idp/idp-simulator.json': json(idpConfig),
  'partners/npe-testklient.json': json(secrets.npeClient),
  'partners/annen-partner.json': json(secrets.otherPartnerClient),
};
for (const [name, content] of Object.entries(files)) {
  const file = join(dir, name);
  await mkdir(dirname(file), { recursive: true, mode: 0o755 });
  await rm(file, { force: true });
  await writeFile(file, content, { mode: name.startsWith('postgres/') ? 0o444 : 0o400 });
}
await writeFile(complete, `${new Date().toISOString()}\n`);
console.log(`dev-secrets: ${Object.keys(files).length} files written to ${dir}`);
EOF
# Creates a login role and a database of the same name, owned by it, for each entry of
# postgres/roles.json (klageportal: identity and cases; press; stats), and sets its password
# from there; only the owner may connect. Idempotent.
COPY <<'EOF' /repo/packages/devstack/compose/db-init.mjs
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';

const dir = process.env.DEV_SECRETS_DIR ?? '/run/dev-secrets';
const roles = JSON.parse(await readFile(join(dir, 'postgres/roles.json'), 'utf8'));
const admin = new pg.Client({
  host: process.env.PGHOST ?? 'postgres',
  port: Number(process.env.PGPORT ?? 5432),
  user: 'postgres',
  password: await readFile(join(dir, 'postgres/POSTGRES_PASSWORD'), 'utf8'),
  database: 'postgres',
});
await admin.connect();
try {
  for (const [role, password] of Object.entries(roles)) {
    const name = admin.escapeIdentifier(role);
    const secret = admin.escapeLiteral(password);
    const { rowCount: hasRole } = await admin.query('select 1 from pg_roles where rolname = $1', [role]);
    await admin.query(`${hasRole ? 'alter' : 'create'} role ${name} login password ${secret}`);
    const { rowCount: hasDb } = await admin.query('select 1 from pg_database where datname = $1', [role]);
    if (!hasDb) await admin.query(`create database ${name} owner ${name}`);
    await admin.query(`revoke connect, temporary on database ${name} from public`);
    console.log(`db-init: role and database ${role} in place`);
  }
} finally {
  await admin.end();
}
EOF
# The mail catcher of `pnpm start`: SMTP on 1025, the messages on 1080 (JSON: /api/messages).
COPY <<'EOF' /repo/packages/devstack/compose/mail-catcher.mjs
import { startMailCatcher } from '../dist/src/index.js';

const catcher = await startMailCatcher({ host: '0.0.0.0', smtpPort: 1025, uiPort: 1080 });
console.log('mail-catcher: SMTP on :1025, messages on :1080 (JSON: /api/messages)');
const stop = () => catcher.stop().finally(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
EOF
COPY <<'EOF' /usr/local/lib/klageportal/healthcheck.mjs
const path = process.argv[2] ?? '/healthz';
const url = `http://127.0.0.1:${process.env.PORT}${path}`;
fetch(url, { signal: AbortSignal.timeout(2000) }).then(
  (res) => process.exit(res.ok ? 0 : 1),
  () => process.exit(1),
);
EOF
RUN install -d -o node -g node /run/dev-secrets \
  && echo 'local secrets of compose.yaml (dev-secrets.mjs)' > /run/dev-secrets/README \
  && chown node:node /run/dev-secrets/README
USER node
WORKDIR /repo/packages/devstack
CMD ["node", "compose/dev-secrets.mjs"]
