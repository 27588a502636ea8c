package no.oslo.styring.platform.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh identities, so that tests share no data and can run in any order, again and again, on the same servers. */
public final class TestIds {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private TestIds() {
    }

    /** A unit code no fixture uses: {@code T} and seven letters or digits. */
    public static String unitCode() {
        StringBuilder code = new StringBuilder("T");
        for (int i = 0; i < 7; i++) {
            code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Where the test JVMs of this machine take their years from, one after the other. */
    private static final Path YEARS = Path.of(System.getProperty("java.io.tmpdir"), "styring-test-years");
    private static final int FIRST_YEAR = 3000;
    private static final int LAST_YEAR = 9999;

    /**
     * A year no fixture uses (3000–9999) and no other test has had lately, so that its periods are untouched. Closes go
     * to the shared {@code styring.periods} topic and every service reads them all, so two tests, even in different
     * services' builds, must not share a year: random years collided a few times in a hundred runs. The years are taken
     * in turn from a counter file all test JVMs of the machine share (under a file lock), wrapping after 7 000.
     */
    public static int year() {
        try (FileChannel channel = FileChannel.open(YEARS, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            ByteBuffer buffer = ByteBuffer.allocate(16);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
            int last = text.isEmpty() ? ThreadLocalRandom.current().nextInt(FIRST_YEAR, LAST_YEAR + 1) : Integer.parseInt(text);
            int year = last < FIRST_YEAR || last >= LAST_YEAR ? FIRST_YEAR : last + 1;
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Integer.toString(year).getBytes(StandardCharsets.US_ASCII)), 0);
            return year;
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("cannot take a test year from " + YEARS, e);
        }
    }
}
