//! Finding what lies under the pointer, for drag-and-drop built on pointer events (which, unlike
//! HTML5 drag-and-drop, work for mouse, pen and touch alike).

/// The value of `attribute` on the nearest element under the viewport point (`x`, `y`) that
/// carries it (the point's element or an ancestor); `None` when there is none.
pub fn attribute_at(x: f64, y: f64, attribute: &str) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let element = document.element_from_point(x as f32, y as f32)?;
    let target = element.closest(&format!("[{attribute}]")).ok()??;
    target.get_attribute(attribute)
}
