//! Decision methods (placeholder; being written).
