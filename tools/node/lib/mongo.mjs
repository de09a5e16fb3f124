// The `mongo-check` command: runs a generated mongo/ directory against a real server speaking the
// MongoDB wire protocol (FerretDB in the tests) through the official `mongodb` driver, and checks
// every $jsonSchema validator with a JSON Schema draft 4 validator (ajv-draft-04), as MongoDB's
// $jsonSchema is draft 4 plus the `bsonType` keyword, which is defined here against the BSON value
// at the same place in the document.
//
// 1. init.js is evaluated (node:vm) with a `db` that records each createCollection / createIndex
//    call; the calls must be exactly those collections.json lists.
// 2. The calls go to the server in order. Where the server answers "not implemented" for an option
//    (FerretDB v1: validator, partialFilterExpression), the call is repeated without it and the
//    option is reported in `notAccepted`; every other error fails the command.
// 3. listCollections / listIndexes are reported; the seed documents (canonical Extended JSON) are
//    inserted; for each unique index a copy of a seed document with another _id must be refused
//    (duplicate key).
// 4. Every seed document must pass its collection's validator, and for every constraint of every
//    validator a seed document changed to break exactly that constraint must fail it, with the
//    error on that keyword and path.
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import vm from 'node:vm'
import { MongoClient, BSON, Int32, Long, Decimal128, Double, Binary, UUID } from 'mongodb'
import Ajv from 'ajv-draft-04'

const { EJSON } = BSON

/** A deep copy that keeps BSON types (structuredClone would turn Int32, Decimal128 ... into plain objects). */
const clone = (d) => EJSON.parse(EJSON.stringify(d, { relaxed: false }), { relaxed: false })

export async function check ({ dir, url, database }) {
  const collections = JSON.parse(readFileSync(join(dir, 'collections.json'), 'utf8'))
  const dbName = database ?? collections.database
  const calls = evaluateInit(readFileSync(join(dir, 'init.js'), 'utf8'), dbName)
  const expected = expectedCalls(collections)
  const initMatchesCollections = JSON.stringify(calls) === JSON.stringify(expected)
  const seeds = readSeeds(dir, collections)

  const client = new MongoClient(url, { serverSelectionTimeoutMS: 10_000 })
  await client.connect()
  const out = {
    database: dbName,
    initMatchesCollections,
    initCalls: calls.length,
    notAccepted: { validator: [], partialFilterExpression: [], expireAfterSeconds: [] },
    collections: [],
    indexes: {},
    inserted: {},
    uniques: [],
    validation: { documents: 0, invalid: [] },
    breakers: [],
    keepers: [],
    skipped: []
  }
  if (!initMatchesCollections) out.initDifference = { calls, expected }
  try {
    const db = client.db(dbName)
    await db.dropDatabase()
    out.decimal128 = await storesDecimal128(db)
    for (const c of calls) await apply(db, c, out)
    out.collections = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).sort()
    for (const name of out.collections) {
      out.indexes[name] = (await db.collection(name).listIndexes().toArray())
        .map((i) => ({ name: i.name, key: i.key, unique: i.unique === true }))
    }
    for (const c of collections.collections) {
      const docs = seeds[c.name]
      if (docs.length > 0) await db.collection(c.name).insertMany(docs.map((d) => stored(d.bson, out.decimal128)), { ordered: true })
      out.inserted[c.name] = await db.collection(c.name).countDocuments({})
    }
    for (const c of collections.collections) {
      for (const index of c.indexes) if (index.unique) out.uniques.push(await duplicate(db, c, index, seeds[c.name], out.decimal128))
    }
  } finally {
    await client.close()
  }
  validators(collections, seeds, out)
  return out
}

// ---------------------------------------------------------------- init.js

function evaluateInit (code, dbName) {
  const calls = []
  const plain = (v) => JSON.parse(JSON.stringify(v))
  const db = {
    createCollection (name, options) { calls.push({ op: 'createCollection', name, options: plain(options) }) },
    getCollection (name) {
      return { createIndex (key, options) { calls.push({ op: 'createIndex', collection: name, key: plain(key), options: plain(options) }) } }
    },
    // A standalone server, not a sharded cluster's router: the script must not shard.
    hello () { return { isWritablePrimary: true } },
    getName () { return dbName }
  }
  const sh = { shardCollection (...args) { calls.push({ op: 'shardCollection', args: plain(args) }) } }
  // mongosh's EJSON global: init.js reads an options literal holding a Decimal128 bound through it.
  vm.runInNewContext(code, { db, sh, EJSON }, { filename: 'init.js', timeout: 10_000 })
  return calls
}

function expectedCalls (collections) {
  const out = []
  for (const c of collections.collections) {
    out.push({ op: 'createCollection', name: c.name, options: c.options })
    for (const i of c.indexes) {
      const { key, reason, ...options } = i
      out.push({ op: 'createIndex', collection: c.name, key, options })
    }
  }
  return out
}

// ---------------------------------------------------------------- applying to the server

/**
 * Whether the server stores Decimal128 values. FerretDB v1 does not (its wire layer rejects the
 * type and drops the connection); then the documents go to it with each Decimal128 as its text,
 * and `decimal128: false` in the result says so. The validators are checked on the documents as
 * generated, Decimal128 and all.
 */
async function storesDecimal128 (db) {
  const probe = db.collection('schemac_decimal_probe')
  try {
    await probe.insertOne({ d: Decimal128.fromString('1.50') })
    const back = await probe.findOne({})
    return back?.d instanceof Decimal128 && back.d.toString() === '1.50'
  } catch (e) {
    return false
  } finally {
    await probe.drop().catch(() => {})
  }
}

/** A document as it is sent to the server: unchanged, or with Decimal128 values as text where the server has no Decimal128. */
function stored (doc, decimal128) {
  if (decimal128) return doc
  const walk = (v) => {
    if (v instanceof Decimal128) return v.toString()
    if (Array.isArray(v)) return v.map(walk)
    if (v && typeof v === 'object' && v.constructor === Object) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
    return v
  }
  return walk(doc)
}

const notImplemented = (e) => e?.code === 238 || /not implemented/i.test(e?.message ?? '')

async function apply (db, call, out) {
  if (call.op === 'createCollection') {
    // Decimal128 bounds (Extended JSON in collections.json) go as Decimal128, or as text where the server has none.
    const options = stored(EJSON.deserialize(call.options), out.decimal128)
    try {
      await db.createCollection(call.name, options)
    } catch (e) {
      if (!notImplemented(e) || !call.options.validator) throw new Error(`createCollection ${call.name}: ${e.message}`)
      const { validator, validationLevel, validationAction, ...rest } = options
      await db.createCollection(call.name, rest)
      out.notAccepted.validator.push(call.name)
    }
    return
  }
  if (call.op !== 'createIndex') throw new Error(`unexpected call ${call.op}`)
  const options = { ...call.options }
  for (;;) {
    try {
      await db.collection(call.collection).createIndex(call.key, options)
      return
    } catch (e) {
      const option = ['partialFilterExpression', 'expireAfterSeconds'].find((o) => o in options)
      if (!notImplemented(e) || !option) throw new Error(`createIndex ${call.collection}.${options.name}: ${e.message}`)
      delete options[option]
      out.notAccepted[option].push(`${call.collection}.${call.options.name}`)
    }
  }
}

function readSeeds (dir, collections) {
  const out = {}
  const seedDir = join(dir, 'seed')
  const files = existsSync(seedDir) ? readdirSync(seedDir) : []
  for (const c of collections.collections) {
    const file = `${c.name}.json`
    if (!files.includes(file)) throw new Error(`no seed file ${file}`)
    const text = readFileSync(join(seedDir, file), 'utf8')
    const bson = EJSON.parse(text, { relaxed: false })
    out[c.name] = bson.map((d) => ({ bson: d }))
  }
  return out
}

/**
 * A copy of a seed document with a fresh _id and the same indexed values must be refused. An
 * index over the fields of a compound _id gets the same key with its fields in reverse order: a
 * second _id to MongoDB (it compares sub-documents in field order), the same key to the model.
 */
async function duplicate (db, c, index, docs, decimal128) {
  const paths = Object.keys(index.key)
  const source = docs.find((d) => paths.every((p) => get(d.bson, p) !== undefined && get(d.bson, p) !== null) &&
    matchesPartial(d.bson, index.partialFilterExpression))
  if (!source) return { collection: c.name, index: index.name, refused: null, why: 'no seed document holds these fields' }
  const copy = clone(source.bson)
  copy._id = paths.every((p) => p.startsWith('_id.'))
    ? Object.fromEntries(Object.entries(copy._id).reverse())
    : freshId(source.bson._id)
  try {
    await db.collection(c.name).insertOne(stored(copy, decimal128))
    return { collection: c.name, index: index.name, refused: false }
  } catch (e) {
    return { collection: c.name, index: index.name, refused: e.code === 11000, code: e.code ?? null, message: e.message }
  }
}

function matchesPartial (doc, filter) {
  if (!filter) return true
  return Object.entries(filter).every(([path, cond]) => {
    const types = Array.isArray(cond.$type) ? cond.$type : [cond.$type]
    return types.some((t) => bsonTypeMatches(t, get(doc, path)))
  })
}

function freshId (id) {
  if (id instanceof Int32) return new Int32(id.value + 1_000_000)
  if (id instanceof Long) return Long.fromNumber(Number(id) + 1_000_000)
  if (typeof id === 'number') return id + 1_000_000
  if (id instanceof Binary) return new UUID().toBinary()
  if (typeof id === 'string') return id + '-copy'
  if (id && typeof id === 'object' && !(id instanceof Decimal128)) {
    const out = {}
    for (const [k, v] of Object.entries(id)) out[k] = freshId(v)
    return out
  }
  throw new Error(`cannot make a fresh _id from ${inspectType(id)}`)
}

function get (doc, path) {
  let at = doc
  for (const part of path.split('.')) {
    if (at === undefined || at === null) return undefined
    at = Array.isArray(at) ? at[0]?.[part] : at[part]
  }
  return at
}

// ---------------------------------------------------------------- validators (draft 4 + bsonType)

function bsonTypeOf (v) {
  if (v === null) return 'null'
  if (v === undefined) return 'missing'
  if (v instanceof Int32) return 'int'
  if (v instanceof Long) return 'long'
  if (v instanceof Double) return 'double'
  if (v instanceof Decimal128) return 'decimal'
  if (v instanceof Date) return 'date'
  if (v instanceof Binary) return 'binData'
  if (typeof v === 'string') return 'string'
  if (typeof v === 'boolean') return 'bool'
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'double'
  if (Array.isArray(v)) return 'array'
  if (typeof v === 'object') return 'object'
  return typeof v
}

function bsonTypeMatches (alias, v) {
  const t = bsonTypeOf(v)
  if (alias === 'number') return ['int', 'long', 'double', 'decimal'].includes(t)
  return alias === t
}

function inspectType (v) { return bsonTypeOf(v) }

/** The document as JSON Schema sees it: numbers as numbers (Decimal128 by its text), dates as ISO text. */
function plain (v) {
  if (v instanceof Int32 || v instanceof Double) return Number(v.valueOf())
  if (v instanceof Long) return Number(v)
  if (v instanceof Decimal128) return Number(v.toString())
  if (v instanceof Date) return v.toISOString()
  if (v instanceof Binary) return Buffer.from(v.buffer).toString('base64')
  if (Array.isArray(v)) return v.map(plain)
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]))
  return v
}

/** The BSON value at a JSON pointer of the original document. */
function at (doc, pointer) {
  let v = doc
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (v === undefined || v === null) return undefined
    v = Array.isArray(v) ? v[Number(key)] : v[key]
  }
  return v
}

// ---------------------------------------------------------------- Decimal128 bounds

/**
 * The schema with each Decimal128 bound ({"$numberDecimal": "0.01"}, as collections.json writes a
 * decimal column's bound) as the keywords decimalMinimum / decimalMaximum, which compare the
 * document's value exactly, as MongoDB compares two Decimal128 values: ajv would see both as
 * doubles, and a double cannot tell 0.01 from the double nearest it.
 */
function decimalBounds (schema) {
  if (Array.isArray(schema)) return schema.map(decimalBounds)
  if (!schema || typeof schema !== 'object') return schema
  const out = {}
  for (const [k, v] of Object.entries(schema)) {
    const decimal = (k === 'minimum' || k === 'maximum') && v && typeof v === 'object' && '$numberDecimal' in v
    if (decimal) out[k === 'minimum' ? 'decimalMinimum' : 'decimalMaximum'] = v.$numberDecimal
    else if (k === 'enum' && v.some((e) => e && typeof e === 'object' && '$numberDecimal' in e)) {
      // A decimal column's == / != literal: compared exactly, as MongoDB compares two Decimal128 values.
      out.decimalEnum = v.map((e) => (e === null ? null : e.$numberDecimal))
    }
    else if ((k === 'exclusiveMinimum' && schema.minimum?.$numberDecimal) || (k === 'exclusiveMaximum' && schema.maximum?.$numberDecimal)) {
      out[k === 'exclusiveMinimum' ? 'decimalExclusiveMinimum' : 'decimalExclusiveMaximum'] = v
    } else out[k] = decimalBounds(v)
  }
  return out
}

/** A decimal text as an integer and a power of ten: "-12.5E+1" → [-125n, 0]. */
function scaled (text) {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(String(text))
  if (!m) throw new Error(`not a decimal: ${text}`)
  const digits = (m[2] || '0') + (m[3] ?? '')
  const sign = m[1] === '-' ? -1n : 1n
  return [sign * BigInt(digits), (m[3] ?? '').length - Number(m[4] ?? 0)]
}

/** Exact comparison of two decimal texts: -1, 0 or 1. */
function compareDecimal (a, b) {
  let [x, xs] = scaled(a)
  let [y, ys] = scaled(b)
  if (xs < ys) x *= 10n ** BigInt(ys - xs)
  else y *= 10n ** BigInt(xs - ys)
  return x < y ? -1 : x > y ? 1 : 0
}

/** The decimal text one unit of its last digit away: stepDecimal("0.01", -1n) is "0.00". */
function stepDecimal (text, by) {
  const [n, scale] = scaled(text)
  const v = n + by
  if (scale <= 0) return (v * 10n ** BigInt(-scale)).toString()
  const neg = v < 0n
  const abs = (neg ? -v : v).toString().padStart(scale + 1, '0')
  return (neg ? '-' : '') + abs.slice(0, abs.length - scale) + '.' + abs.slice(abs.length - scale)
}

/** The value of a document at a bound as decimal text, or null for a value that is no number. */
function decimalText (v) {
  if (v instanceof Decimal128) return v.toString()
  if (v instanceof Int32 || v instanceof Double) return String(v.valueOf())
  if (v instanceof Long) return v.toString()
  if (typeof v === 'number') return String(v)
  return null
}

/** The same decimal with one more trailing zero: equal in value, other in its text ("5" and "5.0"). */
function widened (text) {
  return /[eE]/.test(text) ? text : text.includes('.') ? text + '0' : text + '.0'
}

/**
 * Documents that hold a Decimal128 bound's own value, which the validator must accept (when the
 * bound is inclusive), a decimal == literal's value written with another trailing zero, and the
 * neighbour of a decimal != literal.
 */
function * keepers (schema, docs, path) {
  const holder = docs.find((d) => at(d, path) !== undefined && at(d, path) !== null)
  if (!holder) return
  const first = (list) => list.find((e) => e !== null)
  if (schema.decimalEnum) {
    const copy = clone(holder)
    const v = widened(first(schema.decimalEnum))
    set(copy, path, Decimal128.fromString(v))
    yield { keyword: 'decimalEnum', path, what: v, doc: copy }
  }
  if (schema.not?.decimalEnum) {
    const copy = clone(holder)
    const v = stepDecimal(first(schema.not.decimalEnum), 1n)
    set(copy, path, Decimal128.fromString(v))
    yield { keyword: 'not', path, what: v, doc: copy }
  }
  for (const [k, ex] of [['decimalMinimum', 'decimalExclusiveMinimum'], ['decimalMaximum', 'decimalExclusiveMaximum']]) {
    if (schema[k] === undefined || schema[ex]) continue
    const copy = clone(holder)
    set(copy, path, Decimal128.fromString(schema[k]))
    yield { keyword: k, path, what: schema[k], doc: copy }
  }
  for (const [name, sub] of Object.entries(schema.properties ?? {})) {
    yield * keepers(sub, docs, `${path}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`)
  }
  if (schema.items) {
    yield * keepers(schema.items, docs.filter((d) => Array.isArray(at(d, path)) && at(d, path).length > 0), `${path}/0`)
  }
}

function makeAjv () {
  const originals = new WeakMap()
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictTuples: false })
  ajv.addKeyword({
    keyword: 'bsonType',
    schemaType: ['string', 'array'],
    errors: true,
    validate: function bsonType (schema, data, parentSchema, cxt) {
      const original = at(originals.get(cxt.rootData), cxt.instancePath)
      const allowed = Array.isArray(schema) ? schema : [schema]
      if (allowed.some((a) => bsonTypeMatches(a, original))) return true
      bsonType.errors = [{ keyword: 'bsonType', message: `is ${bsonTypeOf(original)}, not ${allowed.join(' or ')}`, params: { allowed } }]
      return false
    }
  })
  for (const [keyword, exclusive, sign] of [['decimalMinimum', 'decimalExclusiveMinimum', 1], ['decimalMaximum', 'decimalExclusiveMaximum', -1]]) {
    ajv.addKeyword({ keyword: exclusive, schemaType: 'boolean' })
    ajv.addKeyword({
      keyword,
      schemaType: 'string',
      errors: true,
      validate: function bound (schema, data, parentSchema, cxt) {
        const text = decimalText(at(originals.get(cxt.rootData), cxt.instancePath))
        if (text === null) return true
        const c = compareDecimal(text, schema) * sign
        if (c > 0 || (c === 0 && !parentSchema[exclusive])) return true
        bound.errors = [{ keyword, message: `${text} is past the bound ${schema}`, params: { bound: schema } }]
        return false
      }
    })
  }
  ajv.addKeyword({
    keyword: 'decimalEnum',
    schemaType: 'array',
    errors: true,
    validate: function decimalEnum (schema, data, parentSchema, cxt) {
      const original = at(originals.get(cxt.rootData), cxt.instancePath)
      const text = original === null ? null : decimalText(original)
      if (schema.some((e) => (e === null ? original === null : text !== null && compareDecimal(text, e) === 0))) return true
      decimalEnum.errors = [{ keyword: 'decimalEnum', message: `${text} is none of ${schema.join(', ')}`, params: { allowed: schema } }]
      return false
    }
  })
  return { ajv, validate: (fn, bsonDoc) => { const p = plain(bsonDoc); originals.set(p, bsonDoc); const ok = fn(p); return { ok, errors: fn.errors ?? [] } } }
}

function validators (collections, seeds, out) {
  const { ajv, validate } = makeAjv()
  for (const c of collections.collections) {
    const schema = decimalBounds(c.options.validator.$jsonSchema)
    const fn = ajv.compile(schema)
    const docs = seeds[c.name].map((d) => d.bson)
    for (const d of docs) {
      out.validation.documents++
      const r = validate(fn, d)
      if (!r.ok) out.validation.invalid.push({ collection: c.name, _id: EJSON.stringify(d._id), errors: r.errors })
    }
    for (const k of keepers(schema, docs, '')) {
      const r = validate(fn, k.doc)
      out.keepers.push({ collection: c.name, keyword: k.keyword, path: k.path, what: k.what, accepted: r.ok, errors: r.errors })
    }
    for (const b of breakers(schema, docs, '', [])) {
      if (b.skipped) { out.skipped.push({ collection: c.name, ...b }); continue }
      const r = validate(fn, b.doc)
      const hit = r.errors.some((e) => e.keyword === b.keyword && e.instancePath === b.path)
      out.breakers.push({ collection: c.name, keyword: b.keyword, path: b.path, what: b.what, refused: !r.ok, onThatKeyword: hit })
    }
  }
}

/**
 * Documents that each break one constraint of `schema` (the schema of the value at JSON pointer
 * `path` in the documents): a seed document where that value exists, copied and changed there.
 */
function * breakers (schema, docs, path, trail) {
  const holder = docs.find((d) => at(d, path) !== undefined && at(d, path) !== null)
  const change = (value) => {
    const copy = clone(holder)
    set(copy, path, value)
    return copy
  }
  const constraints = Object.keys(schema).filter((k) => !['description', 'title', 'properties', 'items'].includes(k))
  if (!holder) {
    for (const k of constraints) yield { skipped: true, keyword: k, path, why: 'no seed document has a value here' }
    return
  }
  const value = at(holder, path)
  const types = schema.bsonType === undefined ? null : (Array.isArray(schema.bsonType) ? schema.bsonType : [schema.bsonType])
  const typed = (n) => {
    const t = types?.find((x) => x !== 'null') ?? 'double'
    if (t === 'int') return new Int32(n)
    if (t === 'long') return Long.fromNumber(n)
    if (t === 'decimal') return Decimal128.fromString(String(n))
    return new Double(n)
  }
  if (types && path !== '') {
    const wrong = types.includes('string') ? new Int32(7) : 'not of this type'
    yield { keyword: 'bsonType', path, what: `a ${bsonTypeOf(wrong)} where ${types.join(' or ')} is expected`, doc: change(wrong) }
  }
  if (schema.required) {
    for (const name of schema.required) {
      const copy = clone(holder)
      delete at(copy, path)[name]
      yield { keyword: 'required', path, what: `without ${name}`, doc: copy }
    }
  }
  if (schema.additionalProperties === false) {
    const copy = clone(holder)
    at(copy, path).schemacUnexpectedField = new Int32(1)
    yield { keyword: 'additionalProperties', path, what: 'with an undeclared field', doc: copy }
  }
  if (schema.enum) yield { keyword: 'enum', path, what: 'a value outside the enum', doc: change('SCHEMAC_NOT_A_VALUE') }
  if (schema.decimalEnum) {
    const v = stepDecimal(schema.decimalEnum.find((e) => e !== null), 1n)
    yield { keyword: 'decimalEnum', path, what: v, doc: change(Decimal128.fromString(v)) }
  }
  if (schema.not?.decimalEnum) {
    yield { keyword: 'not', path, what: 'an excluded decimal', doc: change(Decimal128.fromString(schema.not.decimalEnum[0])) }
  }
  if (schema.maxLength !== undefined) {
    yield { keyword: 'maxLength', path, what: `${schema.maxLength + 1} characters`, doc: change('x'.repeat(schema.maxLength + 1)) }
  }
  if (schema.minLength !== undefined) {
    yield { keyword: 'minLength', path, what: `${schema.minLength - 1} characters`, doc: change('x'.repeat(schema.minLength - 1)) }
  }
  if (schema.pattern !== undefined) {
    const re = new RegExp(schema.pattern, 'u')
    const bad = ['!', ' ', '', '\u00e9\u00e9\u00e9', 'x'].find((s) => !re.test(s))
    if (bad === undefined) yield { skipped: true, keyword: 'pattern', path, why: 'every candidate matches the pattern' }
    else yield { keyword: 'pattern', path, what: `"${bad}"`, doc: change(bad) }
  }
  // An inclusive bound at the end of the doubles (1.7976931348623157e308) refuses no finite number: none breaks it.
  if (schema.minimum !== undefined) {
    const v = schema.exclusiveMinimum ? schema.minimum : past(schema.minimum, -1)
    if (Number.isFinite(v)) yield { keyword: 'minimum', path, what: `${v}`, doc: change(typed(v)) }
  }
  if (schema.maximum !== undefined) {
    const v = schema.exclusiveMaximum ? schema.maximum : past(schema.maximum, 1)
    if (Number.isFinite(v)) yield { keyword: 'maximum', path, what: `${v}`, doc: change(typed(v)) }
  }
  // A Decimal128 bound: the next value past it in its last digit (or the bound itself, when exclusive).
  if (schema.decimalMinimum !== undefined) {
    const v = schema.decimalExclusiveMinimum ? schema.decimalMinimum : stepDecimal(schema.decimalMinimum, -1n)
    yield { keyword: 'decimalMinimum', path, what: v, doc: change(Decimal128.fromString(v)) }
  }
  if (schema.decimalMaximum !== undefined) {
    const v = schema.decimalExclusiveMaximum ? schema.decimalMaximum : stepDecimal(schema.decimalMaximum, 1n)
    yield { keyword: 'decimalMaximum', path, what: v, doc: change(Decimal128.fromString(v)) }
  }
  if (schema.not?.enum) yield { keyword: 'not', path, what: 'an excluded value', doc: change(schema.not.enum[0]) }
  if (schema.uniqueItems && Array.isArray(value)) {
    const entry = value.length > 0 ? value[0] : sampleOf(schema.items)
    if (entry === undefined) yield { skipped: true, keyword: 'uniqueItems', path, why: 'no entry to repeat' }
    else yield { keyword: 'uniqueItems', path, what: 'an entry twice', doc: change([...value, entry, entry]) }
  }
  for (const [name, sub] of Object.entries(schema.properties ?? {})) {
    yield * breakers(sub, docs, `${path}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, [...trail, name])
  }
  if (schema.items) {
    const withEntry = docs.filter((d) => Array.isArray(at(d, path)) && at(d, path).length > 0)
    yield * breakers(schema.items, withEntry, `${path}/0`, [...trail, 0])
  }
}

/** A value of an array's entry type, for an array that every seed document leaves empty. */
function sampleOf (schema) {
  const t = Array.isArray(schema?.bsonType) ? schema.bsonType.find((x) => x !== 'null') : schema?.bsonType
  switch (t) {
    case 'int': return new Int32(1)
    case 'long': return Long.fromNumber(1)
    case 'double': return new Double(1.5)
    case 'decimal': return Decimal128.fromString('1')
    case 'string': return 'x'
    case 'bool': return true
    case 'date': return new Date(0)
    case 'binData': return new UUID('00000000-0000-4000-8000-000000000000').toBinary()
    default: return undefined
  }
}

function set (doc, pointer, value) {
  const parts = pointer.split('/').slice(1)
  const last = parts.pop()
  const parent = parts.length === 0 ? doc : at(doc, '/' + parts.join('/'))
  parent[Array.isArray(parent) ? Number(last) : last] = value
}

// The first number past an inclusive bound: the next integer while integers are exact, else the
// next double (a bound like 3.4e38 plus 1 is the bound again).
function past (bound, direction) {
  if (Number.isSafeInteger(bound) && Number.isSafeInteger(bound + direction)) return bound + direction
  const bits = new BigInt64Array(new Float64Array([bound]).buffer)
  const away = (bound > 0) === (direction > 0) || bound === 0
  bits[0] += bound === 0 ? 1n : (away ? 1n : -1n)
  const next = new Float64Array(bits.buffer)[0]
  return bound === 0 ? direction * next : next
}
