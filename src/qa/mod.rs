//! Checking a sheet the translator filled. (Work in progress.)
