const s = /^\p{XID_Start}$/u, c = /^\p{XID_Continue}$/u, as = /^\p{Assigned}$/u;
let out = [];
for (let i = 0; i < 0x10000; i++) {
  if (i >= 0xD800 && i <= 0xDFFF) { out.push(16); continue; }
  const ch = String.fromCharCode(i);
  out.push((s.test(ch) ? 1 : 0) | (c.test(ch) ? 2 : 0) | (as.test(ch) ? 16 : 0));
}
console.log(out.join('\n'));
