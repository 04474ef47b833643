package org.budgetperf.attachment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The files a task takes: PDF and Office documents. Each names the content its extension promises: an OOXML main
 * part (its content type, under word/, xl/ or ppt/), or the stream a legacy Office file (OLE2) keeps its content in.
 */
enum AttachmentKind {
    PDF("pdf", "application/pdf", "PDF 文件", null, null),
    DOC("doc", "application/msword", "Word 97-2003 文档", null, "WordDocument"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word 文档",
            "/word/", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
    XLS("xls", "application/vnd.ms-excel", "Excel 97-2003 工作簿", null, "Workbook"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel 工作簿",
            "/xl/", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
    PPT("ppt", "application/vnd.ms-powerpoint", "PowerPoint 97-2003 演示文稿", null, "PowerPoint Document"),
    PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint 演示文稿",
            "/ppt/", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml");

    static final String ALLOWED = "PDF、Word（doc、docx）、Excel（xls、xlsx）、PowerPoint（ppt、pptx）";

    private final String extension;
    private final String contentType;
    private final String label;
    private final String mainPartFolder;
    private final String content;

    AttachmentKind(String extension, String contentType, String label, String mainPartFolder, String content) {
        this.extension = extension;
        this.contentType = contentType;
        this.label = label;
        this.mainPartFolder = mainPartFolder;
        this.content = content;
    }

    static Optional<AttachmentKind> ofName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.extension.equals(extension)).findFirst();
    }

    static Optional<AttachmentKind> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(kind -> kind.contentType.equals(contentType)).findFirst();
    }

    String extension() {
        return extension;
    }

    String contentType() {
        return contentType;
    }

    String label() {
        return label;
    }

    boolean isOoxml() {
        return mainPartFolder != null;
    }

    /** The folder of an OOXML file's main part ({@code /word/}). */
    String mainPartFolder() {
        return mainPartFolder;
    }

    /** An OOXML main part's content type, or the stream a legacy file keeps its content in. */
    String content() {
        return content;
    }
}
