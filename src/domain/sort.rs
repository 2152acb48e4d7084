//! One stable sort for the whole app, to keep the wasm small.
//!
//! `slice::sort_by` is generic over the element and the comparator, so every call site compiles
//! its own copy of the standard library's driftsort (about 3.8 KB of wasm each; 34 copies were
//! 125 KB, the largest single piece of duplicated code in the release wasm). These helpers sort a
//! list of indices with one non-generic instance of the standard stable sort and then move the
//! elements into that order, so a call site costs only its comparator.
//!
//! The result is exactly that of `slice::sort_by` with the same comparator: the standard stable
//! sort orders the indices, ties keep their original order (index order), and the elements are
//! permuted accordingly. Each call allocates one `Vec<usize>` of the slice's length: use the
//! standard sort directly in hot loops (the SMAA sampler does).

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`: the same result as `v.sort_by(cmp)`.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = stable_order(v.len(), &mut |a, b| cmp(&v[a], &v[b]));
    permute(order, &mut |a, b| v.swap(a, b));
}

/// Sorts `v` stably by `key`: the same result as `v.sort_by_key(key)`.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` stably in ascending order: the same result as `v.sort()`.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The indices `0..n` in stable order by `cmp` (the one instance of the standard stable sort).
#[inline(never)]
fn stable_order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Puts the element found at `order[k]` at position `k`, for every `k`, by swaps along each cycle
/// of the permutation.
#[inline(never)]
fn permute(mut order: Vec<usize>, swap: &mut dyn FnMut(usize, usize)) {
    const DONE: usize = usize::MAX;
    for start in 0..order.len() {
        if order[start] == DONE {
            continue;
        }
        let mut k = start;
        loop {
            let src = std::mem::replace(&mut order[k], DONE);
            if src == start {
                break;
            }
            swap(k, src);
            k = src;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Same order as the standard stable sort, ties included (the tag tells ties apart).
        #[test]
        fn matches_std_sort_by(keys in proptest::collection::vec(0u8..6, 0..200)) {
            let items: Vec<(u8, usize)> = keys.into_iter().enumerate().map(|(i, k)| (k, i)).collect();
            let mut expected = items.clone();
            expected.sort_by(|a, b| b.0.cmp(&a.0));
            let mut got = items.clone();
            sort_by(&mut got, |a, b| b.0.cmp(&a.0));
            prop_assert_eq!(&got, &expected);
            let mut expected = items.clone();
            expected.sort_by_key(|x| x.0);
            let mut got = items;
            sort_by_key(&mut got, |x| x.0);
            prop_assert_eq!(got, expected);
        }

        #[test]
        fn matches_std_sort(words in proptest::collection::vec("[a-c]{0,3}", 0..60)) {
            let mut expected = words.clone();
            expected.sort();
            let mut got = words;
            sort(&mut got);
            prop_assert_eq!(got, expected);
        }
    }
}
