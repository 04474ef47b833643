package org.budgetperf.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Whether a file is what its name says, judged by its content, not its extension or declared type: a PDF starts with
 * {@code %PDF-}; an OOXML file is a zip whose main part (found from its relationships and [Content_Types].xml) has
 * the type and folder of its extension (a docx named .xlsx is refused); a legacy Office file is an OLE2 compound
 * file holding its kind's stream (WordDocument, Workbook, PowerPoint Document). A zip that inflates far beyond its
 * size is refused before POI reads it.
 */
@Component
class FileContentCheck {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** POI's own guard: below this compressed/inflated ratio, past the first 100 KB of an entry, it is a zip bomb. */
    private static final double MIN_INFLATE_RATIO = 0.01;
    private static final long GRACE = 100 * 1024;
    private static final long MAX_INFLATED = 100L * 1024 * 1024;

    /** The kind the file's name promises, once its content shows it is that kind. */
    AttachmentKind check(String name, byte[] content) {
        AttachmentKind kind = AttachmentKind.ofName(name).orElseThrow(() -> new FileRefused(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "文件“" + name + "”的类型不允许上传，只接受 " + AttachmentKind.ALLOWED));
        boolean matches;
        try {
            matches = switch (kind) {
                case PDF -> startsWith(content, PDF);
                case DOCX, XLSX, PPTX -> isOoxml(name, content, kind);
                case DOC, XLS, PPT -> isOle2(name, content, kind);
            };
        } catch (IOException | InvalidFormatException | RuntimeException unreadable) {
            if (unreadable instanceof FileRefused refused) {
                throw refused;
            }
            matches = false;
        }
        if (!matches) {
            throw new FileRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "文件“" + name + "”的内容不是" + kind.label()
                    + "（." + kind.extension() + "），内容与扩展名不符，未保存");
        }
        return kind;
    }

    private static boolean isOoxml(String name, byte[] content, AttachmentKind kind)
            throws IOException, InvalidFormatException {
        if (magic(content) != FileMagic.OOXML) {
            return false;
        }
        refuseZipBomb(name, content);
        OPCPackage ooxml = OPCPackage.open(new ByteArrayInputStream(content));
        try {
            PackageRelationship main = ooxml.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)
                    .getRelationship(0);
            if (main == null) {
                return false;
            }
            PackagePart part = ooxml.getPart(PackagingURIHelper.createPartName(main.getTargetURI()));
            return part != null && kind.content().equals(part.getContentType())
                    && part.getPartName().getName().startsWith(kind.mainPartFolder());
        } finally {
            ooxml.revert();
        }
    }

    /**
     * Inflates every entry without keeping it, as far as a real document could reach. The compressed bytes an entry
     * used are counted from the source, since a streamed entry's header may not say.
     */
    private static void refuseZipBomb(String name, byte[] content) throws IOException {
        long total = 0;
        byte[] buffer = new byte[8192];
        ByteArrayInputStream source = new ByteArrayInputStream(content);
        try (ZipInputStream zip = new ZipInputStream(source)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                int entryStart = source.available();
                long inflated = 0;
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    inflated += read;
                    total += read;
                    long compressed = entryStart - source.available();
                    boolean tooDense = inflated > GRACE && (double) compressed / inflated < MIN_INFLATE_RATIO;
                    if (tooDense || total > MAX_INFLATED) {
                        throw new FileRefused(HttpStatus.BAD_REQUEST, "文件“" + name
                                + "”解压后的体积与压缩体积之比异常或总体积过大（疑似压缩炸弹），未保存");
                    }
                }
            }
        }
    }

    private static boolean isOle2(String name, byte[] content, AttachmentKind kind) throws IOException {
        if (magic(content) != FileMagic.OLE2) {
            return false;
        }
        try (POIFSFileSystem ole2 = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return ole2.getRoot().hasEntry(kind.content());
        }
    }

    private static FileMagic magic(byte[] content) throws IOException {
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(content))) {
            return FileMagic.valueOf(in);
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
