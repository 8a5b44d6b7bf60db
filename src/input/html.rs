//! Web pages read as a reader sees them: the article's words, not its tags. A page saved
//! from a browser (`.html`, `.htm`) holds scripts, styles, menus and the site's header
//! and footer around the article; read as text, all of it would become one "sentence"
//! of markup that no translator can use.
//!
//! What is kept: the text of the page's body, a paragraph per block element (`<p>`,
//! `<h1>`, `<li>`, `<div>`, a table row ...), a line break per `<br>`, entities decoded
//! (`&amp;` → `&`, `&#1576;` → `ب`), and the `<title>` as the first line when the page
//! has no `<h1>` of its own. What goes: tags, comments, the `<head>`, and elements whose
//! text is never the article: scripts, styles, forms, menus (`<nav>`), the page's
//! `<header>` and `<footer>`, side bars (`<aside>`). The segmenter's boilerplate rules then
//! see the page's remaining link lists and share buttons, as for text.

use super::plain_text::PlainText;

/// True for the extensions read as HTML: `.html`, `.htm` and `.xhtml`.
pub fn is_html_extension(extension: &str) -> bool {
    matches!(extension, "html" | "htm" | "xhtml")
}

/// Elements whose whole content is left out.
const SKIPPED: [&str; 14] = [
    "head", "script", "style", "noscript", "template", "svg", "math", "nav", "header", "footer",
    "aside", "form", "select", "iframe",
];

/// Elements that begin and end a paragraph of their own.
const BLOCKS: [&str; 30] = [
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "dt",
    "dd",
    "ul",
    "ol",
    "dl",
    "tr",
    "table",
    "blockquote",
    "pre",
    "article",
    "section",
    "main",
    "figure",
    "figcaption",
    "caption",
    "address",
    "hr",
    "details",
    "summary",
    "body",
    "center",
];

/// The text of an HTML page without its markup (see the module's description).
pub fn to_plain_text(html: &str) -> String {
    let mut out = PlainText::default();
    let mut title = String::new();
    let mut in_title = false;
    let mut saw_h1 = false;
    // The element being skipped, and how deep in nested elements of its name we are.
    let mut skipping: Option<(String, usize)> = None;
    let mut rest = html;
    while !rest.is_empty() {
        let Some(open) = rest.find('<') else {
            text(&mut out, &mut title, in_title, skipping.is_some(), rest);
            break;
        };
        text(
            &mut out,
            &mut title,
            in_title,
            skipping.is_some(),
            &rest[..open],
        );
        // A `<` that opens no tag (`3 < 4`) is text, as a browser shows it.
        if !rest[open + 1..].starts_with(|c: char| c.is_ascii_alphabetic() || "/!?".contains(c)) {
            text(&mut out, &mut title, in_title, skipping.is_some(), "<");
            rest = &rest[open + 1..];
            continue;
        }
        let (tag, after) = next_tag(&rest[open..]);
        rest = after;
        let Some(Tag { name, closing }) = tag else {
            continue;
        };
        // `<title>` sits in the skipped `<head>`: its text is kept apart.
        if name == "title" {
            in_title = !closing;
            continue;
        }
        if let Some((skipped, depth)) = &mut skipping {
            if name == *skipped {
                if closing {
                    *depth -= 1;
                    if *depth == 0 {
                        skipping = None;
                    }
                } else {
                    *depth += 1;
                }
            }
            continue;
        }
        // Raw-text elements cannot nest, and a `<script>` may hold `<` of its own: jump to
        // its end tag rather than read it as tags.
        if !closing && matches!(name.as_str(), "script" | "style") {
            let end = format!("</{name}");
            rest = find_ignoring_case(rest, &end).map_or("", |k| &rest[k..]);
            continue;
        }
        if !closing && SKIPPED.contains(&name.as_str()) {
            skipping = Some((name, 1));
            continue;
        }
        saw_h1 |= name == "h1";
        if name == "br" {
            out.push("\n");
        } else if BLOCKS.contains(&name.as_str()) {
            out.end_block();
        } else if matches!(name.as_str(), "td" | "th") {
            out.separate();
        }
    }
    let body = out.finish();
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    if saw_h1 || title.is_empty() {
        body
    } else if body.is_empty() {
        format!("{title}\n")
    } else {
        format!("{title}\n\n{body}")
    }
}

/// Text between tags: entities decoded, and white space as a browser shows it (runs of
/// spaces and line breaks are one space; the page's line layout is not the text's).
fn text(out: &mut PlainText, title: &mut String, in_title: bool, skipping: bool, raw: &str) {
    if raw.is_empty() || (skipping && !in_title) {
        return;
    }
    let decoded = html_escape::decode_html_entities(raw);
    let target = if in_title { title } else { &mut out.text };
    // HTML's white space is ASCII: a no-break space (`&nbsp;`) is a character of the text.
    let space = |c: char| c.is_ascii_whitespace();
    let words = decoded.split(space).filter(|w| !w.is_empty());
    for (i, word) in words.enumerate() {
        let after_space = i > 0 || decoded.starts_with(space);
        if after_space && !target.is_empty() && !target.ends_with([' ', '\n']) {
            target.push(' ');
        }
        target.push_str(word);
    }
    if decoded.ends_with(space) && !target.ends_with([' ', '\n']) {
        target.push(' ');
    }
}

/// A start or end tag, by its lower-case name.
struct Tag {
    name: String,
    closing: bool,
}

/// The tag at the start of `s` (which begins with `<`), and the text after it. Comments,
/// `<!DOCTYPE>`, processing instructions and `</>` give no tag.
fn next_tag(s: &str) -> (Option<Tag>, &str) {
    if let Some(comment) = s.strip_prefix("<!--") {
        return (None, comment.find("-->").map_or("", |k| &comment[k + 3..]));
    }
    let body = &s[1..];
    let closing = body.starts_with('/');
    let name_start = usize::from(closing);
    let name: String = body[name_start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    // The end of the tag: the first `>` outside a quoted attribute value.
    let mut quote = None;
    for (i, c) in body.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, '>') => {
                let tag = (!name.is_empty()).then(|| Tag {
                    name: name.to_ascii_lowercase(),
                    closing,
                });
                return (tag, &body[i + 1..]);
            }
            _ => {}
        }
    }
    (None, "")
}

/// The byte offset of `needle` (ASCII) in `haystack`, ignoring ASCII case.
fn find_ignoring_case(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_page_gives_its_headline_and_paragraphs() {
        let page = r#"<!DOCTYPE html><html><head><title>قمة موسكو - الجزيرة نت</title>
<script>var a = "<p>لا</p>"; if (a < b) {}</script><style>p{color:red}</style></head>
<body><header><a href="/">الرئيسية</a></header><nav><ul><li>أخبار</li></ul></nav>
<article><h1>قمة   في
موسكو</h1><p>بدأت <b>القمة</b> اليوم&nbsp;في موسكو &amp; حضرها <a href="x">باشينيان</a>.</p>
<!-- إعلان --><p>وقال:<br>"سنتفاوض".</p><table><tr><td>أ</td><td>ب</td></tr></table></article>
<aside>اقرأ أيضا</aside><footer>جميع الحقوق محفوظة</footer></body></html>"#;
        assert_eq!(
            to_plain_text(page),
            "قمة في موسكو\n\nبدأت القمة اليوم\u{a0}في موسكو & حضرها باشينيان.\n\nوقال:\n\"سنتفاوض\".\n\nأ ب\n"
        );
    }

    #[test]
    fn the_title_stands_in_for_a_missing_h1() {
        let page = "<html><head><TITLE>Summit &#8211; Moscow</TITLE></head><BODY><P>It began.</P></BODY></html>";
        assert_eq!(to_plain_text(page), "Summit \u{2013} Moscow\n\nIt began.\n");
    }

    #[test]
    fn a_lone_less_than_sign_is_text_and_nested_skips_end_right() {
        let page = "<p>3 < 4</p><nav><nav>x</nav>y</nav><p>z</p>";
        assert_eq!(to_plain_text(page), "3 < 4\n\nz\n");
    }
}
