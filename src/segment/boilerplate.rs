//! Boilerplate patterns.
