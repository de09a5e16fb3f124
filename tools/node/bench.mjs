#!/usr/bin/env node
// Latency of each harness command: one process per call (how a naive Java test calls it) vs. one
// warm `batch` process. Usage: node tools/node/bench.mjs [runs=5]   (PostgreSQL rows need SCHEMAC_PG_*)
import { spawnSync, spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const HARNESS = join(dirname(fileURLToPath(import.meta.url)), 'schemac-harness.mjs')
const RUNS = Number(process.argv[2] ?? 5)
const TMP = mkdtempSync(join(tmpdir(), 'schemac-harness-bench-'))
const schema = (provider) => `datasource db {
  provider = "${provider}"
}

model User {
  id     Int     @id @default(autoincrement())
  email  String  @unique
  orders Order[]

  @@map("users")
}

model Order {
  id     Int  @id @default(autoincrement())
  userId Int  @map("user_id")
  user   User @relation(fields: [userId], references: [id], onDelete: Cascade)

  @@index([userId], map: "ix_orders_user")
  @@map("orders")
}
`
const lite = join(TMP, 'lite.prisma')
const pgf = join(TMP, 'pg.prisma')
const mmd = join(TMP, 'd.mmd')
writeFileSync(lite, schema('sqlite'))
writeFileSync(pgf, schema('postgresql'))
writeFileSync(mmd, 'erDiagram\n  users ||--o{ orders : places\n  users {\n    int id PK\n  }\n')
const db = join(TMP, 'b.db')
const E = process.env
const pg = E.SCHEMAC_PG_HOST ? `${E.SCHEMAC_PG_HOST}:${E.SCHEMAC_PG_PORT}:${E.SCHEMAC_PG_USER}:${E.SCHEMAC_PG_PASSWORD}:${E.SCHEMAC_PG_DB}` : null
const cmds = [
  ['prisma-validate', lite], ['prisma-format', lite], ['prisma-dmmf', lite],
  ['prisma-migrate-sql', lite], ['prisma-push', lite, '--url', db], ['prisma-pull', '--url', db],
  ['prisma-drift', lite, '--url', db], ['mermaid-parse', mmd]
]
if (pg) cmds.push(['prisma-migrate-sql', pgf, '--pg', pg], ['prisma-pull', '--pg', pg])

const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]
const rows = []
for (const argv of cmds) {
  const t = []
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    const r = spawnSync(process.execPath, [HARNESS, ...argv], { encoding: 'utf8' })
    t.push(performance.now() - t0)
    if (r.status !== 0) throw new Error(`${argv.join(' ')}: exit ${r.status} ${r.stdout}`)
  }
  rows.push({ argv, single: median(t) })
}
// batch: same requests RUNS times in one process; first call of each kind pays the module load
const reqs = []
for (let i = 0; i < RUNS; i++) cmds.forEach((argv, j) => reqs.push({ id: `${j}:${i}`, argv }))
const t0 = performance.now()
const out = await new Promise((resolve) => {
  const p = spawn(process.execPath, [HARNESS, 'batch'])
  let s = ''
  p.stdout.on('data', (d) => { s += d })
  p.on('close', () => resolve(s))
  p.stdin.end(reqs.map((r) => JSON.stringify(r)).join('\n') + '\n')
})
const batchTotal = performance.now() - t0
const res = out.trim().split('\n').map((l) => JSON.parse(l))
rows.forEach((row, j) => {
  const ms = res.filter((r) => r.id.startsWith(`${j}:`)).map((r) => r.ms)
  row.first = ms[0]
  row.warm = median(ms.slice(1))
})
console.log(`median wall ms over ${RUNS} runs (node ${process.version})`)
console.log('command'.padEnd(34) + 'process'.padStart(9) + ' batch-1st'.padStart(10) + ' batch-warm'.padStart(11))
for (const r of rows) {
  const name = r.argv[0] + (r.argv.includes('--pg') ? ' (pg)' : r.argv.includes('--url') || r.argv[0] === 'prisma-migrate-sql' ? ' (sqlite)' : '')
  console.log(name.padEnd(34) + String(Math.round(r.single)).padStart(9) + String(r.first).padStart(10) + String(r.warm).padStart(11))
}
console.log(`batch process total for ${reqs.length} requests: ${Math.round(batchTotal)} ms`)
rmSync(TMP, { recursive: true, force: true })
