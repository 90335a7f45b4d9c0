// compose.yaml and Dockerfile against the code they run: every variable compose.yaml sets for a
// service is one that service reads, its configuration loads from what compose.yaml and the
// image give it, each subgraph migrates in a one-off job before its replicas start, and the local
// secrets the Dockerfile generates are the ones compose.yaml names. So the deployment files
// cannot drift from the services' configuration without a failing test.

import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { generateInternalKeyPair } from '@klageportal/federation';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/stack.js';

// ---- a small YAML reader for compose.yaml (no YAML parser among the dependencies) -------------
// Block mappings and sequences, plain and quoted scalars, flow sequences, anchors, aliases and
// merge keys (`<<: *a` and `<<: [*a, *b]`: keys of the mapping win, then the earlier merged map).
// Anything else (tabs, block scalars, flow mappings) is refused, so compose.yaml stays readable.

type Yaml = string | null | Yaml[] | { [key: string]: Yaml };
type YamlMap = { [key: string]: Yaml };
type Line = { indent: number; text: string; no: number };

function stripComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#' && (i === 0 || line[i - 1] === ' ')) {
      return line.slice(0, i);
    }
  }
  return line;
}

/** Where a `key:` ends (the index of its colon), or -1 when the text is no mapping entry. */
function keyEnd(text: string): number {
  let i = 0;
  if (text[0] === '"' || text[0] === "'") {
    i = text.indexOf(text[0], 1);
    if (i < 0) return -1;
    i += 1;
    return text[i] === ':' && (i + 1 === text.length || text[i + 1] === ' ') ? i : -1;
  }
  for (; i < text.length; i += 1) {
    if (text[i] === ':' && (i + 1 === text.length || text[i + 1] === ' ')) return i;
  }
  return -1;
}

function splitFlow(inner: string): string[] {
  const items: string[] = [];
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < inner.length; i += 1) {
    const c = inner[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '[' || c === '{') {
      throw new Error('nested flow collections are not supported');
    } else if (c === ',') {
      items.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = inner.slice(start).trim();
  if (last) items.push(last);
  return items;
}

function readYaml(source: string): Yaml {
  const lines: Line[] = [];
  source.split('\n').forEach((raw, i) => {
    if (raw.includes('\t')) throw new Error(`line ${i + 1}: tabs are not supported`);
    const text = stripComment(raw).trimEnd();
    if (text.trim() === '' || text === '---') return;
    lines.push({ indent: text.length - text.trimStart().length, text: text.trimStart(), no: i + 1 });
  });
  const anchors = new Map<string, Yaml>();
  let pos = 0;
  const isItem = (text: string) => text === '-' || text.startsWith('- ');

  function inline(text: string, no: number): Yaml {
    if (text.startsWith('*')) {
      const value = anchors.get(text.slice(1));
      if (value === undefined) throw new Error(`line ${no}: unknown alias ${text}`);
      return value;
    }
    if (text.startsWith('[')) {
      if (!text.endsWith(']')) throw new Error(`line ${no}: unclosed flow sequence`);
      return splitFlow(text.slice(1, -1)).map((item) => inline(item, no));
    }
    if (text.startsWith('"')) return JSON.parse(text) as string;
    if (text.startsWith("'")) {
      if (!text.endsWith("'")) throw new Error(`line ${no}: unclosed quote`);
      return text.slice(1, -1).replaceAll("''", "'");
    }
    if (/^[{|>&!%@`]/.test(text)) throw new Error(`line ${no}: not supported: ${text}`);
    return text;
  }

  function value(rest: string, indent: number, no: number): Yaml {
    let text = rest;
    let anchor: string | null = null;
    if (text.startsWith('&')) {
      const [name, ...more] = text.split(' ');
      anchor = name!.slice(1);
      text = more.join(' ').trim();
    }
    let result: Yaml;
    if (text !== '') result = inline(text, no);
    else if (pos < lines.length && lines[pos]!.indent > indent) result = block(lines[pos]!.indent);
    else if (pos < lines.length && lines[pos]!.indent === indent && isItem(lines[pos]!.text))
      result = sequence(indent);
    else result = null;
    if (anchor) anchors.set(anchor, result);
    return result;
  }

  function mapping(indent: number): YamlMap {
    const map: YamlMap = {};
    const merged: YamlMap[] = [];
    while (pos < lines.length && lines[pos]!.indent === indent && !isItem(lines[pos]!.text)) {
      const { text, no } = lines[pos]!;
      const end = keyEnd(text);
      if (end < 0) throw new Error(`line ${no}: expected "key: value"`);
      const rawKey = text.slice(0, end);
      const key = rawKey.startsWith('"') || rawKey.startsWith("'") ? String(inline(rawKey, no)) : rawKey;
      pos += 1;
      const result = value(text.slice(end + 1).trim(), indent, no);
      if (key === '<<') {
        for (const source of Array.isArray(result) ? result : [result]) {
          if (!source || typeof source !== 'object' || Array.isArray(source))
            throw new Error(`line ${no}: only mappings can be merged`);
          merged.push(source);
        }
      } else {
        if (Object.hasOwn(map, key)) throw new Error(`line ${no}: duplicate key ${key}`);
        map[key] = result;
      }
    }
    for (const source of merged) {
      for (const [key, inner] of Object.entries(source)) if (!Object.hasOwn(map, key)) map[key] = inner;
    }
    return map;
  }

  function sequence(indent: number): Yaml[] {
    const items: Yaml[] = [];
    while (pos < lines.length && lines[pos]!.indent === indent && isItem(lines[pos]!.text)) {
      const line = lines[pos]!;
      const rest = line.text.slice(1).trim();
      if (rest === '') {
        pos += 1;
        items.push(value('', indent, line.no));
      } else if (keyEnd(rest) >= 0) {
        // `- key: value` opens a mapping whose keys line up with `key`
        lines[pos] = { indent: indent + line.text.indexOf(rest), text: rest, no: line.no };
        items.push(mapping(lines[pos]!.indent));
      } else {
        pos += 1;
        items.push(inline(rest, line.no));
      }
    }
    return items;
  }

  function block(indent: number): Yaml {
    return isItem(lines[pos]!.text) ? sequence(indent) : mapping(indent);
  }

  if (lines.length === 0) return null;
  const root = block(lines[0]!.indent);
  if (pos < lines.length) throw new Error(`line ${lines[pos]!.no}: unexpected indentation`);
  return root;
}

// ---- compose.yaml, Dockerfile and the configurations they feed --------------------------------

type Service = {
  image?: string;
  build?: { context: string; target: string };
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  deploy?: { replicas?: string };
  healthcheck?: { test: string[] };
};
type Env = Record<string, string | undefined>;
type Loader = (env: Env) => unknown;

/** Each image's configuration reader: the one place its process reads the environment. */
const LOADERS: Record<string, { file: string; name: string }> = {
  identity: { file: 'services/identity/src/config.ts', name: 'loadConfig' },
  cases: { file: 'services/cases/src/config.ts', name: 'loadConfig' },
  press: { file: 'services/press/src/config.ts', name: 'loadConfig' },
  stats: { file: 'services/stats/src/config.ts', name: 'loadConfig' },
  gateway: { file: 'gateway/src/config.ts', name: 'loadConfig' },
  portal: { file: 'apps/portal/server/serve.ts', name: 'configFromEnv' },
  'idp-simulator': { file: 'packages/idp-simulator/src/config.ts', name: 'loadSimulatorEnv' },
};
const SUBGRAPHS = ['identity', 'cases', 'press', 'stats'];
/** Read by the image's entrypoint (secrets as files), not by the service. */
const ENTRYPOINT_VARIABLES = ['SECRETS', 'SECRETS_DIR'];

let services: Record<string, Service>;
let dockerfile: string;
let secretValues: Record<string, string>;

/** The stages of the Dockerfile (heredoc bodies left out), by name. */
function stages(text: string): Map<string, { from: string; lines: string[] }> {
  const result = new Map<string, { from: string; lines: string[] }>();
  let current: { from: string; lines: string[] } | null = null;
  let heredoc = false;
  for (const line of text.split('\n')) {
    if (heredoc) {
      if (line === 'EOF') heredoc = false;
      continue;
    }
    if (line.includes("<<'EOF'")) heredoc = true;
    const from = /^FROM\s+(\S+)\s+AS\s+(\S+)/.exec(line);
    if (from) {
      current = { from: from[1]!, lines: [] };
      result.set(from[2]!, current);
    } else current?.lines.push(line);
  }
  return result;
}

/** A heredoc of the Dockerfile: the text between `<<'EOF' <target>` and `EOF`. */
function heredoc(target: string): string {
  const start = dockerfile.indexOf(`<<'EOF' ${target}\n`);
  if (start < 0) throw new Error(`no heredoc ${target} in Dockerfile`);
  const body = dockerfile.slice(dockerfile.indexOf('\n', start) + 1);
  return body.slice(0, body.indexOf('\nEOF\n'));
}

/** The environment an image sets (ENV of its stage and the stages it is built on). */
function imageEnv(target: string): Env {
  const all = stages(dockerfile);
  const chain: string[] = [];
  for (let name: string | undefined = target; name && all.has(name); name = all.get(name)?.from)
    chain.unshift(name);
  const env: Env = {};
  for (const name of chain) {
    for (const line of all.get(name)!.lines) {
      const match = /^ENV\s+(.*)$/.exec(line);
      if (!match) continue;
      for (const pair of match[1]!.split(/\s+/)) {
        const [key, ...rest] = pair.split('=');
        env[key!] = rest.join('=');
      }
    }
  }
  return env;
}

/** What a service's process sees: the image's ENV, compose's environment and its secret files. */
function processEnv(service: Service): { env: Env; set: string[] } {
  const compose = service.environment ?? {};
  const secrets = (compose.SECRETS ?? '').split(' ').filter(Boolean);
  const env: Env = { ...imageEnv(service.build!.target) };
  for (const [key, value] of Object.entries(compose))
    if (!ENTRYPOINT_VARIABLES.includes(key)) env[key] = value;
  for (const name of secrets) {
    if (!(name in secretValues)) throw new Error(`the test has no value of the shape of secret ${name}`);
    env[name] = secretValues[name];
  }
  return { env, set: [...Object.keys(compose).filter((k) => !ENTRYPOINT_VARIABLES.includes(k)), ...secrets] };
}

/** The variables `load` reads from an environment (every one it asks for, set or not). */
function variablesRead(load: Loader, env: Env): Set<string> {
  const read = new Set<string>();
  const recording = new Proxy(env, {
    get(target, key) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key);
    },
  });
  try {
    load(recording);
  } catch {
    // a configuration that does not load is reported by its own test
  }
  return read;
}

async function loader(target: string): Promise<Loader> {
  const spec = LOADERS[target];
  if (!spec) throw new Error(`no configuration reader known for the image ${target}`);
  const module = (await import(pathToFileURL(`${repoRoot}${spec.file}`).href)) as Record<string, Loader>;
  return module[spec.name]!;
}

beforeAll(async () => {
  services = (
    readYaml(await readFile(`${repoRoot}compose.yaml`, 'utf8')) as { services: Record<string, Service> }
  ).services;
  dockerfile = await readFile(`${repoRoot}Dockerfile`, 'utf8');
  const internal = await generateInternalKeyPair('test-internal');
  const feed = await generateInternalKeyPair('test-feed');
  const key32 = () => randomBytes(32).toString('base64');
  secretValues = {
    DATABASE_URL: 'postgres://role:password@postgres:5432/database',
    INTERNAL_JWT_PUBLIC_KEYS: JSON.stringify(internal.publicJwks),
    INTERNAL_JWT_PRIVATE_KEY: JSON.stringify(internal.privateJwk),
    CASE_FEED_CONSUMER_KEYS: JSON.stringify(feed.publicJwks),
    CASE_FEED_PRIVATE_KEY: JSON.stringify(feed.privateJwk),
    FNR_ENCRYPTION_KEY: key32(),
    FNR_HASH_KEY: key32(),
    LOGIN_COOKIE_KEY: key32(),
    IDPORTEN_CLIENT_SECRET: randomBytes(24).toString('base64url'),
    ANSATT_CLIENT_SECRET: randomBytes(24).toString('base64url'),
    METRICS_TOKEN: randomBytes(24).toString('base64url'),
  };
});

describe('the YAML reader of this test', () => {
  it('reads mappings, sequences, quoting, comments, anchors and merge keys as YAML does', () => {
    const doc = readYaml(
      [
        'base: &base',
        '  a: "1 # not a comment"',
        '  b: plain value # a comment',
        'other: &other',
        '  b: from other',
        '  c: from other',
        'merged:',
        '  <<: [*base, *other]',
        '  a: own',
        'list:',
        '- x',
        "- 'it''s'",
        '- k: v',
        '  l: w',
        'flow: ["CMD", node, "/a b"]',
        'empty:',
      ].join('\n'),
    );
    expect(doc).toEqual({
      base: { a: '1 # not a comment', b: 'plain value' },
      other: { b: 'from other', c: 'from other' },
      merged: { a: 'own', b: 'plain value', c: 'from other' },
      list: ['x', "it's", { k: 'v', l: 'w' }],
      flow: ['CMD', 'node', '/a b'],
      empty: null,
    });
  });

  it('refuses what it does not read', () => {
    expect(() => readYaml('a: |\n  text')).toThrow(/not supported/);
    expect(() => readYaml('a: *missing')).toThrow(/unknown alias/);
    expect(() => readYaml('a: 1\na: 2')).toThrow(/duplicate key/);
  });
});

describe('compose.yaml', () => {
  it('holds the whole stack: postgres, the local helpers, a migration job per subgraph, the services', () => {
    expect(Object.keys(services).sort()).toEqual(
      [
        'postgres',
        'dev-secrets',
        'db-init',
        'mail',
        'idp-simulator',
        ...SUBGRAPHS.map((s) => `${s}-migrate`),
        ...SUBGRAPHS,
        'gateway',
        'portal',
      ].sort(),
    );
  });

  const checked = [
    ...SUBGRAPHS,
    ...SUBGRAPHS.map((s) => `${s}-migrate`),
    'gateway',
    'portal',
    'idp-simulator',
  ];
  for (const name of checked) {
    it(`${name}: sets only variables its process reads, and its configuration loads from them`, async () => {
      const service = services[name]!;
      const load = await loader(service.build!.target);
      const { env, set } = processEnv(service);
      const read = variablesRead(load, env);
      expect(set.length).toBeGreaterThan(0);
      expect(set.filter((key) => !read.has(key))).toEqual([]);
      expect(() => load(env)).not.toThrow();
    });
  }

  it('the local helpers set only variables their scripts read', () => {
    const healthcheck = heredoc('/usr/local/lib/klageportal/healthcheck.mjs');
    for (const name of ['dev-secrets', 'db-init', 'mail']) {
      const service = services[name]!;
      expect(service.build?.target).toBe('dev-tools');
      const script = heredoc(`/repo/packages/devstack/${service.command!.at(-1)}`);
      const read = new Set(
        [...`${script}\n${healthcheck}`.matchAll(/process\.env\.([A-Z_]+)/g)].map((m) => m[1]),
      );
      const set = Object.keys(service.environment ?? {});
      expect(set.filter((key) => !read.has(key))).toEqual([]);
    }
  });

  it('each subgraph migrates in one job before any replica starts; replicas only serve', () => {
    for (const name of SUBGRAPHS) {
      const service = services[name]!;
      const job = services[`${name}-migrate`]!;
      expect(service.depends_on?.[`${name}-migrate`]?.condition).toBe('service_completed_successfully');
      expect(job.command).toContain('migrate');
      expect(job.deploy?.replicas).toBeUndefined();
      expect(job.environment).toEqual(service.environment);
      expect(job.build).toEqual(service.build);
      // the image's command: `serve` without --migrate
      expect(service.command).toBeUndefined();
      expect(Number(service.deploy?.replicas)).toBeGreaterThan(1);
    }
    for (const [name, service] of Object.entries(services))
      expect(service.command ?? [], name).not.toContain('--migrate');
  });

  it('each subgraph has a DATABASE_URL of its own, from its own secrets folder', () => {
    const folders = SUBGRAPHS.map((name) => services[name]!.environment!.SECRETS_DIR);
    expect(new Set(folders).size).toBe(SUBGRAPHS.length);
    for (const name of SUBGRAPHS)
      expect(services[name]!.environment!.SECRETS!.split(' '), name).toContain('DATABASE_URL');
  });

  it('every secret a service reads is one the dev-secrets job writes into its folder', () => {
    const script = heredoc('/repo/packages/devstack/compose/dev-secrets.mjs');
    const written = new Set([...script.matchAll(/'([a-z-]+\/[A-Z][A-Z0-9_]*)'/g)].map((m) => m[1]));
    const wanted: string[] = [];
    for (const service of Object.values(services)) {
      const { SECRETS, SECRETS_DIR } = service.environment ?? {};
      if (!SECRETS) continue;
      const folder = SECRETS_DIR!.replace(/^\/run\/dev-secrets\//, '');
      for (const name of SECRETS.split(' ')) wanted.push(`${folder}/${name}`);
    }
    expect(wanted.length).toBeGreaterThan(10);
    expect(wanted.filter((file) => !written.has(file))).toEqual([]);
  });
});

describe('Dockerfile', () => {
  it('installs the pnpm of package.json', async () => {
    const { packageManager } = JSON.parse(await readFile(`${repoRoot}package.json`, 'utf8')) as {
      packageManager: string;
    };
    expect(/^ARG PNPM_VERSION=(\S+)$/m.exec(dockerfile)?.[1]).toBe(packageManager.replace(/^pnpm@/, ''));
  });

  it('has every target compose.yaml builds; the service images run as a non-root user with a health check', () => {
    const all = stages(dockerfile);
    for (const service of Object.values(services)) {
      if (service.build) expect(all.has(service.build.target), service.build.target).toBe(true);
    }
    const runtime = all.get('runtime')!.lines;
    expect(runtime).toContain('USER node');
    expect(runtime.some((line) => line.startsWith('HEALTHCHECK '))).toBe(true);
    for (const target of Object.keys(LOADERS)) {
      expect(all.get(target)?.from, target).toBe('runtime');
      expect(
        all.get(target)!.lines.some((line) => /^USER\s/.test(line)),
        `${target} keeps the runtime's user`,
      ).toBe(false);
    }
  });
});
