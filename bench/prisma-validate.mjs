#!/usr/bin/env node
// What `prisma validate` does with a schema file, and nothing more: one call of the wasm
// validator the Prisma CLI uses (@prisma/prisma-schema-wasm, installed by tools/node).
// Exit 0 when the schema is valid, 1 with Prisma's message when it is not. The yardstick
// of bench/compare.sh.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(new URL('../tools/node/package.json', import.meta.url))
const wasm = require('@prisma/prisma-schema-wasm')
const file = process.argv[2]
if (!file) {
  process.stderr.write('usage: node bench/prisma-validate.mjs schema.prisma\n')
  process.exit(2)
}
try {
  wasm.validate(JSON.stringify({ prismaSchema: [[file, readFileSync(file, 'utf8')]], noColor: true }))
} catch (e) {
  process.stderr.write(`${e.message ?? e}\n`)
  process.exit(1)
}
