// Prisma schema engine (wasm build) + JS driver adapters: the offline replacement for
// `prisma migrate diff`, `prisma db push` and `prisma db pull` (see README.md).
//
// Undocumented internal API of @prisma/schema-engine-wasm: the versions in package.json are
// pinned exactly because the param shapes below (SchemaEngine.new, diff, schemaPush,
// introspect, reset) can change in any release.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { takePanic } from './panic.mjs'

const require = createRequire(import.meta.url)

let bgPromise = null
let generation = 0

/** Instantiate the schema-engine wasm once per process (no --experimental-wasm-modules needed). */
async function loadEngineModule () {
  if (!bgPromise) {
    bgPromise = (async () => {
      // A fresh module instance per generation: after a panic, wasm-bindgen's cached views of the
      // old instance's memory would otherwise be reused with the new instance (garbage strings).
      const bgUrl = pathToFileURL(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'))
      if (generation > 0) bgUrl.search = `?generation=${generation}`
      const bg = await import(bgUrl.href)
      const wasmFile = require.resolve('@prisma/schema-engine-wasm')
        .replace(/schema_engine\.js$/, 'schema_engine_bg.wasm')
      const { instance } = await WebAssembly.instantiate(readFileSync(wasmFile), { './schema_engine_bg.js': bg })
      bg.__wbg_set_wasm(instance.exports)
      instance.exports.__wbindgen_start?.()
      return bg
    })()
  }
  return bgPromise
}

/**
 * PostgreSQL adapter factory with the "char" fix: @prisma/adapter-pg 7.10.1 has no mapping for
 * PostgreSQL's internal "char" type (OID 18), which the engine reads from pg_catalog when it
 * introspects a live database (db push, db pull, diff from the DB). Without this, those fail
 * with `Column type 'char' could not be deserialized from the database`. The adapter maps no
 * scalar OID to its Character column type, so OID 18 columns pass its type switch as text
 * (OID 25) and are then handed to the engine as Character: the engine reads them with
 * `get_char` (pg_constraint.contype of CHECK constraints), which fails on a text value.
 */
export async function pgAdapterFactory (connectionString, { schema, closers } = {}) {
  const { default: pg } = await import('pg')
  const { PrismaPg } = await import('@prisma/adapter-pg')
  // With a non-default schema, the engine's DDL is unqualified (CREATE TYPE "x", CREATE TABLE "y"),
  // so the session's search_path must point at that schema too (the CLI does this via ?schema=).
  const config = { connectionString, max: 4 }
  if (schema) config.options = `-c search_path=${schema}`
  const pool = new pg.Pool(config)
  pool.on('error', (e) => process.stderr.write(`pg pool error: ${e.message}\n`))
  const query = pool.query.bind(pool)
  pool.query = async (...args) => markCharColumns(await query(...args))
  // The engine also takes transactions through pool.connect(); patch those clients the same way.
  const connect = pool.connect.bind(pool)
  pool.connect = async (...args) => {
    if (args.length) return connect(...args)
    const client = await connect()
    if (!client.__schemacCharFix) {
      const cq = client.query.bind(client)
      client.query = (...qa) => {
        const p = cq(...qa)
        if (!p || typeof p.then !== 'function') return p
        return p.then(markCharColumns)
      }
      client.__schemacCharFix = true
    }
    return client
  }
  // end the pool exactly once, whether the adapter's dispose() or the harness gets there first
  let ended = false
  const end = pool.end.bind(pool)
  pool.end = async () => { if (!ended) { ended = true; await end() } }
  closers?.push(() => pool.end())
  const opts = { disposeExternalPool: true }
  if (schema) opts.schema = schema
  const factory = new PrismaPg(pool, opts)
  for (const method of ['connect', 'connectToShadowDb']) {
    const original = factory[method].bind(factory)
    factory[method] = async (...args) => patchQueryRaw(await original(...args))
  }
  return factory
}

// The result's rows array is what queryRaw returns, so it carries the OID-18 column positions
// from the pg result (where the OIDs are known) to the adapter's answer (where the types are set).
const CHAR_COLUMNS = Symbol('schemac "char" columns')

function markCharColumns (res) {
  for (const r of Array.isArray(res) ? res : [res]) {
    const positions = []
    ;(r?.fields ?? []).forEach((f, i) => { if (f.dataTypeID === 18) { f.dataTypeID = 25; positions.push(i) } })
    if (positions.length && Array.isArray(r.rows)) Object.defineProperty(r.rows, CHAR_COLUMNS, { value: positions })
  }
  return res
}

// Patched on the shared prototype (PgQueryable) so transactions, which are other instances, get it too.
let characterType = null
async function patchQueryRaw (adapter) {
  if (!characterType) ({ ColumnTypeEnum: { Character: characterType } } = await import('@prisma/driver-adapter-utils'))
  let proto = Object.getPrototypeOf(adapter)
  while (proto && !Object.hasOwn(proto, 'queryRaw')) proto = Object.getPrototypeOf(proto)
  if (proto && !proto.queryRaw.__schemacCharFix) {
    const original = proto.queryRaw
    const patched = async function (query) {
      const result = await original.call(this, query)
      for (const i of result?.rows?.[CHAR_COLUMNS] ?? []) result.columnTypes[i] = characterType
      return result
    }
    patched.__schemacCharFix = true
    proto.queryRaw = patched
  }
  return adapter
}

/** SQLite adapter factory through libsql (its native binary ships inside the npm package). */
export async function sqliteAdapterFactory (url, closers) {
  const { PrismaLibSql } = await import('@prisma/adapter-libsql')
  class TrackedLibSql extends PrismaLibSql {
    createClient (config) {
      const client = super.createClient(config)
      closers?.push(() => client.close())
      return client
    }

    async connect () {
      return quoteIndexNameAsString(await super.connect())
    }
  }
  return new TrackedLibSql({ url })
}

/**
 * The "partial index" fix: for a partial index, the SQLite describer of the schema engine
 * (8.1.0-2.59be4fda) reads the CREATE INDEX text with
 * `SELECT sql FROM sqlite_master WHERE type = 'index' AND name = "<index>"`: a double-quoted
 * string, which SQLite takes as a string only where its legacy DQS fallback is compiled in.
 * libsql builds SQLite without it, so the name is read as a column ("no such column: <index>")
 * and db pull of any database with a partial index failed with "Error querying the database:
 * Error code 1". This one query is rewritten with the name as a single-quoted string; nothing
 * else is touched.
 */
const INDEX_SQL_QUERY = /^(SELECT sql FROM sqlite_master WHERE type = 'index' AND name = )"((?:[^"]|"")*)"(;?)$/
function quoteIndexNameAsString (adapter) {
  const original = adapter.queryRaw.bind(adapter)
  adapter.queryRaw = (query) => {
    const m = INDEX_SQL_QUERY.exec(query.sql)
    if (!m) return original(query)
    const name = m[2].replace(/""/g, '"')
    return original({ ...query, sql: m[1] + "'" + name.replace(/'/g, "''") + "'" + m[3] })
  }
  return adapter
}

/**
 * Open a schema engine on the given adapter factory.
 * @param adapterFactory a PrismaPg / PrismaLibSql factory
 * @param files [{path, content}] datamodel files (optional)
 */
export async function openEngine (adapterFactory, files) {
  const bg = await loadEngineModule()
  const { bindMigrationAwareSqlAdapterFactory } = await import('@prisma/driver-adapter-utils')
  const adapter = bindMigrationAwareSqlAdapterFactory(adapterFactory)
  const log = (line) => { if (process.env.SCHEMAC_HARNESS_DEBUG) process.stderr.write(`[schema-engine] ${line}\n`) }
  const datamodels = files?.length ? files.map((f) => [f.path, f.content]) : undefined
  let engine
  try {
    engine = await bg.SchemaEngine.new({ datamodels }, log, adapter)
  } catch (e) { rethrow(e) }
  return guard(engine)
}

/**
 * Wrap the engine so that a wasm panic surfaces as an Error carrying the panic message. After a
 * panic the wasm instance is not trusted any more: the next openEngine() instantiates a fresh one.
 */
export const RAW_ENGINE = Symbol('raw schema engine')
function guard (engine) {
  return new Proxy(engine, {
    get (target, prop) {
      if (prop === RAW_ENGINE) return target
      const v = target[prop]
      if (typeof v !== 'function') return v
      return (...args) => {
        try {
          const r = v.apply(target, args)
          return r && typeof r.then === 'function' ? r.catch(rethrow) : r
        } catch (e) { rethrow(e) }
      }
    }
  })
}

function rethrow (e) {
  const panic = takePanic()
  if (panic) {
    resetEngineModule()
    const err = new Error(`schema engine panicked: ${panic}`)
    err.cause = e
    throw err
  }
  throw e
}

/** Drop the wasm instance (after a panic); the next openEngine() instantiates a fresh one. */
export function resetEngineModule () { bgPromise = null; generation++ }

export async function engineVersion () {
  const bg = await loadEngineModule()
  return bg.version()
}

export const NO_FILTER = Object.freeze({ externalTables: [], externalEnums: [] })
