//! A small hasher for identifying content that is persisted and compared later: the indexed
//! corpus, the analysis rules, the state of interview files. A leaf: it uses nothing of the
//! crate, so `corpus` and `search` may both use it.
//!
//! FNV-1a rather than the standard library's hasher: its output is the same on every platform
//! and in every release of Rust, which a key written to disk needs.

use std::hash::Hasher;

/// Ends every part fed to a [`Fingerprint`], so that ("ab", "c") and ("a", "bc") differ. No
/// UTF-8 text holds this byte.
const SEPARATOR: u8 = 0xff;

/// Length of [`Fingerprint::hex`]: the 64-bit hash, whole.
pub const HEX_DIGITS: usize = 16;

/// An FNV-1a hash fed part by part.
#[derive(Default)]
pub struct Fingerprint(fnv::FnvHasher);

impl Fingerprint {
    /// A fingerprint of nothing yet.
    pub fn new() -> Fingerprint {
        Fingerprint::default()
    }

    /// Feeds one part: its bytes, then a separator.
    pub fn part(&mut self, bytes: impl AsRef<[u8]>) -> &mut Fingerprint {
        self.0.write(bytes.as_ref());
        self.0.write_u8(SEPARATOR);
        self
    }

    /// Feeds every part of `parts`, in order (see [`Fingerprint::part`]).
    pub fn parts<T: AsRef<[u8]>>(
        &mut self,
        parts: impl IntoIterator<Item = T>,
    ) -> &mut Fingerprint {
        for part in parts {
            self.part(part);
        }
        self
    }

    /// The hash so far.
    pub fn value(&self) -> u64 {
        self.0.finish()
    }

    /// The hash so far, as [`HEX_DIGITS`] hex digits: a file or directory name.
    pub fn hex(&self) -> String {
        format!("{:0width$x}", self.value(), width = HEX_DIGITS)
    }
}

/// Raw writes, for numbers (fixed width, so they need no separator).
impl Hasher for Fingerprint {
    fn write(&mut self, bytes: &[u8]) {
        self.0.write(bytes);
    }

    fn finish(&self) -> u64 {
        self.value()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_kept_apart_and_the_value_is_stable() {
        let joined = Fingerprint::new().parts(["ab", "c"]).hex();
        assert_ne!(joined, Fingerprint::new().parts(["a", "bc"]).hex());
        assert_eq!(joined, Fingerprint::new().part("ab").part("c").hex());
        // FNV-1a of nothing: the offset basis, the same on every platform.
        assert_eq!(Fingerprint::new().value(), 0xcbf2_9ce4_8422_2325);
        assert_eq!(joined.len(), HEX_DIGITS);
    }
}
