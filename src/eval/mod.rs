//! Evaluation against reference summaries (EASC). (Work in progress.)
