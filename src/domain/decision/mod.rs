//! Decision methods (placeholder; being written).
pub mod model;
pub use model::*;
