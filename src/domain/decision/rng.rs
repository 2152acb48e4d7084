//! The seeded random number generator behind SMAA, written out by hand so that the same seed gives
//! the same numbers, bit for bit, natively and in WebAssembly.
//!
//! The generator is **xoshiro256\*\*** (Blackman and Vigna, 2018), its 256-bit state filled by four
//! consecutive outputs of **SplitMix64** started at the seed. A uniform number is
//! `(next_u64 >> 11) as f64 * 2^-53`: the top 53 bits scaled into `[0, 1)`, exact in binary64.
//! Both algorithms use only wrapping integer arithmetic, shifts and rotations, so they are
//! identical on every target; nothing here depends on the platform's maths library.
//!
//! This module does not decide what is drawn when; the draw order is SMAA's business and is
//! documented in [`super::smaa`](mod@super::smaa). It is not a cryptographic generator and must never be used as
//! one.

/// The state of xoshiro256\*\* plus the seeding rule described in the module docs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rng {
    state: [u64; 4],
}

/// 2^-53 as an exact binary64 constant: maps the top 53 bits of a word onto `[0, 1)`.
const UNIT: f64 = 1.0 / 9_007_199_254_740_992.0;

impl Rng {
    /// A generator seeded with `seed`, by four SplitMix64 steps from state `seed`.
    pub fn new(seed: u64) -> Self {
        let mut sm = seed;
        // SplitMix64 is a bijection of its state and consecutive states differ, so at most one of
        // these four words is zero and the all-zero state (a fixed point of xoshiro) is impossible.
        let state = [
            splitmix64(&mut sm),
            splitmix64(&mut sm),
            splitmix64(&mut sm),
            splitmix64(&mut sm),
        ];
        Rng { state }
    }

    /// The next 64 random bits.
    #[inline]
    pub fn next_u64(&mut self) -> u64 {
        let s = &mut self.state;
        let result = s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    /// A uniform number in `[0, 1)`, a multiple of 2^-53.
    #[inline]
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * UNIT
    }

    #[cfg(test)]
    fn from_state(state: [u64; 4]) -> Self {
        Rng { state }
    }
}

/// One SplitMix64 step (Vigna's reference `splitmix64.c`): advances `state` and returns its mix.
pub fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix64_matches_the_published_outputs_for_seed_0() {
        // Vigna's reference implementation (prng.di.unimi.it/splitmix64.c), seed 0.
        let mut s = 0u64;
        assert_eq!(splitmix64(&mut s), 0xe220_a839_7b1d_cdaf);
        assert_eq!(splitmix64(&mut s), 0x6e78_9e6a_a1b9_65f4);
        assert_eq!(splitmix64(&mut s), 0x06c4_5d18_8009_454f);
        assert_eq!(splitmix64(&mut s), 0xf88b_b8a8_724c_81ec);
    }

    #[test]
    fn xoshiro256starstar_matches_the_published_outputs_for_state_1_2_3_4() {
        // Reference outputs of xoshiro256** from state {1, 2, 3, 4} (Blackman and Vigna's C code,
        // also the test vector of the rand_xoshiro crate).
        let mut rng = Rng::from_state([1, 2, 3, 4]);
        let expected: [u64; 10] = [
            11520,
            0,
            1509978240,
            1215971899390074240,
            1216172134540287360,
            607988272756665600,
            16172922978634559625,
            8476171486693032832,
            10595114339597558777,
            2904607092377533576,
        ];
        for e in expected {
            assert_eq!(rng.next_u64(), e);
        }
    }

    #[test]
    fn uniforms_lie_in_the_unit_interval_and_use_the_top_53_bits() {
        let mut a = Rng::new(7);
        let mut b = Rng::new(7);
        for _ in 0..10_000 {
            let u = a.next_f64();
            assert!((0.0..1.0).contains(&u));
            assert_eq!(u, (b.next_u64() >> 11) as f64 / 9_007_199_254_740_992.0);
        }
    }

    #[test]
    fn seeding_is_pinned() {
        // Pins the seeding rule (four SplitMix64 outputs): seed 0 starts from the published values.
        let rng = Rng::new(0);
        assert_eq!(
            rng.state,
            [
                0xe220_a839_7b1d_cdaf,
                0x6e78_9e6a_a1b9_65f4,
                0x06c4_5d18_8009_454f,
                0xf88b_b8a8_724c_81ec
            ]
        );
    }
}
