package cn.gov.zjg.credit.submission.excel;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Looks into a workbook before it is read: its sheets (in order, with their hidden state) and, for CSV, the
 * encoding. Failures become refusals a clerk can act on: corrupt or truncated file, suspected zip bomb.
 */
final class WorkbookInspector {

    static final Charset GBK = Charset.forName("GBK");

    private WorkbookInspector() {
    }

    /** A sheet of the workbook: EasyExcel's sheet number, its name, and whether it is hidden. */
    record SheetInfo(int sheetNo, String name, boolean hidden) {
    }

    static List<SheetInfo> sheets(File file, FileFormat format) {
        try {
            return switch (format) {
                case XLSX -> xlsxSheets(file);
                case XLS -> xlsSheets(file);
                case CSV -> List.of(new SheetInfo(0, file.getName(), false));
            };
        } catch (IntakeRefusal refusal) {
            throw refusal;
        } catch (Exception | OutOfMemoryError e) {
            throw refusalFor(e);
        }
    }

    /** Maps a POI/EasyExcel failure to what the clerk should be told. */
    static IntakeRefusal refusalFor(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("zip bomb")
                    || message.contains("MAX_ENTRY_SIZE") || message.contains("max entry size")) {
                return new IntakeRefusal("submission.upload.zipBomb");
            }
            if (t instanceof org.apache.poi.EncryptedDocumentException) {
                return new IntakeRefusal("submission.upload.encrypted");
            }
        }
        return new IntakeRefusal("submission.upload.corrupt");
    }

    private static List<SheetInfo> xlsxSheets(File file) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ);
             InputStream workbook = new XSSFReader(pkg).getWorkbookData()) {
            XMLInputFactory factory = XMLInputFactory.newInstance();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader xml = factory.createXMLStreamReader(workbook);
            List<SheetInfo> sheets = new ArrayList<>();
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(xml.getLocalName())) {
                    String state = xml.getAttributeValue(null, "state");
                    sheets.add(new SheetInfo(sheets.size(), xml.getAttributeValue(null, "name"),
                            "hidden".equals(state) || "veryHidden".equals(state)));
                }
            }
            return sheets;
        } catch (XMLStreamException e) {
            throw new IntakeRefusal("submission.upload.corrupt");
        }
    }

    private static List<SheetInfo> xlsSheets(File file) throws IOException {
        List<SheetInfo> sheets = new ArrayList<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(file, true)) {
            HSSFRequest request = new HSSFRequest();
            request.addListener(record -> {
                BoundSheetRecord sheet = (BoundSheetRecord) record;
                sheets.add(new SheetInfo(sheets.size(), sheet.getSheetname(),
                        sheet.isHidden() || sheet.isVeryHidden()));
            }, BoundSheetRecord.sid);
            new HSSFEventFactory().processWorkbookEvents(request, fs);
        }
        return sheets;
    }

    /**
     * The encoding of a CSV: UTF-8 when the whole file decodes as UTF-8 (with or without BOM), otherwise GBK, which
     * is what Excel on a Chinese Windows saves.
     */
    static Charset csvCharset(File file) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file.toPath()))) {
            byte[] buffer = new byte[64 * 1024];
            ByteBuffer bytes = ByteBuffer.allocate(buffer.length + 8);
            CharBuffer chars = CharBuffer.allocate(buffer.length + 8);
            int read;
            while ((read = in.read(buffer)) > 0) {
                bytes.put(buffer, 0, read).flip();
                if (utf8.decode(bytes, chars, false).isError()) {
                    return GBK;
                }
                bytes.compact();
                chars.clear();
            }
            bytes.flip();
            if (utf8.decode(bytes, chars, true).isError() || utf8.flush(chars).isError()) {
                return GBK;
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return GBK;
        }
    }

    /** Lines in a CSV (for the progress bar): a quick count of line feeds. */
    static int csvLines(File file) throws IOException {
        int lines = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file.toPath()))) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }
}
