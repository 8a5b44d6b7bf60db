//! A glossary as the exchange formats carry it (TBX, OmegaT, the CSV we load): one entry
//! per concept, with its source spellings and target forms. The glossary itself loads
//! from CSV; a TBX file becomes the same glossary by way of [`TermBase::to_csv`], so that
//! both go through one loader and one set of checks.

/// One concept: a name with its spellings in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TermEntry {
    /// The preferred source form (`ar` column).
    pub source: String,
    /// The preferred target form (`en` column).
    pub target: String,
    /// Other source spellings (`variants` column).
    pub variants: Vec<String>,
    /// Other admitted target forms (TBX can hold them; the CSV has no column for them).
    pub target_variants: Vec<String>,
    /// What it names: person, place, organization... (`type` column).
    pub kind: String,
    /// Free text for the translator (`note` column).
    pub note: String,
}

/// A glossary's entries with its two languages.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TermBase {
    /// Source language code (`ar`).
    pub source_lang: String,
    /// Target language code (`en`).
    pub target_lang: String,
    /// The entries, in file order.
    pub entries: Vec<TermEntry>,
}

impl TermBase {
    /// The entries of a loaded glossary.
    pub fn from_glossary(g: &crate::glossary::Glossary) -> Self {
        TermBase {
            source_lang: g.source_lang().to_string(),
            target_lang: g.target_lang().to_string(),
            entries: g
                .entries()
                .iter()
                .map(|e| TermEntry {
                    source: e.source.clone(),
                    target: e.target.clone(),
                    variants: e.variants.clone(),
                    target_variants: Vec::new(),
                    kind: e.kind.clone(),
                    note: e.note.clone(),
                })
                .collect(),
        }
    }

    /// The records of the glossary CSV (`ar,en,variants,type,note`) holding the same
    /// entries, header first. Target variants have no column and are left out.
    pub fn records(&self) -> impl Iterator<Item = [String; 5]> + '_ {
        let header = [
            self.source_lang.clone(),
            self.target_lang.clone(),
            "variants".into(),
            "type".into(),
            "note".into(),
        ];
        let rows = self.entries.iter().map(|e| {
            [
                e.source.clone(),
                e.target.clone(),
                e.variants.join("|"),
                e.kind.clone(),
                e.note.clone(),
            ]
        });
        std::iter::once(header).chain(rows)
    }

    /// The glossary CSV (`ar,en,variants,type,note`) holding the same entries: the text
    /// `Glossary::from_text` loads. Target variants have no column and are left out.
    pub fn to_csv(&self) -> String {
        let mut w = csv::Writer::from_writer(Vec::new());
        // Writing to a Vec cannot fail.
        for r in self.records() {
            let _ = w.write_record(r);
        }
        String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
    }
}

/// A small term base for the exporters' tests: a variant spelling, an admitted target
/// variant, a note with characters that need escaping, and a bare entry.
#[cfg(test)]
pub(crate) fn sample() -> TermBase {
    let entry = |source: &str, target: &str| TermEntry {
        source: source.into(),
        target: target.into(),
        ..TermEntry::default()
    };
    TermBase {
        source_lang: "ar".into(),
        target_lang: "en".into(),
        entries: vec![
            TermEntry {
                variants: vec!["باشنيان".into()],
                kind: "person".into(),
                note: "Armenian\tprime minister & <PM>".into(),
                ..entry("باشينيان", "Pashinyan")
            },
            TermEntry {
                target_variants: vec!["Türkiye".into()],
                kind: "place".into(),
                ..entry("تركيا", "Turkey")
            },
            entry("باكو", "Baku"),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_has_the_glossary_header_and_joined_variants() {
        let tb = TermBase {
            source_lang: "ar".into(),
            target_lang: "en".into(),
            entries: vec![TermEntry {
                source: "قره باغ".into(),
                target: "Karabakh".into(),
                variants: vec!["قرة باغ".into(), "كاراباخ".into()],
                kind: "place".into(),
                note: "a, b".into(),
                ..TermEntry::default()
            }],
        };
        assert_eq!(
            tb.to_csv(),
            "ar,en,variants,type,note\nقره باغ,Karabakh,قرة باغ|كاراباخ,place,\"a, b\"\n"
        );
    }
}
