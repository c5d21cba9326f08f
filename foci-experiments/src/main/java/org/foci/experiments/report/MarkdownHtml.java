package org.foci.experiments.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the small Markdown subset the reports use (headings, paragraphs, bullet lists, pipe
 * tables, code fences, emphasis, inline code, images) as one self-contained HTML page, with
 * images embedded as data URIs.
 */
final class MarkdownHtml {

    private static final Pattern IMAGE = Pattern.compile("!\\[([^]]*)]\\(([^)]+)\\)");

    private MarkdownHtml() {
    }

    /**
     * @param markdown the document
     * @param base     the folder image paths are relative to
     */
    static String render(String title, String markdown, Path base) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(escape(title)).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;")
                .append("color:#222;line-height:1.45}table{border-collapse:collapse;margin:1em 0;font-size:.9em}")
                .append("th,td{border:1px solid #ccc;padding:.3em .6em;text-align:right}th:first-child,")
                .append("td:first-child{text-align:left}th{background:#f3f3f3}img{max-width:100%;")
                .append("border:1px solid #eee}pre{background:#f6f6f6;padding:.8em;overflow-x:auto;font-size:.85em}")
                .append("code{background:#f6f6f6}figure{margin:1.5em 0}</style></head><body>\n");
        String[] lines = markdown.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (line.startsWith("```")) {
                html.append("<pre><code>");
                i++;
                while (i < lines.length && !lines[i].startsWith("```")) {
                    html.append(escape(lines[i])).append('\n');
                    i++;
                }
                html.append("</code></pre>\n");
                i++;
            } else if (line.startsWith("#")) {
                int level = (int) line.chars().takeWhile(c -> c == '#').count();
                html.append("<h").append(level).append('>').append(inline(line.substring(level).trim(), base))
                        .append("</h").append(level).append(">\n");
                i++;
            } else if (line.startsWith("|")) {
                html.append("<table>\n");
                boolean header = true;
                while (i < lines.length && lines[i].startsWith("|")) {
                    String row = lines[i].trim();
                    if (!row.matches("\\|(\\s*:?-+:?\\s*\\|)+")) {
                        String[] cells = row.substring(1, row.length() - 1).split("\\|", -1);
                        html.append("<tr>");
                        for (String cell : cells) {
                            html.append(header ? "<th>" : "<td>").append(inline(cell.trim(), base))
                                    .append(header ? "</th>" : "</td>");
                        }
                        html.append("</tr>\n");
                        header = false;
                    }
                    i++;
                }
                html.append("</table>\n");
            } else if (line.startsWith("- ")) {
                html.append("<ul>\n");
                while (i < lines.length && lines[i].startsWith("- ")) {
                    html.append("<li>").append(inline(lines[i].substring(2), base)).append("</li>\n");
                    i++;
                }
                html.append("</ul>\n");
            } else if (line.isBlank()) {
                i++;
            } else {
                StringBuilder paragraph = new StringBuilder(line);
                i++;
                while (i < lines.length && !lines[i].isBlank() && !lines[i].startsWith("#") && !lines[i].startsWith("|")
                        && !lines[i].startsWith("- ") && !lines[i].startsWith("```")) {
                    paragraph.append(' ').append(lines[i]);
                    i++;
                }
                String text = paragraph.toString();
                html.append(text.startsWith("![") ? "<figure>" : "<p>").append(inline(text, base))
                        .append(text.startsWith("![") ? "</figure>\n" : "</p>\n");
            }
        }
        return html.append("</body></html>\n").toString();
    }

    private static String inline(String text, Path base) throws IOException {
        StringBuilder out = new StringBuilder();
        Matcher image = IMAGE.matcher(text);
        int last = 0;
        while (image.find()) {
            out.append(emphasis(escape(text.substring(last, image.start()))));
            Path file = base.resolve(image.group(2));
            String data = Base64.getEncoder().encodeToString(Files.readAllBytes(file));
            out.append("<img alt=\"").append(escape(image.group(1))).append("\" src=\"data:image/png;base64,")
                    .append(data).append("\"><figcaption>").append(escape(image.group(1))).append("</figcaption>");
            last = image.end();
        }
        out.append(emphasis(escape(text.substring(last))));
        return out.toString();
    }

    private static String emphasis(String text) {
        return text.replaceAll("\\*\\*([^*]+)\\*\\*", "<strong>$1</strong>")
                .replaceAll("\\*([^*]+)\\*", "<em>$1</em>")
                .replaceAll("`([^`]+)`", "<code>$1</code>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
