package org.foci.experiments.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownHtmlTest {

    @TempDir
    Path dir;

    @Test
    void rendersTablesHeadingsListsCodeAndEmbedsImages() throws IOException {
        Files.write(dir.resolve("f.png"), new byte[] {1, 2, 3});
        String html = MarkdownHtml.render("t", """
                # Title
                | Metric | A |
                |---|---|
                | *paper* | 1 < 2 |

                - item `code`

                ```
                a = <b>
                ```

                ![caption](f.png)
                """, dir);
        assertThat(html).contains("<h1>Title</h1>").contains("<th>Metric</th>").contains("<td><em>paper</em></td>")
                .contains("<td>1 &lt; 2</td>").contains("<li>item <code>code</code></li>")
                .contains("<pre><code>a = &lt;b&gt;\n</code></pre>")
                .contains("src=\"data:image/png;base64,AQID\"").contains("<figcaption>caption</figcaption>")
                .doesNotContain("|---|");
    }
}
