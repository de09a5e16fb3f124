// GitHub-flavoured Markdown as `marked` (a real GFM parser) reads it, for tests that check what a
// generated document becomes: its tables' rows by their cell counts, its code spans, its text, and
// any raw HTML or links. marked splits a table row at a `|` after an even run of backslashes, where
// cmark-gfm (GitHub) splits at any `|` without a backslash right before it; the Java tests read the
// same documents with commonmark-java (cmark-gfm's rules), so a document both read alike is portable.
import { marked } from 'marked'

const OPTIONS = { gfm: true }

/**
 * How many cells marked splits a row into. A table keeps as many cells as its header has (it drops
 * the rest), so the row is read as a header instead: marked takes it as one only under a delimiter
 * row with exactly as many cells.
 */
function cellsOf (line) {
  for (let k = 1; k <= 64; k++) {
    const tokens = marked.lexer(line + '\n|' + ' --- |'.repeat(k) + '\n', OPTIONS)
    if (tokens[0]?.type === 'table') return k
  }
  return -1
}

export function parse (text) {
  const out = { tables: [], codeSpans: [], texts: [], html: [], links: [] }
  // marked gives each backslash escape a token of its own: a run of text and escapes is one text, as it reads
  let run = null
  const flush = () => { if (run !== null) out.texts.push(run); run = null }
  const walk = (tokens) => {
    for (const t of tokens ?? []) {
      if ((t.type === 'text' && !t.tokens) || t.type === 'escape') { run = (run ?? '') + t.text; continue }
      flush()
      switch (t.type) {
        case 'table': {
          const lines = t.raw.split('\n').filter((l) => l.trim() !== '')
          out.tables.push({
            header: lines[0],
            columns: t.header.length,
            rows: lines.filter((_, i) => i !== 1).map((l) => ({ line: l, cells: cellsOf(l) }))
          })
          t.header.forEach((c) => { walk(c.tokens); flush() })
          t.rows.forEach((r) => r.forEach((c) => { walk(c.tokens); flush() }))
          break
        }
        case 'codespan': out.codeSpans.push(t.text); break
        case 'html': out.html.push(t.raw); break
        case 'link': case 'image': out.links.push(t.href); walk(t.tokens); flush(); break
        case 'list': t.items.forEach((i) => { walk(i.tokens); flush() }); break
        case 'code': break
        default: walk(t.tokens); flush()
      }
    }
  }
  walk(marked.lexer(text, OPTIONS))
  flush()
  return out
}
