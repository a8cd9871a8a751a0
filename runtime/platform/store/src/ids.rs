//! Ids for deployments, projects and tokens: ULIDs (48-bit millisecond time, 80 random
//! bits) in lower-case Crockford base32. They sort by creation time, fit a DNS label, and
//! start with a digit until the year 10889, which keeps them apart from project names
//! (those start with a letter) in the router's host lookup.

/// Crockford's base32 alphabet, lower case (no i, l, o, u).
const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// The last id made in this process: (milliseconds, random part).
static LAST: std::sync::Mutex<(u128, u128)> = std::sync::Mutex::new((0, 0));

const RANDOM_BITS: u32 = 80;

/// A new id; panics only if the operating system cannot supply random bytes. Within one
/// process ids are strictly increasing (monotonic ULIDs: in the same millisecond, or if
/// the clock steps back, the previous random part plus one), so "newest first" listings
/// by id are exact; across processes, ids made in the same millisecond have no order.
pub fn new_id() -> String {
    let now = crate::now_ms().max(0) as u128 & ((1u128 << 48) - 1);
    let mut random = [0u8; 10];
    getrandom::getrandom(&mut random).expect("the operating system's random source failed");
    let fresh = random.iter().fold(0u128, |acc, b| (acc << 8) | *b as u128);
    let (ms, bits) = {
        let mut last = LAST.lock().unwrap_or_else(|p| p.into_inner());
        let next = if now > last.0 {
            (now, fresh)
        } else {
            (last.0, (last.1 + 1) & ((1u128 << RANDOM_BITS) - 1))
        };
        *last = next;
        next
    };
    let value = (ms << RANDOM_BITS) | bits;
    // 26 characters of 5 bits = 130 bits; the top two are always zero.
    (0..26)
        .map(|i| ALPHABET[((value >> (5 * (25 - i))) & 31) as usize] as char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_sort_by_time() {
        let a = new_id();
        std::thread::sleep(std::time::Duration::from_millis(2));
        let b = new_id();
        assert_eq!(a.len(), 26);
        assert!(a < b, "{a} {b}");
        // Many in the same millisecond still come out in order.
        let many: Vec<String> = (0..1000).map(|_| new_id()).collect();
        assert!(many.windows(2).all(|w| w[0] < w[1]));
    }
}
