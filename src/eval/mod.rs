//! Evaluation against reference summaries: ROUGE ([`rouge`]) and the EASC corpus with
//! the project's protocol ([`easc`]).

pub mod easc;
pub mod rouge;
