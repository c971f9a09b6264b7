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

/// Hands the heap's free pages back to the system. Building an engine takes memory for a moment
/// (the index writer's buffers, several megabytes) and frees it, but glibc keeps what was freed
/// inside its arenas for later allocations, so the bot went on holding it while idle, and a
/// burst of questions then added its own memory on top: the peak came at the end of the burst.
/// Called once an engine is built, off the async threads (it walks the whole heap: about a
/// millisecond). Does nothing elsewhere.
pub fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `malloc_trim` only returns free pages to the system; any thread may call it.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(all(test, target_os = "linux", target_env = "gnu"))]
mod tests {
    /// The process's resident anonymous memory, in KiB.
    fn resident_anonymous_kib() -> i64 {
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        let line = status.lines().find(|l| l.starts_with("RssAnon:"));
        let kib = line.and_then(|l| l.split_whitespace().nth(1));
        kib.and_then(|kib| kib.parse().ok()).unwrap_or(0)
    }

    /// Other tests allocate on their own threads while this one measures, so one reading can
    /// be hidden by them; a trim that hands nothing back never passes, however many attempts.
    const ATTEMPTS: usize = 5;

    /// Holes of 16 MiB left in the heap; returns how much of them a trim handed back, in KiB.
    fn released_by_a_trim() -> i64 {
        // 32 MiB in blocks small enough to come from the heap, not from mappings of their own;
        // every other one freed leaves 16 MiB of holes that freeing cannot give back by itself.
        let mut blocks: Vec<Vec<u8>> = (0..512).map(|_| vec![1u8; 64 * 1024]).collect();
        let mut at = 0;
        blocks.retain(|_| {
            at += 1;
            at % 2 == 0
        });
        let held = resident_anonymous_kib();
        super::release_free_memory();
        let released = held - resident_anonymous_kib();
        drop(blocks);
        released
    }

    #[test]
    fn memory_freed_inside_the_heap_goes_back_to_the_system() {
        let released: Vec<i64> = (0..ATTEMPTS)
            .map(|_| released_by_a_trim())
            .take_while(|&kib| kib < 8 * 1024)
            .collect();
        assert!(
            released.len() < ATTEMPTS,
            "KiB handed back by each attempt: {released:?}"
        );
    }
}
