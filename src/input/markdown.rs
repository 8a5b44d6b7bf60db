//! Markdown articles read as a reader sees them: `**باشينيان**` is the word, `[قره باغ](url)`
//! is the link text, `# عنوان` is a title line. Without this the markup stays in the
//! sentences a translator gets, and `**` or a URL breaks name matching and word counts.
//!
//! The layout the segmenter reads is kept: a paragraph, heading, list item, quote or table
//! row becomes a paragraph of its own (blank line after it), and a soft
//! line break inside a paragraph stays a line break (the segmenter rejoins wrapped lines).

use super::plain_text::PlainText;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// True for the extensions read as Markdown: `.md` and `.markdown`.
pub fn is_markdown_extension(extension: &str) -> bool {
    matches!(extension, "md" | "markdown")
}

/// The text of a Markdown document with its markup removed.
///
/// Kept: the words of paragraphs, headings, list items (with their numbers in a numbered
/// list), quotes, tables, code, footnotes and link texts; the `title:` of YAML front matter, as the first line.
/// Dropped: markup characters, URLs, images, HTML tags and comments, the rest of the front
/// matter, footnote markers and rules.
pub fn to_plain_text(markdown: &str) -> String {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut out = PlainText::default();
    let mut in_metadata = false;
    let mut in_image = false;
    // The front matter's title, until the first heading: a site generator's page often
    // repeats it as `# Title`, and the reader sees one headline, not two.
    let mut title: Option<String> = None;
    let mut heading_start: Option<usize> = None;
    // The next number of each open list, innermost last (`None` for a bulleted list).
    let mut numbers: Vec<Option<u64>> = Vec::new();
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::MetadataBlock(_)) => in_metadata = true,
            Event::End(TagEnd::MetadataBlock(_)) => in_metadata = false,
            Event::Text(text) if in_metadata => {
                if let Some(t) = front_matter_title(&text) {
                    out.push(t);
                    out.end_block();
                    title = Some(t.to_string());
                }
            }
            Event::Start(Tag::Heading { .. }) => heading_start = Some(out.text.len()),
            Event::End(TagEnd::Heading(_)) => {
                let start = heading_start.take().unwrap_or(out.text.len());
                if let Some(t) = title.take() {
                    if same_words(&out.text[start..], &t) {
                        out.text.truncate(start);
                    }
                }
                out.end_block();
            }
            // A reader sees the picture, not its description (which is often a file name
            // or a repeat of the caption written under it).
            Event::Start(Tag::Image { .. }) => in_image = true,
            Event::End(TagEnd::Image) => in_image = false,
            _ if in_image => {}
            Event::Start(Tag::TableCell) => out.separate(),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::CodeBlock
                | TagEnd::HtmlBlock
                | TagEnd::Item
                | TagEnd::BlockQuote(_)
                | TagEnd::TableHead
                | TagEnd::TableRow
                | TagEnd::FootnoteDefinition
                | TagEnd::DefinitionListTitle
                | TagEnd::DefinitionListDefinition,
            ) => out.end_block(),
            // A list item's own text (a tight list has no paragraph inside the item) must
            // not run into the nested list that follows it.
            Event::Start(Tag::List(first)) => {
                out.end_block();
                numbers.push(first);
            }
            Event::End(TagEnd::List(_)) => {
                numbers.pop();
            }
            // A reader sees the numbers of a numbered list (`2. تبادل الأسرى`); bullets
            // are only markup.
            Event::Start(Tag::Item) => {
                if let Some(Some(n)) = numbers.last_mut() {
                    out.push(&format!("{n}. "));
                    *n += 1;
                }
            }
            Event::Text(text)
            | Event::Code(text)
            | Event::InlineMath(text)
            | Event::DisplayMath(text) => out.push(&text),
            Event::Html(html) | Event::InlineHtml(html) => out.push(&without_tags(&html)),
            Event::SoftBreak | Event::HardBreak => out.push("\n"),
            Event::Rule => out.end_block(),
            _ => {}
        }
    }
    out.finish()
}

/// True when `a` and `b` are the same words, however spaced.
fn same_words(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

/// The value of a `title:` line in YAML (or `title =` in TOML) front matter, unquoted.
fn front_matter_title(block: &str) -> Option<&str> {
    block.lines().find_map(|line| {
        let rest = line.trim_start().strip_prefix("title")?.trim_start();
        let value = rest
            .strip_prefix(':')
            .or_else(|| rest.strip_prefix('='))?
            .trim();
        let value = value
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
            .unwrap_or(value)
            .trim();
        (!value.is_empty()).then_some(value)
    })
}

/// HTML with its tags and comments removed and its text kept: `<b>نص</b>` → `نص`.
fn without_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        let close = if after.starts_with("<!--") {
            after.find("-->").map(|k| k + 3)
        } else {
            after.find('>').map(|k| k + 1)
        };
        match close {
            Some(k) => rest = &after[k..],
            // A lone `<` (as in "a < b") is text, not a tag.
            None => {
                out.push_str(after);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_goes_and_words_stay() {
        let md = "# عنوان المقال\n\nقال **باشينيان** إن [قره باغ](https://example.com/kb) ستبقى.\nوأضاف أن _المفاوضات_ مستمرة.\n";
        assert_eq!(
            to_plain_text(md),
            "عنوان المقال\n\nقال باشينيان إن قره باغ ستبقى.\nوأضاف أن المفاوضات مستمرة.\n"
        );
    }

    #[test]
    fn each_block_is_a_paragraph() {
        let md = "- البند الأول.\n- البند الثاني:\n  1. فرع.\n  2. فرع آخر.\n\n> اقتباس من المتحدث.\n\n---\n\n| الاسم | البلد |\n|---|---|\n| باشينيان | أرمينيا |\n";
        assert_eq!(
            to_plain_text(md),
            "البند الأول.\n\nالبند الثاني:\n\n1. فرع.\n\n2. فرع آخر.\n\nاقتباس من المتحدث.\n\nالاسم البلد\n\nباشينيان أرمينيا\n"
        );
    }

    #[test]
    fn images_go_and_html_loses_its_tags() {
        let md = "نص قبل الصورة.\n\n![باشينيان في يريفان](p.jpg)\n\nنص <b>عريض</b> <!-- ملاحظة -->بعدها، و 3 < 4.\n";
        assert_eq!(
            to_plain_text(md),
            "نص قبل الصورة.\n\nنص عريض بعدها، و 3 < 4.\n"
        );
    }

    #[test]
    fn front_matter_gives_only_its_title() {
        let md = "---\ntitle: \"قمة في موسكو\"\ndate: 2026-11-21\n---\n\nبدأت القمة اليوم.\n";
        assert_eq!(to_plain_text(md), "قمة في موسكو\n\nبدأت القمة اليوم.\n");
        let toml = "+++\ntitle = 'Summit'\n+++\nIt began today.\n";
        assert_eq!(to_plain_text(toml), "Summit\n\nIt began today.\n");
    }

    /// Hugo and Jekyll pages give the headline twice, in the front matter and as `# H1`:
    /// one title line, or the second becomes a subtitle picked for the summary.
    #[test]
    fn a_heading_repeating_the_front_matter_title_is_read_once() {
        let md = "---\ntitle: \"قمة في موسكو\"\n---\n\n# قمة  في موسكو\n\nبدأت القمة اليوم.\n\n## قمة في موسكو\n";
        assert_eq!(
            to_plain_text(md),
            "قمة في موسكو\n\nبدأت القمة اليوم.\n\nقمة في موسكو\n"
        );
        // A different first heading stays.
        let md = "---\ntitle: Summit\n---\n# Summit in Moscow\n\nIt began.\n";
        assert_eq!(
            to_plain_text(md),
            "Summit\n\nSummit in Moscow\n\nIt began.\n"
        );
    }

    #[test]
    fn escapes_and_entities_are_read() {
        assert_eq!(
            to_plain_text("السعر 5\\*3 &amp; `x`.\n"),
            "السعر 5*3 & x.\n"
        );
    }
}
