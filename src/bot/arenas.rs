//! The bot's heap: fewer malloc arenas than glibc's default.
//!
//! glibc gives each thread that allocates under contention an arena of its own, up to eight
//! per core, and an arena keeps the memory freed in it for its thread. The bot's threads (the
//! async workers, the state store's writer, blocking tasks) each end up holding a few
//! megabytes that way after a burst of questions, memory no other thread may use. Capping the
//! arenas trades a little lock contention, invisible at the bot's rates, for a peak resident
//! size several megabytes smaller (measured with `cargo bench --bench bot`).

/// Arenas the bot's heap may use: one per core of the 2-core machines it is sized for, so
/// the two async workers rarely wait on each other's allocations.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const MALLOC_ARENAS: libc::c_int = 2;

/// Caps glibc's malloc arenas. Call it first in the process, before any thread starts; an
/// environment that sets `MALLOC_ARENA_MAX` keeps its own choice. Does nothing elsewhere.
pub fn limit_malloc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
        // SAFETY: `mallopt` only sets a malloc parameter; called before other threads run.
        let accepted = unsafe { libc::mallopt(libc::M_ARENA_MAX, MALLOC_ARENAS) };
        if accepted != 1 {
            tracing::debug!("malloc did not accept the arena limit; the default stays");
        }
    }
}
