//! Entry point: mounts the app. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    crossroads::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Crossroads runs in the browser: build it with `make dist` or run `make serve`.");
}
