//! Web pages read as a reader sees them: the article's words, not its tags. A page saved
//! from a browser (`.html`, `.htm`) holds scripts, styles, menus and the site's header
//! and footer around the article; read as text, all of it would become one "sentence"
//! of markup that no translator can use.
//!
//! What is kept: the text of the page's body, a paragraph per block element (`<p>`,
//! `<h1>`, `<li>`, `<div>`, a table row ...), a line break per `<br>`, entities decoded
//! (`&amp;` → `&`, `&#1576;` → `ب`), and the `<title>` as the first line when the page
//! has no `<h1>` of its own; a numbered list keeps its numbers and `<pre>` its line breaks.
//! What goes: tags, comments, the `<head>`, and elements whose text is never the article:
//! scripts, styles, form controls, menus (`<nav>`), and outside an `<article>` or `<main>`
//! the page's `<header>`, `<footer>` and side bars (`<aside>`); inside one they are the
//! article's own (its headline and byline, a fact box) and stay. The segmenter's
//! boilerplate rules then see the page's remaining link lists and share buttons, as for
//! text.

use super::plain_text::PlainText;

/// True for the extensions read as HTML: `.html`, `.htm` and `.xhtml`.
pub fn is_html_extension(extension: &str) -> bool {
    matches!(extension, "html" | "htm" | "xhtml")
}

/// Elements whose whole content is left out, wherever they are.
const SKIPPED: [&str; 13] = [
    "head", "script", "style", "noscript", "template", "svg", "math", "nav", "select", "iframe",
    "button", "textarea", "object",
];

/// The elements a `<head>` holds; any other ends it.
const IN_HEAD: [&str; 9] = [
    "title", "meta", "link", "base", "script", "style", "noscript", "template", "head",
];

/// The page's furniture: left out outside an `<article>` or `<main>`, kept inside one (an
/// article's `<aside>` is a fact box, its `<footer>` its tags). A `<header>` is read and
/// then dropped at its end, outside an article, unless it held an `<h1>`: the site's
/// header has a logo and a menu, an article's own (`<div class="post"><header><h1>`) its
/// headline and byline.
const PAGE_FURNITURE: [&str; 2] = ["footer", "aside"];

/// Elements that begin and end a paragraph of their own.
const BLOCKS: [&str; 33] = [
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
    "header",
    "footer",
    "aside",
];

/// The text of an HTML page without its markup (see the module's description).
pub fn to_plain_text(html: &str) -> String {
    let mut page = Page::default();
    let mut rest = html;
    while !rest.is_empty() {
        let Some(open) = rest.find('<') else {
            page.text(rest);
            break;
        };
        page.text(&rest[..open]);
        // A `<` that opens no tag (`3 < 4`) is text, as a browser shows it.
        if !rest[open + 1..].starts_with(|c: char| c.is_ascii_alphabetic() || "/!?".contains(c)) {
            page.text("<");
            rest = &rest[open + 1..];
            continue;
        }
        let (tag, after) = next_tag(&rest[open..]);
        rest = after;
        if let Some(tag) = tag {
            // Raw-text elements cannot nest, and a `<script>` may hold `<` of its own:
            // jump to its end tag rather than read it as tags.
            if !tag.closing && !tag.self_closing && matches!(tag.name.as_str(), "script" | "style")
            {
                let end = format!("</{}", tag.name);
                rest = find_ignoring_case(rest, &end).map_or("", |k| &rest[k..]);
                continue;
            }
            page.tag(tag);
        }
    }
    page.finish()
}

/// What is known while reading a page.
#[derive(Default)]
struct Page {
    out: PlainText,
    title: String,
    in_title: bool,
    saw_h1: bool,
    /// The element being skipped, and how deep in nested elements of its name we are.
    skipping: Option<(String, usize)>,
    /// How deep inside `<article>` or `<main>` elements.
    in_article: usize,
    /// How deep inside `<pre>`, whose line breaks are the text's.
    in_pre: usize,
    /// The next number of each open list, innermost last (`None` for `<ul>`).
    lists: Vec<Option<u64>>,
    /// A `<header>` outside any article being read: where its text began, how deep in
    /// nested headers, and whether it held an `<h1>`.
    page_header: Option<(usize, usize, bool)>,
}

impl Page {
    fn tag(&mut self, tag: Tag) {
        let name = tag.name.as_str();
        // `<title>` sits in the skipped `<head>`: its text is kept apart. A `<title>`
        // inside another skipped element (an icon's `<svg>`) is not the page's.
        if name == "title" {
            if self.skipping.as_ref().is_none_or(|(s, _)| s == "head") {
                self.in_title = !tag.closing && !tag.self_closing;
            }
            return;
        }
        if let Some((skipped, depth)) = &mut self.skipping {
            // A page may leave `</head>` and `<body>` out: as in a browser, the first
            // element that cannot stand in a head ends it.
            let body_ends_head = skipped == "head" && !tag.closing && !IN_HEAD.contains(&name);
            if body_ends_head {
                self.skipping = None;
            } else {
                if name == *skipped && !tag.self_closing {
                    nest(depth, &tag);
                    if *depth == 0 {
                        self.skipping = None;
                    }
                }
                return;
            }
        }
        let skip =
            SKIPPED.contains(&name) || (self.in_article == 0 && PAGE_FURNITURE.contains(&name));
        if skip && !tag.closing {
            if !tag.self_closing {
                self.skipping = Some((tag.name, 1));
            }
            return;
        }
        if name == "header" && !tag.self_closing {
            self.page_header_tag(&tag);
        }
        if name == "h1" {
            if let Some((_, _, held_h1)) = &mut self.page_header {
                *held_h1 = true;
            }
        }
        match name {
            "article" | "main" => nest(&mut self.in_article, &tag),
            "pre" => nest(&mut self.in_pre, &tag),
            "ol" | "ul" if tag.closing => {
                self.lists.pop();
            }
            "ol" => self.lists.push(Some(1)),
            "ul" => self.lists.push(None),
            _ => {}
        }
        self.saw_h1 |= name == "h1";
        if name == "br" {
            self.out.push("\n");
        } else if BLOCKS.contains(&name) {
            self.out.end_block();
            // A reader sees the numbers of a numbered list, as in Markdown.
            if name == "li" && !tag.closing {
                if let Some(Some(n)) = self.lists.last_mut() {
                    self.out.push(&format!("{n}. "));
                    *n += 1;
                }
            }
        } else if matches!(name, "td" | "th") {
            self.out.separate();
        }
    }

    /// A `<header>` start or end tag: outside an article, remember where its text begins,
    /// and at its end drop that text unless it held an `<h1>`.
    fn page_header_tag(&mut self, tag: &Tag) {
        match &mut self.page_header {
            None if !tag.closing && self.in_article == 0 => {
                self.out.end_block();
                self.page_header = Some((self.out.text.len(), 1, false));
            }
            Some((start, depth, held_h1)) => {
                nest(depth, tag);
                if *depth == 0 {
                    if !*held_h1 {
                        let start = *start;
                        self.out.text.truncate(start);
                    }
                    self.page_header = None;
                }
            }
            None => {}
        }
    }

    /// Text between tags: entities decoded, and white space as a browser shows it (runs
    /// of spaces and line breaks are one space, but inside `<pre>`; the page's line layout
    /// is not the text's).
    fn text(&mut self, raw: &str) {
        if raw.is_empty() || (self.skipping.is_some() && !self.in_title) {
            return;
        }
        let decoded = html_escape::decode_html_entities(raw);
        if self.in_pre > 0 && !self.in_title {
            self.out.push(&decoded.replace("\r\n", "\n"));
            return;
        }
        let target = if self.in_title {
            &mut self.title
        } else {
            &mut self.out.text
        };
        // HTML's white space is ASCII: a no-break space (`&nbsp;`) is a character of the
        // text.
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

    /// The page's text, with its `<title>` first when it has no `<h1>`.
    fn finish(self) -> String {
        let body = self.out.finish();
        let title = self.title.split_whitespace().collect::<Vec<_>>().join(" ");
        if self.saw_h1 || title.is_empty() {
            body
        } else if body.is_empty() {
            format!("{title}\n")
        } else {
            format!("{title}\n\n{body}")
        }
    }
}

/// Count `tag` into `depth`, how deep we are in elements of its name: one in at a start
/// tag, one out at an end tag; a self-closing tag holds nothing.
fn nest(depth: &mut usize, tag: &Tag) {
    if tag.closing {
        *depth = depth.saturating_sub(1);
    } else if !tag.self_closing {
        *depth += 1;
    }
}

/// A start or end tag, by its lower-case name.
struct Tag {
    name: String,
    closing: bool,
    /// Written `<x/>`: it holds nothing (`<svg/>`, `<script src="a.js"/>` in XHTML).
    self_closing: bool,
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
    // The end of the tag: the first `>` outside a quoted attribute value. A quote opens
    // a value only right after `=` (`alt=don't` is an unquoted value with an apostrophe),
    // and a `/` that ends an unquoted value (`data-url=/news/`) is the value's.
    let mut quote = None;
    let mut last = '<';
    let mut unquoted_value = false;
    for (i, c) in body.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') if last == '=' => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, '>') => {
                let tag = (!name.is_empty()).then(|| Tag {
                    name: name.to_ascii_lowercase(),
                    closing,
                    self_closing: last == '/' && !unquoted_value,
                });
                return (tag, &body[i + 1..]);
            }
            _ => {}
        }
        if quote.is_none() {
            if c.is_ascii_whitespace() {
                unquoted_value = false;
            } else {
                unquoted_value |= last == '=' && !matches!(c, '"' | '\'');
                last = c;
            }
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

    /// Pages as real sites write them (a second reviewer's cases): each lost the article's
    /// text or headline in the first version of this reader.
    #[test]
    fn real_page_layouts_keep_the_article() {
        let cases = [
            // `</head>` left out, as HTML allows.
            (
                "<html><head><title>Site</title>\n<body><h1>Summit</h1><p>It began.</p></body>",
                "Summit\n\nIt began.\n",
            ),
            // ASP.NET wraps the whole page in a form; its controls are still left out.
            (
                "<body><form id=f1><h1>Summit</h1><p>It began.</p><button>Share</button></form>",
                "Summit\n\nIt began.\n",
            ),
            // The site's header and footer go; the article's own header and aside stay.
            (
                "<header>Site menu</header><article><header><h1>Summit</h1><p>By Jane Roe</p></header>\
                 <p>It began.</p><aside>Fact: 3 leaders.</aside><footer>Tags: Russia</footer></article>\
                 <footer>Copyright</footer>",
                "Summit\n\nBy Jane Roe\n\nIt began.\n\nFact: 3 leaders.\n\nTags: Russia\n",
            ),
            // Self-closing skipped elements hold nothing.
            (
                "<p>One.</p><svg width=\"0\"/><p>Two.</p><script src=\"b.js\"/><p>Three.</p><iframe src=\"x\"/><p>Four.</p>",
                "One.\n\nTwo.\n\nThree.\n\nFour.\n",
            ),
            // An apostrophe in an unquoted attribute opens no quote.
            (
                "<p>One.</p><img alt=don't src=x.png><p>Two.</p><p>It's three.</p>",
                "One.\n\nTwo.\n\nIt's three.\n",
            ),
            // An icon's title is not the page's.
            (
                "<head><title>Real title</title></head><body><a><svg><title>Facebook</title></svg></a><p>Text.</p>",
                "Real title\n\nText.\n",
            ),
            // Neither `</head>` nor `<body>`: the first element of the body ends the head.
            (
                "<html><head><meta charset=utf-8><title>Site</title>\n<h1>Summit</h1>\n<p>It began.</p>",
                "Summit\n\nIt began.\n",
            ),
            // A blog's post header holds the headline and stays; the site's header goes.
            (
                "<header><a>Logo</a> Home News</header><div class=post><header class=entry-header>\
                 <h1>Summit</h1><p class=lead>Leaders meet.</p></header><p>It began.</p></div>",
                "Summit\n\nLeaders meet.\n\nIt began.\n",
            ),
            // A `/` ending an unquoted value does not close the tag.
            (
                "<article data-url=/news/summit/><header><h1>Summit</h1></header><aside><p>Fact.</p></aside>\
                 <p>It began.</p></article>",
                "Summit\n\nFact.\n\nIt began.\n",
            ),
            // A numbered list keeps its numbers; a bulleted one does not.
            (
                "<p>Steps:</p><ol><li>Stop.</li><li>Talk.</li></ol><ul><li>Note.</li></ul>",
                "Steps:\n\n1. Stop.\n\n2. Talk.\n\nNote.\n",
            ),
        ];
        for (page, text) in cases {
            assert_eq!(to_plain_text(page), text, "{page}");
        }
    }
}
