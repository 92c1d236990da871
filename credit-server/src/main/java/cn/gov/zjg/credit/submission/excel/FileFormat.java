package cn.gov.zjg.credit.submission.excel;

import java.util.Locale;

/** The three file kinds departments send, recognised by content (magic bytes), not only by name. */
enum FileFormat {
    XLSX, XLS, CSV;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The format of a file with this name and these first bytes.
     *
     * @throws IntakeRefusal when the name is not .xlsx/.xls/.csv, or the content does not fit the name
     */
    static FileFormat detect(String fileName, byte[] head) {
        String extension = extension(fileName);
        switch (extension) {
            case "xlsx", "xls" -> {
                // A workbook saved under the other Excel extension is still read: the content decides.
                if (startsWith(head, ZIP)) {
                    return XLSX;
                }
                if (startsWith(head, OLE2)) {
                    return XLS;
                }
                throw new IntakeRefusal("submission.upload.notExcel", "." + extension);
            }
            case "csv" -> {
                for (byte b : head) {
                    if (b == 0) {
                        throw new IntakeRefusal("submission.upload.notCsv");
                    }
                }
                return CSV;
            }
            default -> throw new IntakeRefusal("submission.upload.unsupportedType", fileName);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
