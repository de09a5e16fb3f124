// Both Prisma wasm modules report a Rust panic by calling
// global.PRISMA_WASM_PANIC_REGISTRY.set_message(msg) and then trapping (RuntimeError: unreachable).
// Without this registry the panic turns into an uncaught TypeError that kills the process
// (seen with provider = "mysql", which the wasm schema engine does not support).
const registry = globalThis.PRISMA_WASM_PANIC_REGISTRY ?? {
  message: null,
  set_message (m) { this.message = m }
}
globalThis.PRISMA_WASM_PANIC_REGISTRY = registry

/** Take (and clear) the last panic message, or null. */
export function takePanic () {
  const m = registry.message
  registry.message = null
  return m
}
