package cn.gov.zjg.credit.embedded;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

/**
 * The embedded demo's personal-data keys: random per installation, kept beside its data (owner-readable only) so the
 * demo's encrypted data stays readable across restarts. Production never uses this; it must set its own keys.
 */
final class DemoKeys {

    private static final String DATA = "credit.crypto.data-key";
    private static final String HASH = "credit.crypto.hash-key";

    private DemoKeys() {
    }

    static Map<String, Object> loadOrCreate(File dir) {
        File file = new File(dir, "demo-keys.properties");
        Properties keys = new Properties();
        try {
            if (file.isFile()) {
                try (Reader in = Files.newBufferedReader(file.toPath())) {
                    keys.load(in);
                }
            } else {
                Files.createDirectories(dir.toPath());
                keys.setProperty(DATA, randomKey());
                keys.setProperty(HASH, randomKey());
                try (Writer out = Files.newBufferedWriter(file.toPath())) {
                    keys.store(out, "Embedded demo keys; not for production");
                }
                restrictToOwner(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
        return Map.of(DATA, keys.getProperty(DATA), HASH, keys.getProperty(HASH));
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static void restrictToOwner(File file) throws IOException {
        try {
            Files.setPosixFilePermissions(file.toPath(), PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: nothing to tighten
        }
    }
}
