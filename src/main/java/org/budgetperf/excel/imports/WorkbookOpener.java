package org.budgetperf.excel.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.budgetperf.common.ByteCount;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.util.IOUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Opens an uploaded file as a workbook (.xlsx streamed, .xls through POI's object model) inside the configured
 * limits, or refuses it with a message saying why. The zip-bomb and allocation guards are POI's own (ZipSecureFile, IOUtils).
 */
@Component
class WorkbookOpener {

    private final ExcelLimits limits;

    WorkbookOpener(ExcelLimits limits) {
        this.limits = limits;
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxEntrySize().toBytes());
        IOUtils.setByteArrayMaxOverride((int) Math.min(Integer.MAX_VALUE, limits.maxRecordSize().toBytes()));
    }

    /** The workbook's sheets, each laid out as a grid. */
    List<SheetGrid> open(byte[] content) {
        if (content.length == 0) {
            throw new WorkbookRejected(HttpStatus.BAD_REQUEST, "上传的文件是空的");
        }
        long max = limits.maxFileSize().toBytes();
        if (content.length > max) {
            throw new WorkbookRejected(HttpStatus.PAYLOAD_TOO_LARGE, "文件大小 " + ByteCount.format(content.length)
                    + "，超过上限 " + ByteCount.withMegabytes(max));
        }
        ReadLimits read = new ReadLimits(limits.maxRows(), limits.maxRowNumber(), limits.maxColumnNumber(),
                limits.maxCells());
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(content))) {
            FileMagic magic = FileMagic.valueOf(in);
            if (magic == FileMagic.OOXML) {
                OPCPackage workbook = OPCPackage.open(in);
                try {
                    return XlsxSheets.read(workbook, read);
                } finally {
                    workbook.revert();
                }
            }
            if (magic != FileMagic.OLE2) {
                throw notAWorkbook();
            }
            // .xls, and .xlsx encrypted with a password (an OLE2 container), which WorkbookFactory recognises.
            try (Workbook workbook = WorkbookFactory.create(in)) {
                return grids(workbook, read);
            }
        } catch (WorkbookRejected e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new WorkbookRejected(HttpStatus.BAD_REQUEST, "工作簿设置了密码（已加密），请取消密码保护后再上传");
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw new WorkbookRejected(HttpStatus.BAD_REQUEST,
                        "文件解压后的体积与压缩体积之比异常或单个部件过大（疑似压缩炸弹），已拒绝");
            }
            throw notAWorkbook();
        }
    }

    /** POI reports its zip-bomb guards as an IOException somewhere in the cause chain. */
    private static boolean isZipBomb(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceeds the max")
                    || message.contains("Tried to allocate")) {
                return true;
            }
        }
        return false;
    }

    private static List<SheetGrid> grids(Workbook workbook, ReadLimits limits) {
        DataFormatter formatter = new DataFormatter();
        List<SheetGrid> grids = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (int i = 0; i < sheet.getPhysicalNumberOfRows(); i++) {
                limits.countRow(sheet.getSheetName());
            }
            grids.add(SheetGrid.of(sheet, formatter, limits));
        }
        return grids;
    }

    private static WorkbookRejected notAWorkbook() {
        return new WorkbookRejected(HttpStatus.BAD_REQUEST, "文件不是可读取的 Excel 工作簿（支持 .xlsx 和 .xls）");
    }

}
