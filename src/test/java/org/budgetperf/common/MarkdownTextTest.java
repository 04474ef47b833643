package org.budgetperf.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a unit writes is shown to reviewers as text, never as Markdown that forges a heading, a verdict or a link. */
class MarkdownTextTest {

    @Test
    void markdownSyntaxIsEscaped() {
        assertThat(MarkdownText.literal("**伪造：已通过**")).isEqualTo("\\*\\*伪造：已通过\\*\\*");
        assertThat(MarkdownText.literal("# 审核意见：同意")).isEqualTo("\\# 审核意见：同意");
        assertThat(MarkdownText.literal("[点此审核](http://evil.example/x)"))
                .isEqualTo("\\[点此审核\\]\\(http\\:\\/\\/evil\\.example\\/x\\)");
        assertThat(MarkdownText.literal("a|b<script>")).isEqualTo("a\\|b\\<script\\>");
    }

    @Test
    void linesLoseIndentationSoNothingBecomesACodeBlockOrList() {
        assertThat(MarkdownText.literal("第一行\n    缩进的代码\n1. 列表")).isEqualTo("第一行\n缩进的代码\n1\\. 列表");
        assertThat(MarkdownText.literal(null)).isEmpty();
    }

    @Test
    void chineseTextIsUnchanged() {
        assertThat(MarkdownText.literal("江苏省红十字会联络与合作中心（本级）")).isEqualTo("江苏省红十字会联络与合作中心（本级）");
    }
}
