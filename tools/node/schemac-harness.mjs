#!/usr/bin/env node
// schemac Node harness: runs the REAL Prisma (wasm) and Mermaid tools for schemac's Java tests.
//
//   node tools/node/schemac-harness.mjs <command> [args]   -> one JSON document on stdout
//   node tools/node/schemac-harness.mjs batch              -> NDJSON requests on stdin, one JSON line out per request
//
// Exit status: 0 when the command ran (even if the checked input is invalid: see `ok`),
// 1 with {"error": ...} when the harness could not do the job, 2 with {"error": ...} on bad usage.
// Everything diagnostic goes to stderr; stdout carries only the JSON result(s).
// See README.md for the commands, their JSON shapes and the gotchas.
import { readFileSync, existsSync } from 'node:fs'
import { resolve as resolvePath } from 'node:path'
import { createInterface } from 'node:readline'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { format, inspect } from 'node:util'
import { takePanic } from './lib/panic.mjs'

let resetEngineModule = () => {}

// Libraries must never write to stdout: it carries the JSON protocol.
const toStderr = (...a) => { process.stderr.write(format(...a) + '\n') }
console.log = console.info = console.debug = toStderr
console.dir = (o) => { process.stderr.write(inspect(o) + '\n') }

class UsageError extends Error {}
class HarnessError extends Error {}

const PROVIDERS = new Set(['sqlite', 'postgresql'])

// ---------------------------------------------------------------- argument parsing
const BOOLEAN_FLAGS = new Set(['full', 'reset', 'no-force'])
function parseArgs (argv) {
  const positional = []
  const flags = {}
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a.startsWith('--')) {
      const eq = a.indexOf('=')
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2)
      if (BOOLEAN_FLAGS.has(name)) { flags[name] = true; continue }
      const value = eq > 0 ? a.slice(eq + 1) : argv[++i]
      if (value === undefined) throw new UsageError(`missing value for --${name}`)
      flags[name] = value
    } else {
      positional.push(a)
    }
  }
  return { positional, flags }
}

/** Read an input file; '-' means the request's stdin text (batch) or the process stdin (CLI). */
function readInput (ctx, file, what) {
  if (file === undefined) throw new UsageError(`missing ${what} file argument`)
  if (file === '-') {
    if (typeof ctx.stdin === 'string') return ctx.stdin
    if (ctx.batch) throw new UsageError("'-' needs a \"stdin\" field in the batch request")
    return readFileSync(0, 'utf8')
  }
  if (!existsSync(file)) throw new UsageError(`${what} file not found: ${file}`)
  return readFileSync(file, 'utf8')
}

function schemaFiles (ctx, file) {
  const content = readInput(ctx, file, 'schema')
  return [{ path: file === '-' ? 'schema.prisma' : file, content }]
}

// ---------------------------------------------------------------- database connections
function pgUrlFromEnv () {
  const e = process.env
  const names = ['SCHEMAC_PG_HOST', 'SCHEMAC_PG_PORT', 'SCHEMAC_PG_USER', 'SCHEMAC_PG_PASSWORD', 'SCHEMAC_PG_DB']
  if (!names.every((n) => e[n] !== undefined && e[n] !== '')) return null
  return pgUrl(e.SCHEMAC_PG_HOST, e.SCHEMAC_PG_PORT, e.SCHEMAC_PG_USER, e.SCHEMAC_PG_PASSWORD, e.SCHEMAC_PG_DB)
}

function pgUrl (host, port, user, password, db) {
  const enc = encodeURIComponent
  return `postgresql://${enc(user)}:${enc(password)}@${host}:${port}/${enc(db)}`
}

/** --pg host:port:user:password:db (password may contain ':'), a postgres(ql):// URL, or 'env'. */
function parsePg (spec) {
  if (spec === 'env') {
    const u = pgUrlFromEnv()
    if (!u) throw new UsageError('--pg env: SCHEMAC_PG_HOST/PORT/USER/PASSWORD/DB are not all set')
    return u
  }
  if (/^postgres(ql)?:\/\//.test(spec)) return spec
  const parts = spec.split(':')
  if (parts.length < 5) throw new UsageError(`--pg expects host:port:user:password:db or a postgresql:// URL, got '${spec}'`)
  const [host, port, user] = parts
  const db = parts[parts.length - 1]
  const password = parts.slice(3, -1).join(':')
  return pgUrl(host, port, user, password, db)
}

/** libsql URL from --url: file:..., :memory:, or a plain path. */
function sqliteUrl (u) {
  if (u === ':memory:' || /^(file|libsql|https?|wss?):/.test(u)) return u
  return 'file:' + resolvePath(u)
}

/**
 * Decide the connection. Returns {provider, kind:'sqlite'|'pg', url, pgSchema}.
 * wantProvider: provider from the schema/--provider (may be null).
 */
function connection (flags, wantProvider, { allowMemorySqlite = false } = {}) {
  let url = flags.url
  let pg = flags.pg
  if (url && /^postgres(ql)?:\/\//.test(url)) { pg = url; url = undefined }
  if (url && pg) throw new UsageError('give either --url (SQLite) or --pg (PostgreSQL), not both')
  let conn
  if (pg) conn = { provider: 'postgresql', kind: 'pg', url: parsePg(pg) }
  else if (url) conn = { provider: 'sqlite', kind: 'sqlite', url: sqliteUrl(url) }
  else if (wantProvider === 'postgresql') {
    const envUrl = pgUrlFromEnv()
    if (!envUrl) throw new UsageError('PostgreSQL needs a live server: pass --pg host:port:user:password:db or set SCHEMAC_PG_HOST/PORT/USER/PASSWORD/DB')
    conn = { provider: 'postgresql', kind: 'pg', url: envUrl }
  } else if (wantProvider === 'sqlite' && allowMemorySqlite) {
    conn = { provider: 'sqlite', kind: 'sqlite', url: ':memory:' }
  } else if (wantProvider === 'sqlite') {
    throw new UsageError('SQLite needs a database: pass --url file:/path/to.db')
  } else {
    throw new UsageError('pass --url file:/path.db (SQLite) or --pg host:port:user:password:db (PostgreSQL)')
  }
  if (wantProvider && wantProvider !== conn.provider) {
    throw new UsageError(`the schema's provider is '${wantProvider}' but the connection is ${conn.provider}`)
  }
  conn.pgSchema = flags['pg-schema'] || null
  if (conn.pgSchema && conn.kind !== 'pg') throw new UsageError('--pg-schema only applies to PostgreSQL')
  if (conn.pgSchema && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(conn.pgSchema)) throw new UsageError('--pg-schema must be a plain identifier ([A-Za-z_][A-Za-z0-9_]*)')
  return conn
}

function redact (url) {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@')
}

/** Run fn(engine, engineModule) on a schema engine for conn; frees the engine and closes the pools/clients afterwards. */
async function withEngine (ctx, conn, files, fn) {
  const eng = await import('./lib/engine.mjs')
  resetEngineModule = eng.resetEngineModule
  const closers = ctx.closers
  let factory
  if (conn.kind === 'pg') {
    factory = await eng.pgAdapterFactory(conn.url, { schema: conn.pgSchema, closers })
  } else {
    factory = await eng.sqliteAdapterFactory(conn.url, closers)
  }
  let engine
  try {
    engine = await eng.openEngine(factory, files)
  } catch (e) {
    await closeAll(closers)
    throw engineError(e, conn)
  }
  try {
    return await fn(engine, eng)
  } catch (e) {
    throw engineError(e, conn)
  } finally {
    try { engine.free() } catch {}
    await closeAll(closers)
  }
}

async function closeAll (closers) {
  for (const c of closers.splice(0)) { try { await c() } catch {} }
}

function engineError (e, conn) {
  if (e instanceof UsageError || e instanceof HarnessError) return e
  let msg = e?.message ?? String(e)
  try { const j = JSON.parse(msg); if (j?.message) msg = j.message } catch {}
  const err = new HarnessError(`schema engine (${conn.provider} ${redact(conn.url)}): ${msg}`)
  err.cause = e
  return err
}

function schemaProvider (files, flags) {
  const psl = pslMod()
  let p = null
  try { p = psl.provider(files) } catch (e) { throw new HarnessError('cannot read the datasource: ' + psl.wasmError(e).message) }
  if (!p) throw new UsageError('the schema has no datasource block with a provider')
  if (flags.provider && flags.provider !== p) {
    throw new UsageError(`--provider ${flags.provider} does not match the schema's datasource provider '${p}'`)
  }
  if (!PROVIDERS.has(p)) throw new UsageError(`provider '${p}' is not supported by this harness (sqlite, postgresql)`)
  return p
}

function ensureValid (files) {
  const v = pslMod().validate(files)
  if (!v.ok) throw new HarnessError('invalid Prisma schema: ' + (v.message ?? v.errors.map((e) => e.message).join('; ')))
}

const NF = { externalTables: [], externalEnums: [] }

// ---------------------------------------------------------------- lazy modules
let _psl
const pslMod = () => _psl
async function loadPsl () { if (!_psl) _psl = await import('./lib/psl.mjs'); return _psl }

// ---------------------------------------------------------------- commands
const COMMANDS = {
  async 'prisma-validate' (ctx, { positional }) {
    const psl = await loadPsl()
    const { ok, clean, errors, warnings, message } = psl.validate(schemaFiles(ctx, positional[0]))
    return { ok, clean, errors, warnings, message }
  },

  async 'prisma-format' (ctx, { positional }) {
    const psl = await loadPsl()
    const files = schemaFiles(ctx, positional[0])
    const [{ formatted }] = psl.format(files)
    return { formatted, changed: formatted !== files[0].content }
  },

  async 'prisma-dmmf' (ctx, { positional, flags }) {
    const psl = await loadPsl()
    let d
    try { d = psl.dmmf(schemaFiles(ctx, positional[0])) } catch (e) {
      if (e instanceof UsageError) throw e
      throw new HarnessError('invalid Prisma schema: ' + e.message)
    }
    // Plain JSON round trip; the query-engine `schema` part is ~0.5 MB and only with --full.
    return flags.full ? d : { datamodel: d.datamodel }
  },

  async 'prisma-migrate-sql' (ctx, { positional, flags }) {
    await loadPsl()
    const files = schemaFiles(ctx, positional[0])
    ensureValid(files)
    const provider = schemaProvider(files, flags)
    let from = { tag: 'empty' }
    if (flags.from) {
      const fromFiles = schemaFiles(ctx, flags.from)
      ensureValid(fromFiles)
      schemaProvider(fromFiles, { provider })
      from = { tag: 'schemaDatamodel', files: fromFiles }
    }
    const conn = connection(flags, provider, { allowMemorySqlite: true })
    return withEngine(ctx, conn, files, async (engine) => {
      const r = await engine.diff({ from, to: { tag: 'schemaDatamodel', files }, script: true, exitCode: null, filters: NF })
      return { sql: r.stdout ?? '', provider }
    })
  },

  async 'prisma-push' (ctx, { positional, flags }) {
    await loadPsl()
    const files = schemaFiles(ctx, positional[0])
    ensureValid(files)
    const provider = schemaProvider(files, flags)
    const conn = connection(flags, provider)
    return withEngine(ctx, conn, files, async (engine) => {
      if (flags.reset) await engine.reset({ filter: NF })
      // What `db push` is about to run: the diff from the live database to the datamodel.
      const plan = await engine.diff({
        from: { tag: 'schemaDatasource', files, configDir: process.cwd() },
        to: { tag: 'schemaDatamodel', files },
        script: true, exitCode: null, filters: NF
      })
      const r = await engine.schemaPush({ schema: { files }, force: !flags['no-force'], filters: NF })
      const ok = r.unexecutable.length === 0 && (r.warnings.length === 0 || !flags['no-force'])
      const planned = plan.stdout ?? ''
      // `executed` only when the engine applied steps (--no-force with data-loss warnings applies nothing)
      return { ok, provider, executedSteps: r.executedSteps, warnings: r.warnings, unexecutable: r.unexecutable, executed: r.executedSteps > 0 ? planned : '', planned }
    })
  },

  // = prisma migrate diff --from-config-datasource --to-schema <schema> --script --exit-code:
  // Prisma's own verdict on whether a live database (e.g. built from schemac's DDL) matches the datamodel.
  async 'prisma-drift' (ctx, { positional, flags }) {
    await loadPsl()
    const files = schemaFiles(ctx, positional[0])
    ensureValid(files)
    const provider = schemaProvider(files, flags)
    const conn = connection(flags, provider)
    return withEngine(ctx, conn, files, async (engine) => {
      const r = await engine.diff({
        from: { tag: 'schemaDatasource', files, configDir: process.cwd() },
        to: { tag: 'schemaDatamodel', files },
        script: true, exitCode: true, filters: NF
      })
      return { inSync: r.exitCode === 0, exitCode: r.exitCode, sql: r.stdout ?? '', provider }
    })
  },

  async 'prisma-pull' (ctx, { flags }) {
    await loadPsl()
    let base = null
    let provider = flags.provider ?? null
    if (provider && !PROVIDERS.has(provider)) throw new UsageError(`--provider must be sqlite or postgresql, got '${provider}'`)
    if (flags.base) {
      base = schemaFiles(ctx, flags.base)
      provider = schemaProvider(base, { provider })
    }
    const conn = connection(flags, provider)
    provider = conn.provider
    const files = base ?? [{ path: 'schema.prisma', content: `datasource db {\n  provider = "${provider}"\n}\n` }]
    return withEngine(ctx, conn, undefined, async (engine) => {
      const r = await engine.introspect({
        schema: { files }, force: !base, compositeTypeDepth: -1,
        namespaces: null, baseDirectoryPath: process.cwd()
      })
      const out = r.schema.files
      return {
        schema: out.length === 1 ? out[0].content : out.map((f) => f.content).join('\n'),
        files: out.length === 1 ? undefined : out,
        provider,
        warnings: r.warnings ?? null,
        views: r.views ?? null
      }
    })
  },

  async 'sql-exec' (ctx, { positional, flags }) {
    const script = readInput(ctx, positional[0], 'SQL')
    const conn = connection(flags, flags.provider ?? null)
    if (flags.reset) {
      await withEngine(ctx, conn, undefined, (engine) => engine.reset({ filter: NF }))
    }
    if (conn.kind === 'pg') {
      const { default: pg } = await import('pg')
      const client = new pg.Client({ connectionString: conn.url })
      await client.connect()
      try {
        if (conn.pgSchema) {
          const q = '"' + conn.pgSchema.replace(/"/g, '""') + '"'
          await client.query(`CREATE SCHEMA IF NOT EXISTS ${q}; SET search_path TO ${q}`)
        }
        await client.query(script) // simple-query protocol: multi-statement scripts run as one
      } catch (e) {
        throw new HarnessError(`sql-exec (postgresql): ${e.message}${e.position ? ` at character ${e.position}` : ''}`)
      } finally {
        await client.end()
      }
    } else {
      const { createClient } = await import(libsqlClientPath())
      const client = createClient({ url: conn.url })
      try {
        await client.executeMultiple(script)
      } catch (e) {
        throw new HarnessError(`sql-exec (sqlite): ${e.message}`)
      } finally {
        client.close()
      }
    }
    return { ok: true, provider: conn.provider }
  },

  // Applies a generated mongo/ directory to a MongoDB-wire server and checks its validators (lib/mongo.mjs).
  async 'mongo-check' (ctx, { positional, flags }) {
    const dir = positional[0]
    if (!dir) throw new UsageError('missing mongo directory argument')
    const url = flags.url ?? process.env.SCHEMAC_MONGO_URL
    if (!url) throw new UsageError('mongo-check needs --url mongodb://host:port/ or SCHEMAC_MONGO_URL')
    const m = await import('./lib/mongo.mjs')
    try {
      return await m.check({ dir, url, database: flags.db })
    } catch (e) {
      throw new HarnessError(`mongo-check: ${e.message}`)
    }
  },

  // The BSON size of a document written in canonical Extended JSON, as the official driver's serializer counts it.
  async 'bson-size' (ctx, { positional }) {
    const text = readInput(ctx, positional[0], 'document')
    const { BSON } = await import('mongodb')
    const doc = BSON.EJSON.parse(text, { relaxed: false })
    // serialize, not only calculateObjectSize: the bytes a server would be sent, counted.
    return { bytes: BSON.serialize(doc).length, calculated: BSON.calculateObjectSize(doc) }
  },

  async 'mermaid-parse' (ctx, { positional }) {
    const text = readInput(ctx, positional[0], 'diagram')
    const mm = await import('./lib/mermaid.mjs')
    return mm.parse(text)
  },

  async 'markdown-parse' (ctx, { positional }) {
    const text = readInput(ctx, positional[0], 'document')
    const md = await import('./lib/markdown.mjs')
    return md.parse(text)
  },

  // Test hook for the panic handling above: `_debug-panic psl|engine|engine-async`.
  async '_debug-panic' (ctx, { positional }) {
    const where = positional[0] ?? 'engine'
    if (where === 'psl') {
      await loadPsl()
      createRequire(import.meta.url)('@prisma/prisma-schema-wasm').debug_panic()
    }
    const conn = { provider: 'sqlite', kind: 'sqlite', url: ':memory:' }
    return withEngine(ctx, conn, undefined, async (engine, eng) => {
      if (where === 'engine') engine.debugPanic()
      // like a panic inside the engine's own async code: outside any promise chain
      else queueMicrotask(() => engine[eng.RAW_ENGINE].debugPanic())
      await new Promise(() => {}) // never settles: only the panic ends this request
    })
  },

  async version () {
    const here = new URL('.', import.meta.url)
    const v = (p) => JSON.parse(readFileSync(new URL(`node_modules/${p}/package.json`, here), 'utf8')).version
    const eng = await import('./lib/engine.mjs')
    return {
      node: process.version,
      '@prisma/prisma-schema-wasm': v('@prisma/prisma-schema-wasm'),
      '@prisma/schema-engine-wasm': v('@prisma/schema-engine-wasm'),
      schemaEngine: await eng.engineVersion(),
      '@prisma/adapter-pg': v('@prisma/adapter-pg'),
      '@prisma/adapter-libsql': v('@prisma/adapter-libsql'),
      '@prisma/driver-adapter-utils': v('@prisma/driver-adapter-utils'),
      pg: v('pg'),
      mermaid: v('mermaid'),
      marked: v('marked')
    }
  }
}

/** @libsql/client is a dependency of @prisma/adapter-libsql; resolve it from there. */
function libsqlClientPath () {
  const require = createRequire(createRequire(import.meta.url).resolve('@prisma/adapter-libsql'))
  return pathToFileURL(require.resolve('@libsql/client')).href
}

// ---------------------------------------------------------------- running
async function run (argv, ctx) {
  const [command, ...rest] = argv
  const impl = COMMANDS[command]
  if (!impl) throw new UsageError(`unknown command '${command ?? ''}'; commands: ${Object.keys(COMMANDS).join(', ')}, batch`)
  return impl(ctx, parseArgs(rest))
}

function failure (e) {
  if (e instanceof UsageError) return { exitCode: 2, result: { error: e.message, kind: 'usage' } }
  if (process.env.SCHEMAC_HARNESS_DEBUG) console.error(e?.stack ?? e)
  return { exitCode: 1, result: { error: e?.message ?? String(e), kind: e instanceof HarnessError ? 'harness' : 'internal' } }
}

// A Rust panic inside the schema engine's async code traps in a microtask, outside any promise
// chain: it arrives here as an uncaught exception and the request's promise never settles. Turn
// it into the current request's failure (lib/panic.mjs captures the panic message).
let failCurrent = null
process.on('uncaughtException', (e) => {
  const err = panicError(e)
  if (failCurrent) { failCurrent(err); return }
  process.stdout.write(JSON.stringify({ error: err.message, kind: 'internal' }) + '\n', () => process.exit(1))
})

function panicError (e) {
  const panic = takePanic()
  if (!panic) return e
  resetEngineModule()
  _psl?.reset()
  const err = new HarnessError(`Prisma wasm panicked: ${panic}`)
  err.cause = e
  return err
}

async function runOne (argv, ctx) {
  ctx.closers = []
  const aborted = new Promise((resolve, reject) => { failCurrent = reject })
  try {
    return { exitCode: 0, result: await Promise.race([run(argv, ctx), aborted]) }
  } catch (e) {
    return failure(panicError(e))
  } finally {
    failCurrent = null
    await closeAll(ctx.closers)
  }
}

const writeOut = (s) => new Promise((resolve) => process.stdout.write(s, () => resolve()))

async function batch () {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity })
  for await (const line of rl) {
    if (!line.trim()) continue
    let req
    try { req = JSON.parse(line) } catch (e) {
      await writeOut(JSON.stringify({ id: null, exitCode: 2, result: { error: 'bad request JSON: ' + e.message, kind: 'usage' } }) + '\n')
      continue
    }
    const argv = Array.isArray(req.argv) ? req.argv.map(String) : null
    let resp
    if (!argv || argv[0] === 'batch') {
      resp = { exitCode: 2, result: { error: 'request needs "argv": ["<command>", ...args] (not batch)', kind: 'usage' } }
    } else {
      const t0 = performance.now()
      resp = await runOne(argv, { batch: true, stdin: typeof req.stdin === 'string' ? req.stdin : undefined })
      resp.ms = Math.round(performance.now() - t0)
    }
    await writeOut(JSON.stringify({ id: req.id ?? null, ...resp }) + '\n')
  }
}

async function main () {
  const argv = process.argv.slice(2)
  if (argv[0] === 'batch') {
    await batch()
    process.exit(0)
  }
  const { exitCode, result } = await runOne(argv, { batch: false })
  await writeOut(JSON.stringify(result, null, 2) + '\n')
  // pg pools / libsql handles of a failed run must not keep the process alive
  process.exit(exitCode)
}

main().catch(async (e) => {
  await writeOut(JSON.stringify({ error: String(e?.message ?? e), kind: 'internal' }) + '\n')
  process.exit(1)
})
