// Mermaid's own parser (the `mermaid` npm package, mermaid.parse()). It runs in plain Node for
// erDiagram: no DOM, jsdom or DOMPurify shim is needed for parsing (rendering would need one).
let mermaidPromise = null
async function load () {
  if (!mermaidPromise) {
    mermaidPromise = import('mermaid').then((m) => {
      const mermaid = m.default
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' })
      return mermaid
    })
  }
  return mermaidPromise
}

function detect (mermaid, text) {
  try { return mermaid.detectType(text) } catch { return null }
}

/** Plain-JSON view of an ER diagram's parsed database (entities, attributes, relationships). */
function erModel (db) {
  const entities = []
  const nameById = new Map()
  const raw = db.getEntities()
  for (const [name, e] of (raw instanceof Map ? raw : Object.entries(raw))) {
    nameById.set(e.id ?? name, name)
    entities.push({
      name,
      alias: e.alias || null,
      attributes: (e.attributes ?? []).map((a) => ({
        type: a.type, name: a.name, keys: [...(a.keys ?? [])], comment: a.comment ?? ''
      }))
    })
  }
  const relationships = (db.getRelationships() ?? []).map((r) => ({
    entityA: nameById.get(r.entityA) ?? r.entityA,
    entityB: nameById.get(r.entityB) ?? r.entityB,
    role: r.roleA,
    cardA: r.relSpec?.cardA,
    cardB: r.relSpec?.cardB,
    relType: r.relSpec?.relType
  }))
  return { entities, relationships }
}

/**
 * Parse a diagram with mermaid.parse(). On success for an erDiagram, also returns the parsed
 * entities/relationships (from mermaid's own ER db) so tests can assert on content.
 */
export async function parse (text) {
  const mermaid = await load()
  const detected = detect(mermaid, text)
  let res
  try {
    res = await mermaid.parse(text)
  } catch (e) {
    return { ok: false, diagramType: detected, error: String(e?.message ?? e) }
  }
  if (!res) return { ok: false, diagramType: detected, error: 'mermaid.parse returned false' }
  const out = { ok: true, diagramType: res.diagramType ?? detected, error: null }
  if (out.diagramType === 'er') {
    try {
      const diagram = await mermaid.mermaidAPI.getDiagramFromText(text)
      Object.assign(out, erModel(diagram.db))
    } catch (e) {
      out.modelError = String(e?.message ?? e)
    }
  }
  return out
}

export async function version () {
  const { createRequire } = await import('node:module')
  return createRequire(import.meta.url)('mermaid/package.json').version
}
