// Prisma schema language tooling through @prisma/prisma-schema-wasm (the same wasm the Prisma
// CLI uses for `prisma validate` / `prisma format` / DMMF). Pure wasm: no engines, no network.
import { createRequire } from 'node:module'
import './panic.mjs'

const require = createRequire(import.meta.url)
let psl = null
function wasm () {
  if (!psl) psl = require('@prisma/prisma-schema-wasm')
  return psl
}

/** After a panic: load a fresh copy of the module (and so a fresh wasm instance) next time. */
export function reset () {
  for (const k of Object.keys(require.cache)) if (k.includes('prisma-schema-wasm')) delete require.cache[k]
  psl = null
}

/** files: [{path, content}] -> the wasm's [[path, content]] shape */
const pairs = (files) => files.map((f) => [f.path, f.content])

/** Parse the JSON error the wasm throws ({"error_code":"P1012","message":"..."}). */
export function wasmError (e) {
  const raw = e?.message ?? String(e)
  try {
    const j = JSON.parse(raw)
    if (j && typeof j === 'object') return { code: j.error_code ?? null, message: j.message ?? raw }
  } catch {}
  return { code: null, message: raw }
}

/**
 * offset -> 1-based line/column. The wasm's lint offsets are UTF-16 code-unit indices (JS string
 * indices, the same unit as Java's String), not UTF-8 bytes; columns are reported in that unit.
 */
function position (content, offset) {
  const before = content.slice(0, offset)
  const nl = before.lastIndexOf('\n')
  return { line: before.split('\n').length, column: offset - nl }
}

/**
 * prisma validate + lint. Errors and warnings come from lint() (structured, with positions);
 * validate() decides `ok` (exactly what `prisma validate` would say) and gives the CLI-style
 * pretty message.
 */
export function validate (files) {
  const p = wasm()
  let ok = true
  let message = null
  let code = null
  try {
    p.validate(JSON.stringify({ prismaSchema: pairs(files), noColor: true }))
  } catch (e) {
    ok = false
    ;({ code, message } = wasmError(e))
  }
  const diags = JSON.parse(p.lint(JSON.stringify(pairs(files))))
  const byPath = new Map(files.map((f) => [f.path, f.content]))
  const shape = (d) => {
    const content = byPath.get(d.file_name) ?? ''
    const s = position(content, d.start)
    const e = position(content, d.end)
    return { message: d.text.trim(), file: d.file_name, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, start: d.start, end: d.end }
  }
  const errors = diags.filter((d) => !d.is_warning).map(shape)
  const warnings = diags.filter((d) => d.is_warning).map(shape)
  if (!ok && errors.length === 0) {
    // validate() failed on something lint() did not report: keep the message as one error
    errors.push({ message, file: files[0]?.path ?? null, line: null, column: null })
  }
  return { ok, clean: ok && errors.length === 0 && warnings.length === 0, errors, warnings, errorCode: code, message }
}

/** prisma format (the CLI's defaults: 2 spaces). Returns [{path, formatted}]. */
export function format (files, { tabSize = 2 } = {}) {
  const out = JSON.parse(wasm().format(JSON.stringify(pairs(files)),
    JSON.stringify({ textDocument: { uri: 'file:/dev/null' }, options: { tabSize, insertSpaces: true } })))
  return out.map(([path, formatted]) => ({ path, formatted }))
}

/** Full DMMF (datamodel, schema, mappings). Throws {code,message} on an invalid schema. */
export function dmmf (files) {
  try {
    return JSON.parse(wasm().get_dmmf(JSON.stringify({ prismaSchema: pairs(files), noColor: true })))
  } catch (e) {
    if (e instanceof SyntaxError) throw e
    const err = new Error(wasmError(e).message)
    err.code = wasmError(e).code
    throw err
  }
}

/** Datasource/generator config (used to find the provider). */
export function config (files) {
  const r = JSON.parse(wasm().get_config(JSON.stringify({ prismaSchema: pairs(files), datasourceOverrides: {}, ignoreEnvVarErrors: true, env: {} })))
  return r
}

/** The datasource provider of a schema ('sqlite', 'postgresql', ...) or null. */
export function provider (files) {
  const c = config(files)
  return c?.config?.datasources?.[0]?.activeProvider ?? null
}
