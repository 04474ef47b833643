package org.budgetperf.declaration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.budgetperf.common.BadRequestException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The system's reading of an indicator value as a person types it, for editors; nothing is stored. */
@RestController
@Tag(name = "指标值解析", description = "系统如何理解一个指标值")
public class IndicatorValueController {

    /** As long as an indicator's half-year or full-year value may be ({@link TargetRequest.IndicatorLine}). */
    static final int MAX_LENGTH = 1000;

    private final TargetViews views;

    public IndicatorValueController(TargetViews views) {
        this.views = views;
    }

    @PostMapping("/api/indicator-values/parse")
    @Operation(summary = "解析一个指标值（{\"text\":\"≥90%\"}），返回原文、类型和系统的理解（description）；不保存任何内容")
    public ParsedValue parse(@RequestBody ValueText value) {
        String text = value.text();
        if (text == null) {
            throw new BadRequestException("text", "请提供要解析的指标值（text）");
        }
        if (text.length() > MAX_LENGTH) {
            throw new BadRequestException("text", "指标值最长" + MAX_LENGTH + "字，提交了 " + text.length() + " 字");
        }
        return views.parse(text);
    }

    /** The value as typed; a JSON body rather than a query parameter, which a long Chinese value would not fit in. */
    public record ValueText(String text) {
    }
}
