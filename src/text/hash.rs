//! A small, fast, non-cryptographic hasher for word tables (glossary keys, summary terms).
//!
//! Matching and scoring do several hash lookups per word of text; the standard SipHash
//! costs more than the rest of the per-word work together. The keys are glossary terms and
//! words of the documents, and no iteration order reaches any output, so neither flooding
//! resistance nor a stable order is needed. This is the "Fx" hash of rustc and Firefox (a
//! rotate, a xor and a multiply per 8 bytes) with a final mix, kept here rather than adding
//! a dependency for thirty lines.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The Fx hasher state.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        // A multiply leaves the low bits weak, and the table indexes by the low bits:
        // Arabic UTF-8 (D8/D9 lead bytes) then collides badly. Mix the high bits down.
        let h = self.hash ^ (self.hash >> 33);
        let h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^ (h >> 33)
    }
}

/// A `HashMap` with the Fx hasher.
pub type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// Another name for [`FxHashMap`].
pub type FxMap<K, V> = FxHashMap<K, V>;
/// A `HashSet` with the Fx hasher.
pub type FxHashSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// `w` packed into an integer (its bytes, then its length in the last byte), if it is at
/// most 15 bytes long.
#[inline]
fn pack(w: &str) -> Option<u128> {
    let b = w.as_bytes();
    if b.len() > 15 {
        return None;
    }
    let mut key = [0u8; 16];
    key[..b.len()].copy_from_slice(b);
    key[15] = b.len() as u8;
    Some(u128::from_le_bytes(key))
}

/// A map keyed by words, for tables probed once or more per word of text (glossary
/// keys, common words, the summarizer's word memory).
///
/// Most words of news are at most 15 bytes of UTF-8 (seven Arabic letters); those keys
/// are packed into an integer held in the table itself, so a probe compares integers
/// instead of following a pointer to the key's bytes, which on a large table is a cache
/// miss per word. Longer words go to an ordinary map.
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    short: FxHashMap<u128, V>,
    long: FxHashMap<Box<str>, V>,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            short: FxHashMap::default(),
            long: FxHashMap::default(),
        }
    }
}

impl<V> WordMap<V> {
    /// The value of `w`.
    #[inline]
    pub fn get(&self, w: &str) -> Option<&V> {
        match pack(w) {
            Some(k) => self.short.get(&k),
            None => self.long.get(w),
        }
    }

    /// The value of `w`, to change.
    #[inline]
    pub fn get_mut(&mut self, w: &str) -> Option<&mut V> {
        match pack(w) {
            Some(k) => self.short.get_mut(&k),
            None => self.long.get_mut(w),
        }
    }

    /// True if `w` is a key.
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.get(w).is_some()
    }

    /// The value of `w`, made by `new` if `w` is not a key yet.
    #[inline]
    pub fn get_or_insert_with(&mut self, w: &str, new: impl FnOnce() -> V) -> &mut V {
        match pack(w) {
            Some(k) => self.short.entry(k).or_insert_with(new),
            None => {
                if !self.long.contains_key(w) {
                    self.long.insert(w.into(), new());
                }
                self.long.get_mut(w).expect("just inserted")
            }
        }
    }

    /// Set the value of `w`.
    pub fn insert(&mut self, w: &str, v: V) {
        match pack(w) {
            Some(k) => self.short.insert(k, v),
            None => self.long.insert(w.into(), v),
        };
    }

    /// Every value, to change.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.short.values_mut().chain(self.long.values_mut())
    }

    /// How many keys.
    pub fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }

    /// True if there are no keys.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A set of words, with the short-key packing of [`WordMap`].
pub type WordSet = WordMap<()>;

impl FromIterator<String> for WordSet {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> Self {
        let mut set = WordSet::default();
        for w in iter {
            set.insert(&w, ());
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_map_tells_short_and_long_keys_apart() {
        let mut m: WordMap<u32> = WordMap::default();
        // 14, 15 and 16 bytes: the last one no longer fits in a packed key.
        let words = [
            "باشينيان",
            "abcdefghijklmno",
            "abcdefghijklmnop",
            "a",
            "",
            "ab",
        ];
        for (i, w) in words.iter().enumerate() {
            m.insert(w, i as u32);
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(m.get(w), Some(&(i as u32)), "{w}");
        }
        assert_eq!(m.len(), words.len());
        assert!(!m.contains("abcdefghijklmn"));
        assert!(!m.contains("abcdefghijklmnopq"));
        *m.get_or_insert_with("قره باغ في القوقاز", || 7) += 1;
        assert_eq!(m.get("قره باغ في القوقاز"), Some(&8));
        m.values_mut().for_each(|v| *v = 0);
        assert!(words.iter().all(|w| m.get(w) == Some(&0)));
    }
}
